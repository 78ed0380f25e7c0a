"""Held-out set 40: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a tool library volunteer's loan note, a cattery's
boarding note, a ballet teacher's class note, a cobbler's counter note, a judo coach's grading note, a tower
captain's practice note, a car boot steward's note, a bowling host's party note) and four of any table (an incident
book entry, a lost-property entry, a text-message thread pasted in, a rota swap request). Local genres (a message
taken, a reminder, a complaint) are written in de fr es it nl pt and da cs, about a third of the notes there.
People come in full, titled, in capitals, in lower case (``carol haynes``, ``haynes``), by surname alone (``Haynes
rang``), by given name alone, in lists of three or four in mixed forms, signing (``- Carol H.``, ``cheers, dave``);
streets whole or without their number; phones whole, bare (digits run together) or local; ids after typo'd cues
(``natinal id``, ``soc sec #``, ``ident nr``, ``passprt``); birth dates only after a birth cue; e-mails. Look-alikes
are in the templates' own text (``Henry hoover``, ``Mr Darcy`` the cat, ``Stedman Triples``, ``Dr. Martens``, ``Morris
Minor``, ``Strike King``, ``Kano Judo Club``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue and title words filled in: they are the
template's own words).
"""

from __future__ import annotations

import random
import re

import heldout40_language as language
import heldout40_people as people

P = people
_SLOT = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"^\s*\d+[\w/-]*,?\s+|,?\s+\d+[\w/-]*\s*$")

