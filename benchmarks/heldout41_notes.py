"""Held-out set 41: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a hall bookings secretary's note, a bike-hire
desk's damage and return note, a window cleaner's round note, a riding instructor's lesson note, a band
secretary's note, a cricket captain's selection note, a plumber's job note, a playgroup key worker's handover
note) and four of any table (a voicemail transcript, a forwarded e-mail with its signature, a group-chat export
line ``[14/09/2026, 18:02] Carol: ...``, a meeting's minutes with apologies and actions). Local genres (a
cancellation, a change of details, a call-back request) are written in de fr es it nl pt and sv pl, about a third
of the notes there (and in the French-speaking new locales). People come in full, titled, in capitals, in lower
case (``carol haynes``, ``haynes``), by surname alone (``Haynes rang``), by given name alone, in lists of three or
four in mixed forms, signing (``Thanks, Carol``, ``carol x``); streets whole or without their number (a landmark
or a P.O. box is never used as a street in a note: the town is said instead, and a town is no label); phones
whole, bare (digits run together) or local; IBANs (a deposit paid back); ids after typo'd cues (``nat id no``,
``soc. sec.``, ``ID-nummer``, ``passport/ID#``, ``id numbr``); birth dates only after a birth cue; e-mails.
Look-alikes are in the templates' own text (``Florence Nightingale Room``, ``Claud Butler``, ``Lady Godiva`` the
pony, ``Colonel Bogey``, ``Gray-Nicolls``, ``Worcester Bosch``, ``Peppa``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in: they are the
template's own words).
"""

from __future__ import annotations

import random
import re

import heldout41_language as language
import heldout41_people as people

P = people
_SLOT = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"^\s*\d+[\w/-]*,?\s+|,?\s+\d+[\w/-]*\s*$")
_ROADLIKE = re.compile(
    r"\d|\b(road|street|avenue|lane|highway|drive|rua|rue|avenida|jalan|loh|boulevard|chaussée|"
    r"straße|strasse|weg|via|calle|gade|kaya|ulica|gatan|vägen|laan|plein|straat)\b",
    re.I,
)

