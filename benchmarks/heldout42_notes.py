"""Held-out set 42: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a barber's chair note, a tree surgeon's site
note, a milkman's round note, a tennis club's court note, a karate instructor's grading note, a craft fair
organiser's stall note, a coach trip leader's passenger note, a pigeon club secretary's race note) and four of any
table (an accident book entry, a returned-post log line, a reference letter's lines, a text-message thread
``Gail: ... / Me: ...``). Local genres (a complaint, where to leave things or how to get in, a payment reminder) are
written in de fr es it nl pt and da cs, about a third of the notes there (and in the French-speaking new locales).
People come in full, titled (``Mrs Harvey``), in capitals, in lower case (``gail harvey``, ``harvey``, ``gail``),
by surname alone (``Harvey rang``), by given name alone, possessive (``Harvey's``), in lists of three or four in
mixed forms (``Harvey, j. patel, Sue Smith and Jones``), signing (``Cheers, Gail``, ``gail x``, ``Kind regards,
Gail Harvey``); streets whole or without their number (a landmark or a P.O. box is never used as a street in a
note); phones whole, bare, local or international; ids after typo'd cues (``nat id no``, ``ID nbr``, ``pasport
no``, ``id#``, ``I.D. numbr``); birth dates only after a birth cue; e-mails; IBANs (a refund). Look-alikes are in
the templates' own text (``David Beckham``, ``Leyland cypress``, ``Cravendale``, ``Fred Perry Court``, ``Funakoshi
Cup``, ``Beatrix Potter Prints``, ``Anne Hathaway's Cottage``, ``Bourges``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout42_language as language
import heldout42_people as P

ENGLISH = {
    "barber": (
        "{first} in for a skin fade, wants the David Beckham look. Paid cash. Mob {phone}",
        "{title_sur} cancelled again - third time. If {lower_first} rings ({phone_bare}) ask for a deposit.",
        "Walk-in, {full}, sent by {o1_full}. Beard oil (Percy Nobleman) bought.",
        "{lower_full} wants the Peaky Blinders cut for the wedding sat. text him on {phone_local}",
    ),
    "tree": (
        "Site visit at {street}: Leyland cypress hedge 4m, {title_sur} wants it down to 2m. Ring {phone} first.",
        "{full} - Victoria plum dying back. Neighbour {o1_title_sur} ok'd access over the fence.",
        "quote sent to {email}. {last} wants the stump ground too. TPO check with council",
        "Chipper can't get up {street_nonum}, park at the top. {lower_first} home after 3. {phone_bare}",
    ),
    "milk": (
        "{title_sur} at {street} - 2 extra pints Fri, leave in the cool box. Owes for 3 weeks.",
        "new customer {full}, {street_nonum}. 1 Cravendale daily. tel {phone_local}",
        "{last}'s away till the 14th, no milk. refund to {iban}",
        "leave with {o1_full} next door if no answer. {lower_last} pays by card now",
    ),
    "tennis": (
        "{full} booked Fred Perry Court for 2 hrs, only 1 allowed at peak. Spoke to her on {phone}.",
        "Doubles: {last}/{o1_last} v {o2_full} and {o3_first}. Balls from the Wilson tub.",
        "{title_sur} left a Babolat racket in the changing room - call {phone_intl}",
        "{lower_full} wants the ball machine Sunday, email {email}",
    ),
    "karate": (
        "{first} passed 7th Kyu, well done. Mum ({o1_full}) asked about the Funakoshi Cup.",
        "{full} (born {dob}) needs licence renewed before grading. Dad's mob {phone}",
        "{lower_first} {lower_last} - asthma, inhaler in bag. Collected by {o1_title_sur}.",
        "Grading fee not paid for {last}, chased {o1_first} on {phone_bare}",
        "Licence form for {full}: {idcue} {nid}, date of birth {dob}. Photo still needed.",
    ),
    "craft": (
        "{full} (Beatrix Potter Prints) wants the corner pitch again. Gazebo 3x3. {phone}",
        "Insurance cert missing from {title_sur}, emailed {email}",
        "{last} sharing with {o1_full} - one fee only. Unloading from {street_nonum} side.",
        "stall B12 - {lower_full}, jams and chutneys. helper on the day: {o1_first}. tel {phone_local}",
        "Refund pitch fee to {full}, acct {iban} - rained off. Earl Grey Tea Co. stall next to her.",
    ),
    "coach": (
        "{upper_full} - wheelchair on board, seat 1. Pick up Horse & Groom 7am. {phone}",
        "{title_sur} needs her passport back ({idcue} {nid}) before we leave for Bruges.",
        "{full} rooming with {o1_full} at Anne Hathaway's Cottage stop. Next of kin {o2_full} {phone_bare}",
        "{lower_last} missed the coach at the Lord Nelson. rang {phone_local}, no answer",
    ),
    "pigeon": (
        "{last} & Son clocked 1422 ypm from Bourges. Benzing checked by {o1_title_sur}.",
        "{full} new member, loft at {street}. Rings GB24N on order. {phone}",
        "Basketing at {street_nonum} Friday 6pm, ask {lower_first}. Lerwick race postponed.",
        "{title_sur}'s birds late from Fougères. subs owed, ring {phone_bare}",
    ),
    "accident": (
        "ACCIDENT BOOK: {full}, {street}, tripped on the step. First aid given by {o1_first}. Tel {phone}.",
        "Accident book - {title_sur} (DOB {dob}) cut finger, plaster given. Witness: {o1_full}.",
    ),
    "returned": (
        "Returned post: letter to {full}, {street} - 'not known at this address'. Try {email}.",
        "RTS - {upper_full}, gone away. Last tel {phone_intl}",
    ),
    "reference": (
        "I have known {full} for six years and would recommend them without hesitation. Kind regards, {o1_full}",
        "To whom it may concern: {title_sur} has been a reliable member. Contact me on {phone}. {o1_first}",
    ),
    "sms": (
        "{first}: running 10 min late sorry / Me: no worries / {first}: thanks x",
        "Me: is Sat still ok? / {lower_first}: yes see you then, {lower_first} x / Me: {phone_bare} saved",
    ),
}
GENERIC = ("accident", "returned", "reference", "sms")
LOCAL = {
    "de": (("complaint", "Beschwerde von {title_sur}: Termin nicht eingehalten. Rückruf unter {phone}."),
           ("access", "{full} ist ab Montag in {street_nonum}, Schlüssel bei {o1_full}."),
           ("reminder", "Zahlungserinnerung an {last} geschickt, {idcue} {nid} geprüft. E-Mail {email}")),
    "fr": (("complaint", "Réclamation de {title_sur} : pas satisfait. Rappeler au {phone}."),
           ("access", "{full} a déménagé, nouvelle adresse : {street}. Clé chez {o1_full}."),
           ("reminder", "Relance paiement {last}, envoyé à {email}. {lower_first} dit qu'elle paiera vendredi.")),
    "es": (("complaint", "Queja de {title_sur}: llegamos tarde. Llamar al {phone}."),
           ("access", "{full} vive ahora en {street}. Dejar llaves a {o1_full}."),
           ("reminder", "Recordatorio de pago a {last}, {idcue} {nid}. Correo {email}")),
    "it": (("complaint", "Reclamo di {title_sur}: servizio in ritardo. Richiamare al {phone}."),
           ("access", "{full} si è trasferita in {street}. Chiavi da {o1_full}."),
           ("reminder", "Sollecito pagamento a {last}, mail a {email}. {lower_first} paga venerdì")),
    "nl": (("complaint", "Klacht van {title_sur}: te laat. Terugbellen op {phone}."),
           ("access", "{full} woont nu op {street}. Sleutel bij {o1_full}."),
           ("reminder", "Betalingsherinnering naar {last} gestuurd, {idcue} {nid}. Mail {email}")),
    "pt": (("complaint", "Reclamação de {title_sur}: atraso. Ligar para {phone}."),
           ("access", "{full} mudou-se para {street}. Chave com {o1_full}."),
           ("reminder", "Lembrete de pagamento a {last}, email {email}. {lower_first} paga sexta")),
    "da": (("complaint", "Klage fra {title_sur}: vi kom for sent. Ring tilbage på {phone}."),
           ("access", "{full} er flyttet til {street}. Nøgle hos {o1_full}."),
           ("reminder", "Rykker sendt til {last}, mail {email}. {lower_first} betaler fredag")),
    "cs": (("complaint", "Stížnost od {title_sur}: přišli jsme pozdě. Zavolat na {phone}."),
           ("access", "{full} se přestěhovala do {street}. Klíč má {o1_full}."),
           ("reminder", "Upomínka poslána {last}, e-mail {email}. {lower_first} zaplatí v pátek")),
}  # fmt: skip
_ID_CUES = {"en": ("nat id no", "ID nbr", "pasport no", "id#", "I.D. numbr", "natl ins no"),
            "de": ("Ausweis-Nr", "Persoausweis nr", "ID-Nr."), "es": ("DNI nº", "D.N.I", "dni num"),
            "nl": ("BSN nr", "bsn-nummer", "Burgerservicenr"), "fr": ("n° CNI", "no secu"),
            "it": ("cod fisc", "CF"), "pt": ("NIF nº", "nif"), "da": ("CPR-nr", "cpr"),
            "cs": ("RČ", "rod. č.")}  # fmt: skip
_NOT_STREET = re.compile(r"^(?:P\.?O\.? ?Box|BP\b|opposite|behind|near|next to|derrière|près|en face|à côté|face à|"
                         r"vers|carrefour|Lot\b|Plot\b|House\b|Flat\b)|, (?:opposite|behind|near|derrière|près|en face|"
                         r"à côté|vers|carrefour)", re.I)  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")


def street_usable(street: str, locale: str = "") -> bool:
    """A street a note may name: no P.O. box, landmark, lot or house of a settlement, nor a place of Tristan da
    Cunha's one village (the town is said instead)."""
    return bool(street) and locale != "en_TA" and not _NOT_STREET.search(street)