ENGLISH = {
    "toollib": (
        "{full} brought the Henry hoover back with the bag full. Rang {phone}, no answer. Told {ofirst} to check it.",
        "{surname} wants the Makita drill again next week - {title} {surname} says the chuck sticks. "
        "Lives on {street_nn}, can drop it off.",
        "Loan extended for {lfull}, call back on {bare} if the Kärcher is needed. Approved - {sig}",
        "{first} {surname} ({email}) asked about joining; membership form left with {ofull}.",
    ),
    "cattery": (
        "Mr Darcy off his food day 2. Owner {title} {surname} says normal, ring {phone} only if worse. "
        "Vet is Herriot & Partners.",
        "Collected early by {ofull} (on the authority form). {first} rang from the airport on {local}.",
        "Dolly Parton and Elvis sharing pen B3 as asked by {lfull}. Key left at {street}.",
        "Emergency contact changed: now {ofull} {ophone}. {surname} away till the 14th.",
    ),
    "ballet": (
        "{first} did beautifully as Giselle's friend in rehearsal. Parent ({ofull}) asked about Grade 3 fees - "
        "emailed {oemail}.",
        "{ufull} missed Sat class twice. Spoke to {ofirst} on {ophone}. {title} {osurname} says knee is better.",
        "Photo consent withdrawn by {lofull}. Do not use {first} in the Coppélia programme.",
        "Costume for Sugar Plum Fairy: {first} {surname}, {dobcue} {dob}, needs age 9-10. Dad to pay - {sig}",
    ),
    "cobbler": (
        "Dr. Martens resole - {surname} says left heel first. Ring {bare} when ready.",
        "{title} {surname} lost ticket, ID checked, gave Jimmy Choo tips back. Address on file {street}.",
        "2x Yale cut wrong, redo free for {lfull}. Number {local}",
        "Collected by {ofull} for {first} (neighbour). Chubb key on hook 12.",
    ),
    "judo": (
        "{full} passed 4th Kyu, good ippon seoi nage. Kano cup entry: needs {nidcue} {nid} for the federation.",
        "{first} {dobcue} {dob} - too young for the Budokwai open, told {ofull}.",
        "Grading fee unpaid for {surname}. {title} {osurname} to ring back on {ophone}.",
        "Mat injury, {lfirst} {lsurname} jarred wrist. First aid {ofirst}. Parent informed at {phone}.",
    ),
    "bells": (
        "{full} rang Stedman Triples to a touch! Quarter peal for {ofull}'s wedding on Sat - confirm with {phone}.",
        "Apologies from {list}. Grandsire Doubles only.",
        "{surname} moving to {street_nn}, newsletter there from now. Tel {bare}.",
        "New learner {first} {surname} on the treble, rope height changed. {sig}",
    ),
    "carboot": (
        "Pitch A12 swapped with {ofull} - {surname} has the Morris Minor and needs the end spot. Mob {phone}",
        "{lfull} didn't turn up, no refund. Del's Vintage took the pitch.",
        "{title} {surname} complained about the Austin Maxi blocking her. Phoned {local}.",
        "Paid cash to {ofirst}. Receipt emailed {email}. {sig}",
    ),
    "bowling": (
        "Party for {ofirst} ({oage}), booked by {full}. Cosmic Bowl, 2 lanes. Ring {phone} if late.",
        "{surname} party - 14 kids, Strike King and Pinhead on the screens. Pizza for {ofirst}, nut allergy!",
        "Deposit taken by card from {lfull}, balance on the day. Contact {bare}",
        "{title} {surname} rang to move the party, try {local}. {sig}",
    ),
    "incident": (
        "Incident book: {full} slipped on the wet floor by the fire exit, no injury. Witness {ofull}. Tel {phone}.",
        "Accident at 3.15pm: {ofirst} {osurname} cut hand. Treated by {first}. Reported to {title} {surname}.",
        "Near miss - {lfull} tripped over a cable. Spoke to {osurname} about it. {sig}",
    ),
    "lostfound": (
        "Lost property: blue scarf, claimed by {title} {surname} ({local}).",
        "Found: phone with a Peppa Pig case. Owner {full}, {street} - rang {bare}.",
        "Keys handed in by {ofull}. {first} collected them, signed for.",
        "Found: wallet with a bank card and ID ({nidcue} {nid}). {title} {surname} to collect, tel {local}.",
    ),
    "sms": (
        "[10:42] {first}: running late, sorry! [10:43] us: no worries. [11:02] {first}: it's {phone} if you need me",
        "Txt from {ofull}: can {ofirst} come instead of {surname}? Reply to {bare}",
        "SMS 14:07 - {lfirst} here, ignore the other number, use {local}",
    ),
    "rota": (
        "Rota swap: {full} can't do Sat, {ofull} covering. {lsurname} owes her one.",
        "Please cover for {first} next Tues - ring {surname} on {phone}. Thanks, {sig}",
        "Rota: {list} on Saturday; {title} {surname} on keys.",
    ),
}
GENERIC = ("incident", "lostfound", "sms", "rota")
LOCAL = {
    "de": (
        ("message", "{title} {surname} hat angerufen, bitte zurückrufen unter {phone}. Es geht um den Termin."),
        ("message", "Nachricht von {full}: kommt später, {ofull} holt ab. Handy {bare}"),
        ("reminder", "Erinnerung: {first} {surname} wohnt jetzt {street}, neue Adresse eintragen. Gruß {sig}"),
        ("complaint", "Beschwerde von {lfull} über die Wartezeit. {ofirst} hat mit {title} {surname} gesprochen."),
    ),
    "fr": (
        ("message", "{title} {surname} a appelé, rappeler au {phone} avant 18h."),
        ("message", "Message de {full} : son frère {ofull} passera récupérer. Tél {bare}"),
        ("reminder", "Rappel : {first} a déménagé {street}. Mettre à jour la fiche. {sig}"),
        ("complaint", "Réclamation de {lfull}, vu avec {ofirst}. {title} {surname} attend un geste."),
    ),
    "es": (
        ("message", "Ha llamado {title} {surname}, devolver la llamada al {phone}."),
        ("message", "Recado de {full}: viene su cuñado {ofull} a recoger. Móvil {bare}"),
        ("reminder", "Recordatorio: {first} vive ahora en {street}. Actualizar ficha. {sig}"),
        ("complaint", "Queja de {lfull}; la atendió {ofirst}. {title} {surname} pide descuento."),
    ),
    "it": (
        ("message", "Ha chiamato {title} {surname}, richiamare al {phone}."),
        ("message", "Messaggio di {full}: passa a ritirare {ofull}. Cell {bare}"),
        ("reminder", "Promemoria: {first} abita ora in {street}. Aggiornare la scheda. {sig}"),
        ("complaint", "Reclamo di {lfull}, gestito da {ofirst}. {title} {surname} vuole un rimborso."),
    ),
    "nl": (
        ("message", "{title} {surname} heeft gebeld, graag terugbellen op {phone}."),
        ("message", "Bericht van {full}: {ofull} komt ophalen. Mobiel {bare}"),
        ("reminder", "Let op: {first} woont nu op {street}. Kaart bijwerken. {sig}"),
        ("complaint", "Klacht van {lfull}, {ofirst} heeft het opgepakt. {title} {surname} wacht op antwoord."),
    ),
    "pt": (
        ("message", "Ligou {title} {surname}, ligar de volta para {phone}."),
        ("message", "Recado de {full}: quem vem buscar é {ofull}. Telemóvel {bare}"),
        ("reminder", "Lembrete: {first} mora agora na {street}. Atualizar a ficha. {sig}"),
        ("complaint", "Reclamação de {lfull}, tratada pela {ofirst}. {title} {surname} quer resposta."),
    ),
    "da": (
        ("message", "{title} {surname} har ringet, ring tilbage på {phone}."),
        ("message", "Besked fra {full}: {ofull} henter. Mobil {bare}"),
        ("reminder", "Husk: {first} bor nu på {street}. Opdater kortet. {sig}"),
        ("complaint", "Klage fra {lfull}, {ofirst} har talt med {title} {surname}."),
    ),
    "cs": (
        ("message", "Volal(a) {title} {surname}, zavolat zpět na {phone}."),
        ("message", "Vzkaz od {full}: vyzvedne {ofull}. Mobil {bare}"),
        ("reminder", "Pozor: {first} nově bydlí {street}. Opravit kartu. {sig}"),
        ("complaint", "Stížnost od {lfull}, řešila {ofirst}. {title} {surname} čeká na odpověď."),
    ),
}
_DOB_CUES = {"en": ("born", "DOB", "d.o.b.", "b."), "de": ("geb.",), "fr": ("né(e) le",), "es": ("nacido el",),
             "it": ("nato il",), "nl": ("geb.",), "pt": ("nascido a",), "da": ("født",), "cs": ("nar.",)}  # fmt: skip