ENGLISH = {
    "hallhire": (
        "{full} has the Florence Nightingale Room for the christening. Deposit not in yet, rang {phone}.",
        "Spoke to {title_sur} - wants the kitchen too. Keys to {ofirst} on Friday. Lives {street}.",
        "{upper} booked twice by mistake, cancelled the Jubilee Room one. email {email}",
        "{lower_first} rang about the 80th, asked if the Mary Berry Bake Club can move to Tues. "
        "call back {phone_local}",
        "hall left in a state after {surname} party. kept £50 of deposit, {ofull} witnessed.",
        "Deposit back to {full}, IBAN {iban}, once the keys are in.",
    ),
    "bikehire": (
        "{full} brought the Claud Butler back with a puncture, charged £10. Mobile {phone}.",
        "{first_init} lost the lock key. ID shown, {nidcue} {nid}. Will post key back to {street}.",
        "back late (1hr). {surname} says the Raleigh Chopper is not for hire, told them it's display only.",
        "{lower} rang from the campsite {phone_bare}, chain off near the ferry, sent {ofirst} out in the van.",
        "Tandem out to {title_sur} + friend. Pay on return. Home {street_nonum}.",
    ),
    "window": (
        "{title_sur} away till the 20th, skip. Key with next door ({ofull}).",
        "new customer {full}, {street}. conservatory roof extra £10. tel {phone_local}",
        "{lower_sur} owes 2 cleans. left a note. ring {phone} after 6.",
        "Dog loose at {street_nonum} again - {first} says ring before coming {phone_bare}",
        "{upper} moved out, new people at the house, ask {ofirst} for their number.",
    ),
    "riding": (
        "{first} rode Lady Godiva today, much more confident. {title_sur} to pay for the block.",
        "{full} fell off Captain Flint at the canter, no injury. Told mum {ofull} at pick-up.",
        "{lower_first} ({dobcue} {dob}) moving up to the jumping group. call parent {phone}",
        "New rider {full}, hat checked. Mrs Doubtfire for next week. email {email}",
        "{surname} cancelled again, 3rd time. Charge next time. {phone_local}",
    ),
    "brass": (
        "{full} off to uni in Sept - need a new solo euph. Still on the WhatsApp, {phone}.",
        "Subs: {title_sur} paid cash for the year. Colonel Bogey parts to {ofirst}.",
        "{upper} lent the Besson cornet to {ofull}, serial in the book. contact {email}",
        "{lower} new address {street}. youth band, {dobcue} {dob}.",
        "Contest registration: {surname} ({nidcue} {nid}) needs the form signed.",
    ),
    "cricket": (
        "{full} unavailable Sat, {ofull} in instead. Teas: {ofirst}.",
        "{surname} batting 4, keeps in the 2nds. Gray-Nicolls bat broken, borrow the club one.",
        "{lower_first} says can't do teas at Grace Road, swap with {olower}. text {phone_bare}",
        "New member {full} ({dobcue} {dob}), lift from {otitle_sur}. {phone}",
        "Nets Tuesday: {list}.",
    ),
    "plumber": (
        "{title_sur} - Worcester Bosch losing pressure. Tenant {ofull} lets us in, ring {phone} first.",
        "Parked on {street_nonum}. {first} wants a quote for a new Vaillant, email {email}",
        "{upper}: no hot water, Baxi fault E119. Call back {phone_local} after 2.",
        "leak under kitchen sink at {street}, {lower} home all day. paid card.",
        "Agent Martin & Co want the cert sent, tenant {osurname} not answering {phone_bare}.",
    ),
    "playgroup": (
        "{first} had a good morning, ate all the snack. Collected by {ofull} (password Peppa).",
        "{full} bumped head on the slide, ice pack, told {otitle_sur} at pick-up.",
        "Grandad {olower} collecting Thurs. {lower_first} ({dobcue} {dob}) - check allergy form.",
        "{surname} family new number {phone}. Update the Gruffalo board list.",
        "Please remind {ofirst} the fee is due, {email}.",
    ),
    "voicemail": (
        "Voicemail 14:02: hi it's {full}, ringing about {ofirst}, can you call me on {phone}, thanks",
        "VM: {lower} here again, it's about the booking, my number's {phone_bare}, bye",
        "Message left: {title_sur} from {street_nonum}, please ring back {phone_local}.",
    ),
    "email_fwd": (
        "Fwd from {email}: 'Please update our details - {full}, {street}. Kind regards, {first}'",
        "---- Forwarded ---- From: {full} <{email}> Subject: Saturday. {sig}",
        "email from {title_sur}: can {ofull} sign instead? Tel {phone}",
    ),
    "chat": (
        "[14/09/2026, 18:02] {first}: running late, tell {ofirst} to start without me",
        "[02/10/2026, 09:15] {lower_first}: new mob is {phone_bare} x",
        "[29/09/2026, 21:40] {full}: can someone cover? {osurname} can't do it either",
    ),
    "minutes": (
        "Present: {list}. Apologies: {ofull}. Action: {first} to ring {phone}.",
        "AGM: {full} elected treasurer, proposed {otitle_sur}. Contact {email}.",
        "Minutes: {surname} to chase the insurance; {olower} to do the rota. {sig}",
    ),
}
GENERIC = ("voicemail", "email_fwd", "chat", "minutes")
LOCAL = {
    "de": (
        ("cancel", "{title_sur} hat abgesagt, bitte Termin neu vergeben. Rückruf unter {phone}."),
        ("change", "Neue Anschrift von {full}: {street}. Telefon jetzt {phone_bare}."),
        ("callback", "Bitte {first} zurückrufen ({phone_local}), es geht um die Rechnung. {sig}"),
    ),
    "fr": (
        ("cancel", "{title_sur} annule pour samedi, rappeler au {phone}."),
        ("change", "Nouvelle adresse de {full} : {street}. Portable {phone_bare}."),
        ("callback", "Rappeler {first} au {phone_local} pour la facture, merci. {sig}"),
    ),
    "es": (
        ("cancel", "{title_sur} cancela la reserva del sábado, llamar al {phone}."),
        ("change", "Nueva dirección de {full}: {street}. Móvil {phone_bare}."),
        ("callback", "Llamar a {first} al {phone_local} por la factura. {sig}"),
    ),
    "it": (
        ("cancel", "{title_sur} ha disdetto per sabato, richiamare al {phone}."),
        ("change", "Nuovo indirizzo di {full}: {street}. Cellulare {phone_bare}."),
        ("callback", "Richiamare {first} al {phone_local} per la fattura. {sig}"),
    ),
    "nl": (
        ("cancel", "{title_sur} heeft afgezegd voor zaterdag, terugbellen op {phone}."),
        ("change", "Nieuw adres van {full}: {street}. Mobiel {phone_bare}."),
        ("callback", "{first} terugbellen op {phone_local} over de factuur. {sig}"),
    ),
    "pt": (
        ("cancel", "{title_sur} cancelou a reserva de sábado, ligar para {phone}."),
        ("change", "Nova morada de {full}: {street}. Telemóvel {phone_bare}."),
        ("callback", "Ligar a {first} para o {phone_local} sobre a fatura. {sig}"),
    ),
    "sv": (
        ("cancel", "{title_sur} har avbokat lördagen, ring tillbaka på {phone}."),
        ("change", "Ny adress för {full}: {street}. Mobil {phone_bare}."),
        ("callback", "Ring {first} på {phone_local} om fakturan. {sig}"),
    ),
    "pl": (
        ("cancel", "{title_sur} odwołał(a) rezerwację na sobotę, oddzwonić pod {phone}."),
        ("change", "Nowy adres: {full}, {street}. Komórka {phone_bare}."),
        ("callback", "Oddzwonić do {first} pod {phone_local} w sprawie faktury. {sig}"),
    ),
}
_DOB_CUES = {"en": ("born", "DOB", "d.o.b", "b."), "de": ("geb.",), "fr": ("né(e) le",), "es": ("nacido el",),
             "it": ("nato il",), "nl": ("geb.",), "pt": ("nascido em",), "sv": ("född",), "pl": ("ur.",)}  # fmt: skip