def street_without_number(street: str) -> str:
    """The street as said without its house number (``294 Vincent Springs`` -> ``Vincent Springs``); a street
    whose number is not at an end stays whole."""
    text = re.sub(r"^\d[\w/-]*,?\s+", "", street)
    text = re.sub(r",?\s+(?:n°\s?)?\d[\w/-]*$", "", text)
    text = re.sub(r",? (?:Apt\.|Suite|porte) \d+\w*$", "", text)
    return text if text and not re.search(r"\d", text) else street


def _name_slots(p, lg: str) -> dict[str, tuple[str, str | None]]:
    """Slot -> (text, entity) for one person; entity ``None``: the text is no label of its own."""
    title = P.title(p, lg)
    return {"full": (p.full, "name"), "first": (p.first, "name"), "last": (p.last, "last_name"),
            "title_sur": (f"{title} {p.last}", "last_name"), "lower_full": (p.full.lower(), "name"),
            "lower_first": (p.first.lower(), "name"), "lower_last": (p.last.lower(), "last_name"),
            "upper_full": (p.full.upper(), "name")}  # fmt: skip


def _label_value(slot: str, text: str, p) -> str:
    if slot == "title_sur":
        return p.last
    return text


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str) -> tuple[str, list, str] | None:
    """The note, its labels and its own template (cue words written in); ``None`` when the template needs a fact
    the row has none of (an id, an IBAN, a street a note can name, a second person)."""
    labels: list[tuple[str, str]] = []
    own = template
    if "{idcue}" in own:
        own = own.replace("{idcue}", rng.choice(_ID_CUES.get(lg, _ID_CUES["en"])))
    parts: list[str] = []
    pos = 0
    for m in _SLOT.finditer(own):
        parts.append(own[pos : m.start()])
        pos = m.end()
        slot = m.group(1)
        person = main
        if slot.startswith("o") and slot[1].isdigit():
            k = int(slot[1]) - 1
            if k >= len(others):
                return None
            person, slot = others[k], slot[3:]
        value, entity = _fact(slot, person, lg, rng)
        if value is None:
            return None
        parts.append(value)
        if entity:
            labels.append((entity, _label_value(slot, value, person)))
    parts.append(own[pos:])
    return "".join(parts), labels, own


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str | None, str | None]:
    names = _name_slots(p, lg)
    if slot in names:
        return names[slot]
    if slot == "phone":
        return P.phone_text(p.mobile, "national", rng, lg), "phone_number"
    if slot == "phone_bare":
        return P.phone_bare(p.mobile), "phone_number"
    if slot == "phone_local":
        return P.phone_local(p.landline), "phone_number"
    if slot == "phone_intl":
        return P.phone_text(p.mobile, "intl", rng, lg), "phone_number"
    if slot == "street":
        return (p.street, "street_address") if street_usable(p.street, p.locale) else (None, None)
    if slot == "street_nonum":
        if not street_usable(p.street, p.locale):
            return None, None
        return street_without_number(p.street), "street_address"
    if slot == "email":
        return p.email, "email"
    if slot == "nid":
        return (p.nid, "national_id") if p.nid else (None, None)
    if slot == "iban":
        return (p.iban, "iban") if p.iban else (None, None)
    if slot == "dob":
        return language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(("iso", "local", "mon_abbr"))), (
            "date_of_birth"
        )
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms (``Harvey, j. patel, Sue Smith and Jones``), with their labels."""
    texts, labels = [], []
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity = _name_slots(p, lg)[form]
        if form == "lower_last" and rng.random() < 0.5 and P.latin(p):
            text = f"{p.first[0].lower()}. {p.last.lower()}"
            labels.append(("last_name", p.last.lower()))
        else:
            labels.append((entity, _label_value(form, text, p)))
        texts.append(text)
    joiner = {"de": " und ", "fr": " et ", "es": " y ", "it": " e ", "nl": " en ", "pt": " e ", "da": " og ",
              "cs": " a "}.get(lg, " and ")  # fmt: skip
    return ", ".join(texts[:-1]) + joiner + texts[-1], labels


_LIST_TEMPLATES = {"en": ("Present: {list}. Apologies from {o1_first}.", "Thanks to {list} for helping out today."),
                   "de": ("Anwesend: {list}.",), "fr": ("Présents : {list}.",), "es": ("Asistentes: {list}.",),
                   "it": ("Presenti: {list}.",), "nl": ("Aanwezig: {list}.",), "pt": ("Presentes: {list}.",),
                   "da": ("Til stede: {list}.",), "cs": ("Přítomni: {list}.",)}  # fmt: skip
_SIGNS = ("\nCheers, {first}", " {lower_first} x", "\nKind regards,\n{full}", " - {first}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables about a third are local genres,
    and one note in twelve lists three or four people."""
    lg = language.lang(locale)
    local = lg in LOCAL and rng.random() < 0.35
    if len(others) >= 2 and rng.random() < 0.08:
        pool = [main, *others][:4]
        text, labels = people_list(pool, rng, lg)
        tmpl = rng.choice(_LIST_TEMPLATES.get(lg, _LIST_TEMPLATES["en"]) if local else _LIST_TEMPLATES["en"])
        head, _, tail = tmpl.partition("{list}")
        got = fill(tail, main, others, rng, locale, lg)
        if got is not None:
            return head + text + got[0], labels + got[1], head + "{list}" + got[2], "list"
    for _ in range(12):
        if local:
            form, template = rng.choice(LOCAL[lg])
        else:
            form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
            template = rng.choice(ENGLISH[form])
            if rng.random() < 0.15 and form not in ("sms", "reference"):
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, lg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "no show"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", ""))[::2]
    out["list"] = ["Present: ", ". Apologies from ", "."]
    out["none"] = ["no show"]
    return out