_NID_CUES = ("natinal id", "soc sec #", "ident nr", "ID numbr", "nat. ins no", "id no.", "passprt/ID", "NI numer")
_SIG = ("- {x}", "Thanks, {x}", "cheers {x}", "({x})", "~{x}", "{x} x")


def street_without_number(street: str) -> str:
    """The street as said without its house number (``294 Vincent Springs`` -> ``Vincent Springs``); a P.O. box,
    a lot, a plot or a street whose number is not at an end stays whole."""
    if re.search(r"\b(box|bp|lot|plot|pmb|postboks|apdo)\b", street, re.IGNORECASE):
        return street
    out = _NUMBER.sub("", street).strip(" ,")
    return out if out and out != street and re.search(r"[^\W\d_]{3}", out) else street


def _phone(p, kind: str, rng: random.Random) -> str:
    num = p.mobile if p.mobile is not None else p.landline
    if kind == "bare":
        return P.phone_text(num, "nat_run", rng)
    if kind == "local":
        return P.phone_local(p.landline if p.landline is not None and rng.random() < 0.5 else num)
    return P.phone_text(num, rng.choice(("intl", "national", "nat_dash", "intl")), rng)


def _value(slot: str, main, others: list, rng: random.Random, locale: str, lg: str):
    """(text, label or None) of one slot."""
    o = others[0] if others else main
    if slot == "title":
        return P.title(main, lg), None
    if slot == "otitle":
        return P.title(o, lg), None
    if slot == "dobcue":
        return rng.choice(_DOB_CUES.get(lg, _DOB_CUES["en"])), None
    if slot == "nidcue":
        return rng.choice(_NID_CUES), None
    if slot == "oage":
        return str(language.age(o)), None
    lat, olat = P.latin(main), P.latin(o)
    table = {
        "full": ("name", main.full), "first": ("name", main.first), "surname": ("last_name", main.last),
        "ufull": ("name", main.full.upper() if lat else main.full),
        "lfull": ("name", main.full.lower() if lat else main.full),
        "lfirst": ("name", main.first.lower() if lat else main.first),
        "lsurname": ("last_name", main.last.lower() if lat else main.last),
        "ofull": ("name", o.full), "ofirst": ("name", o.first), "osurname": ("last_name", o.last),
        "lofull": ("name", o.full.lower() if olat else o.full),
        "phone": ("phone_number", _phone(main, "whole", rng)), "bare": ("phone_number", _phone(main, "bare", rng)),
        "local": ("phone_number", _phone(main, "local", rng)), "ophone": ("phone_number", _phone(o, "whole", rng)),
        "street": ("street_address", main.street),
        "street_nn": ("street_address", street_without_number(main.street)),
        "email": ("email", main.email), "oemail": ("email", o.email),
        "dob": ("date_of_birth", language.fmt_date(language.iso_of(main.dob), locale,
                                                   rng.choice(language.DATE_LAYOUTS))),
        "nid": ("ssn" if locale in ("en_US", "en_GU", "en_MP", "en_VI") else "national_id", main.nid or ""),
    }  # fmt: skip
    entity, text = table[slot]
    return text, (entity, text)