_NID_CUES = ("nat id no", "soc. sec.", "ID-nummer", "passport/ID#", "natl ins", "id nbr", "I.D.", "id numbr")
_SIG = {"en": ("Thanks, {x}", "- {x}", "cheers {x}", "{x} x", "Regards, {x}"), "de": ("Gruß {x}", "- {x}"),
        "fr": ("Merci, {x}", "- {x}"), "es": ("Saludos, {x}", "- {x}"), "it": ("Grazie, {x}", "- {x}"),
        "nl": ("Groet, {x}", "- {x}"), "pt": ("Obrigado, {x}", "- {x}"), "sv": ("Hälsningar {x}", "- {x}"),
        "pl": ("Pozdrawiam, {x}", "- {x}")}  # fmt: skip


def street_without_number(street: str) -> str:
    """The street as said without its house number (``294 Vincent Springs`` -> ``Vincent Springs``); a street
    whose number is not at an end stays whole."""
    return _NUMBER.sub("", street).strip() or street


def _roadlike(street: str) -> bool:
    return bool(_ROADLIKE.search(street)) and not re.search(r"\b(p\.?o\.?|bp|box|postfach)\b", street, re.I)


def _name_forms(p, rng: random.Random, lg: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The ways a list names a person: (text, labels)."""
    if not P.latin(p):
        return [(p.full, [("name", p.full)])]
    return [(p.full, [("name", p.full)]), (p.first, [("name", p.first)]),
            (f"{P.title(p, lg)} {p.last}", [("last_name", p.last)]), (p.full.lower(), [("name", p.full.lower())]),
            (p.last.upper(), [("last_name", p.last.upper())])]  # fmt: skip


def _person_slot(slot: str, p, lg: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    lat = P.latin(p)
    if slot == "full":
        return p.full, [("name", p.full)]
    if slot == "first":
        return p.first, [("name", p.first)]
    if slot == "surname":
        return p.last, [("last_name", p.last)]
    if slot == "title_sur":
        return f"{P.title(p, lg)} {p.last}", [("last_name", p.last)]
    if slot == "upper":
        v = p.full.upper() if lat else p.full
        return v, [("name", v)]
    if slot == "lower":
        v = p.full.lower() if lat else p.full
        return v, [("name", v)]
    if slot == "lower_first":
        v = p.first.lower() if lat else p.first
        return v, [("name", v)]
    if slot == "lower_sur":
        v = p.last.lower() if lat else p.last
        return v, [("last_name", v)]
    if slot == "first_init":
        return (f"{p.first} {p.last[0]}." if lat else p.first), [("name", p.first)]
    raise KeyError(slot)


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str, pool) -> tuple[str, list, str]:
    """The note, its labels and its own template (cue words written in)."""
    other = others[0] if others else pool()
    labels: list[tuple[str, str]] = []
    own = template

    def put(m: re.Match) -> str:
        nonlocal own
        slot = m.group(1)
        if slot in ("nidcue", "dobcue"):
            cue = rng.choice(_NID_CUES if slot == "nidcue" else _DOB_CUES.get(lg, _DOB_CUES["en"]))
            own = own.replace("{" + slot + "}", cue, 1)
            return cue
        if slot.startswith("o") and slot[1:] in ("full", "first", "surname", "title_sur", "lower"):
            text, lab = _person_slot(slot[1:], other, lg, rng)
        elif slot in ("full", "first", "surname", "title_sur", "upper", "lower", "lower_first", "lower_sur",
                      "first_init"):  # fmt: skip
            text, lab = _person_slot(slot, main, lg, rng)
        elif slot == "phone":
            text = P.phone_text(main.mobile if rng.random() < 0.7 else main.landline, rng.choice(("intl", "national")))
            lab = [("phone_number", text)]
        elif slot == "phone_bare":
            text = P.phone_bare(main.mobile)
            lab = [("phone_number", text)]
        elif slot == "phone_local":
            text = P.phone_local(main.landline)
            lab = [("phone_number", text)]
        elif slot in ("street", "street_nonum"):
            if _roadlike(main.street):
                text = main.street if slot == "street" else street_without_number(main.street)
                lab = [("street_address", text)]
            else:
                text, lab = main.town, []
        elif slot == "email":
            text, lab = main.email, [("email", main.email)]
        elif slot == "iban":
            iban = main.iban
            text = iban if rng.random() < 0.5 else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            lab = [("iban", text)]
        elif slot == "nid":
            text, lab = main.nid, [("national_id", main.nid)]
        elif slot == "dob":
            text = language.fmt_date(language.iso_of(main.dob), locale, rng.choice(("local", "long_local", "iso")))
            lab = [("date_of_birth", text)]
        elif slot == "list":
            group = [main, other, *[pool() for _ in range(rng.randint(1, 2))]]
            parts = []
            lab = []
            for q in group:
                t, lb = rng.choice(_name_forms(q, rng, lg))
                parts.append(t)
                lab += lb
            text = ", ".join(parts[:-1]) + " and " + parts[-1]
        elif slot == "sig":
            q = pool()
            t, lb = rng.choice([(q.first, [("name", q.first)]), (q.full, [("name", q.full)]),
                                (q.first.lower() if P.latin(q) else q.first,
                                 [("name", q.first.lower() if P.latin(q) else q.first)])])  # fmt: skip
            text = rng.choice(_SIG.get(lg, _SIG["en"])).format(x=t)
            lab = lb
        else:
            raise KeyError(slot)
        labels.extend(lab)
        return text

    text = _SLOT.sub(put, template)
    return text, labels, own


def note(genre: str, main, others: list, rng: random.Random, locale: str, pool) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt sv pl tables about a third are local genres.
    A template that needs an id the person has none of is passed over."""
    lg = language.lang(locale)
    if lg in LOCAL and rng.random() < 0.35:
        form, template = rng.choice(LOCAL[lg])
        form = f"{lg}_{form}"
    else:
        form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
        choices = [t for t in ENGLISH[form] if (main.nid or "{nid}" not in t) and (main.iban or "{iban}" not in t)]
        template = rng.choice(choices)
        lg = "en"
    text, labels, own = fill(template, main, others, rng, locale, lg, pool)
    return text, labels, own, form


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {g: _SLOT.split(t[0])[::2] for g, t in ENGLISH.items()}
    lg = language.lang(locale)
    for form, t in LOCAL.get(lg, ()):
        out.setdefault(f"{lg}_{form}", _SLOT.split(t)[::2])
    return out