def _sig(person, rng: random.Random) -> tuple[str, list]:
    form = rng.choice(("first", "first_init", "full", "lower_first"))
    if not P.latin(person):
        form = "full"
    x = {"first": person.first, "first_init": f"{person.first} {person.last[0]}.", "full": person.full,
         "lower_first": person.first.lower()}[form]  # fmt: skip
    value = {"first_init": person.first, "full": person.full}.get(form, x)
    return rng.choice(_SIG).format(x=x), [("name", value)]


def _list(people_: list, rng: random.Random, lg: str) -> tuple[str, list]:
    parts, labels = [], []
    for q in people_:
        form = rng.choice(("full", "title_surname", "surname", "lower", "first"))
        if not P.latin(q) and form in ("lower",):
            form = "full"
        if form == "full":
            parts.append(q.full)
            labels.append(("name", q.full))
        elif form == "title_surname":
            parts.append(f"{P.title(q, lg)} {q.last}")
            labels.append(("last_name", q.last))
        elif form == "surname":
            parts.append(q.last)
            labels.append(("last_name", q.last))
        elif form == "lower":
            parts.append(q.full.lower())
            labels.append(("name", q.full.lower()))
        else:
            parts.append(q.first)
            labels.append(("name", q.first))
    text = ", ".join(parts[:-1]) + f" {rng.choice(('and', '&', '+'))} " + parts[-1] if len(parts) > 1 else parts[0]
    return text, labels


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str) -> tuple[str, list, str]:
    """The note, its labels and its own template (cues and titles written in)."""
    labels: list = []
    own = template

    def put(m: re.Match) -> str:
        nonlocal own
        slot = m.group(1)
        if slot == "sig":
            text, lab = _sig(others[-1] if others else main, rng)
            labels.extend(lab)
            return text
        if slot == "list":
            pool = [main, *others][:4]
            text, lab = _list(pool if len(pool) >= 2 else [main, main], rng, lg)
            labels.extend(lab)
            return text
        text, lab = _value(slot, main, others, rng, locale, lg)
        if lab is None:
            own = own.replace("{" + slot + "}", text, 1)
        else:
            labels.append(lab)
        return text

    note = _SLOT.sub(put, template)
    return note, labels, own


def _usable(template: str, main) -> bool:
    return ("{nid}" not in template or bool(main.nid)) and ("{email}" not in template or bool(main.email))


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs about a third are local genres."""
    lg = language.LANG[locale]
    if lg in LOCAL and rng.random() < 0.35:
        form, template = rng.choice(LOCAL[lg])
        form = f"{lg}_{form}"
    else:
        form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
        choices = [t for t in ENGLISH[form] if _usable(t, main)]
        template = rng.choice(choices)
    text, labels, own = fill(template, main, others or [main], rng, locale, "en" if form in ENGLISH else lg)
    return text, labels, own, form


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    lg = language.LANG.get(locale, "en")
    for form, t in LOCAL.get(lg, ()):
        out.setdefault(f"{lg}_{form}", _SLOT.split(t)[::2])
    return out
