"""Held-out set 38: the free-text notes, thirteen English genres new to the sets and two local ones in eight
languages.

English (every locale): a tutor's session report, a lost-property clerk's log line, a dog walker's visit report, a
donor-session nurse's note, a hostel's night log, a scout leader's camp note, a piano tuner's visit note, a
dial-a-ride dispatcher's booking note, an SMS thread (lower case, bare numbers), an OCR'd paper form (capitals,
``NAME:``/``TEL`` fields), a complaint letter with its signature, a forwarded e-mail (``From: ... <...>`` header) and
the attendance of a meeting (``Present:``, ``Apologies:``: lists of people in mixed forms). Half a table's English
notes are of its own shape's genre. Local (de fr es it nl pt, and da cs, about a third of the notes there): a phone
message and an appointment change.

People are named in full, titled, in capitals, in lower case, by surname or given name alone (the row's own person,
whom the name column holds in another form, a child by given name), in lists and signatures (other people of the
table); streets whole or without their number; phones whole, bare or local; ids after typo'd cues (``ID nbr``,
``passprt no``, ``natl id#``, ``Ausweis-Nr``, ``n° d'ident``); birth dates only after a birth cue; e-mails, cards and
IBANs where the genre has them. Staff, pets, pianos, places named after people carry no label.
"""

from __future__ import annotations

import random
import re

from heldout_common import template_parts

# isort: split
import heldout38_language as language
import heldout38_people as people

# Own genres of the shapes (half a table's English notes) and the genres of every table.
ENGLISH = {
    "tutor_report": (
        "Session with {kid} went well - {kid} finished the past paper. Mum ({who_title}) asked to move Thursday to "
        "5pm, call her on {phone}. Tutor: {staff}",
        "{kid_full} absent again, no message. Rang parent {who} on {phone_bare}, no answer. Invoice to {email}.",
    ),
    "lost_log": (
        "Handed in by member of public. Owner {who} phoned from {phone_local}, will collect Sat. Checked ID nbr {nid}.",
        "Collected by {who_lower} (owner's partner?) - signed for it. ID seen: passprt no {nid}. Logged {staff}.",
        "Wallet has card in name of {who_caps}. Tried {phone} twice, left msg. Address on library card {street}.",
    ),
    "walker_report": (
        "{pet} walked 45 min round the park, all good. Key back in safe at {street_bare}. {who_first} texted thanks "
        "from {phone_bare}.",
        "No answer at door - {who_last} had left the back gate open. Neighbour {other} ({other_phone}) has spare key.",
        "Meet & greet done. Owner {who} away 12-19th, vet is Dr Hart's. Spare key with {other_lower}, "
        "{street_bare}. Backup number {phone_local}.",
    ),
    "donor_nurse": (
        "Donor {who} (DOB {dob}) felt faint after 300ml, stopped. Partner {other} drove home. Follow-up call {phone}.",
        "Deferred 6 mo - travel. {who_title} to rebook, prefers evenings, tel {phone_local}. natl id# {nid} on file.",
        "New donor, born {dob}. Name on ID reads {who_caps_full}; goes by {who_first}. Address checked: {street}.",
    ),
    "hostel_night": (
        "2am: guest in {bed} ({who}) locked out, let in after ID check - {nid}. Owes 1 night. Friend {other_lower} "
        "not registered, asked to leave.",
        "{who_caps} checking out early, refund to card {card}. Forwarding address {street}, {town}. Night: {staff}",
    ),
    "scout_camp": (
        "Camp form for {kid_full}: d.o.b. {dob_kid}, inhaler in kit. Collect Sunday 3pm by {who} or {other_first}. "
        "Emergency {phone}.",
        "{kid} ({who_last}) homesick night 1, rang mum on {phone_bare} - fine by breakfast. {sig}",
        "Tent groups: {l1}, {l2}, {l3}, {l4}. {kid_full} moved to tent 2 at parent's request ({who_title}). YL {staff}",
    ),
    "tuner_visit": (
        "{who_title}'s {make} - tuned, 2 passes, sticky F#. Gate code 4471, park on {street_bare}. Next visit March. "
        "Paid card {card}.",
        "Rang {who} on {phone_local} to confirm. Piano in cold conservatory at {street}, advised moving it.",
    ),
    "dispatch": (
        "{who_lower} needs 10:15 pick-up from {street_bare} to {dest}, walker, escort {other}. Ring {phone} on "
        "arrival.",
        "Cancelled by daughter {other} ({other_phone}). {who_title} in hospital. DOB {dob} on referral form.",
        "Regular Tues shopping run. Pick up {who_first} at the back door ({street}), rings {phone_bare} when ready.",
    ),
    "sms_thread": (
        "> hi its {who_first_lower} can u do tues instead?\n> {other_first_lower} says ok\n> ring me {phone_bare} x",
        "[{who_lower}] running late sorry!! [{staff}] np. [{who_lower}] new number {phone_bare} btw",
        "{who_first_lower}: is {other_first_lower} still coming?? / {staff}: yes, {other_last} confirmed / "
        "{who_first_lower}: gr8",
    ),
    "ocr_form": (
        "NAME: {who_caps_full}   TEL {phone_bare}   ADDR {street_caps}   SIGNED {who_caps}",
        "NEXT OF KIN: {other_caps_full}   RELATION: SISTER   PHONE {other_phone}   D.O.B. (PATIENT) {dob}",
    ),
    "complaint": (
        "Dear Sir/Madam, I waited 40 minutes and nobody came. My neighbour {other} saw the same. Please call me "
        "on {phone}.\nYours faithfully,\n{who}\n{street}",
        "To whom it may concern - the item returned to {who_lower} was not theirs. Contact {email}.\nRegards, {sig}",
    ),
    "fwd_email": (
        "---------- Forwarded message ----------\nFrom: {who} <{email}>\nSubject: booking\n"
        "Hi, can {other_first} come along too? Mob {phone}.",
        "From: {other} <{other_email}>\nSent: Monday\nTo: office\nRe: {who_last} - please send the form to "
        "{street}. Thanks",
    ),
    "attendees": (
        "Present: {l1}, {l2}, {l3}, {l4}. Apologies: {other_last}. Minutes: {who_first}.",
        "Rota next month - {l1} (Mon), {l2} (Wed), {l3} & {l4} (Sat). Swaps to {who} on {phone}.",
        "Signed in: {l1}; {l2}; {l3}; {l4}; {who_lower}. Left early: {other_last}.",
    ),
}  # fmt: skip
OWN_GENRE = {"tutoring": "tutor_report", "lost_property": "lost_log", "pets": "walker_report",
             "donors": "donor_nurse", "hostel": "hostel_night", "scouts": "scout_camp", "piano": "tuner_visit",
             "minibus": "dispatch"}  # fmt: skip
_COMMON = ("sms_thread", "ocr_form", "complaint", "fwd_email", "attendees")
LOCAL = {
    "de": ("Telefonnotiz: {who_title} ({phone}) bittet um Rückruf wegen Termin. Ausweis-Nr {nid}.",
           "Termin verschoben auf Fr. - {who} kommt mit {other_first}. Neue Anschrift {street}."),
    "fr": ("Message : {who_title} a appelé, rappeler au {phone}. Habite {street_bare}.",
           "RDV déplacé à jeudi, {who_lower} prévenue. n° d'ident {nid}. Accompagnée de {other}."),
    "es": ("Recado: llamó {who} desde {phone_bare}, que le devuelvan la llamada. Vive en {street}.",
           "Cita cambiada al lunes. {who_title} viene con su hijo {other_first}. Fecha nac. {dob}."),
    "it": ("Messaggio: ha chiamato {who_title}, richiamare al {phone}. Cod. fisc {nid}.",
           "Appuntamento spostato a martedì, avvisata {who_lower}. Abita in {street_bare}, citofono {who_last}."),
    "nl": ("Terugbelverzoek: {who} ({phone_bare}) belde over de afspraak. Woont {street}.",
           "Afspraak verzet naar woensdag, {who_title} komt met {other}. Geb. datum {dob}."),
    "pt": ("Recado: {who_title} ligou, ligar de volta para {phone}. Mora na {street_bare}.",
           "Marcação alterada para sexta, {who} vem com {other_first}. N.º doc {nid}."),
    "da": ("Besked: {who} ringede fra {phone}, ring tilbage. Bor på {street}.",
           "Aftale flyttet til torsdag, {who_title} kommer med {other}. Født {dob}."),
    "cs": ("Vzkaz: volal(a) {who} z čísla {phone_bare}, zavolat zpět. Bydliště {street}.",
           "Termín přesunut na pátek, {who_title} přijde s {other}. Datum nar. {dob}."),
}  # fmt: skip
_PETS = ("Bella", "Max", "Winston", "Biscuit", "Luna")
_MAKES = ("Bechstein", "Steinway", "Blüthner", "Broadwood", "Yamaha")
_DESTS = ("the Royal Infirmary", "Tesco", "St John's surgery", "the day centre")
_BEDS = ("Mandela 3", "Frida 7", "Shackleton 2", "Dorm 4/11")
_FIELD = re.compile(r"\{(\w+)\}")
_BOXLIKE = re.compile(r"(?i)\b(p\.?\s?o\.?\s?box|bp|lot|box)\b|^\W*$")


def _street_ok(street: str) -> bool:
    return bool(street) and not _BOXLIKE.search(street) and any(c.isalpha() for c in street)


def _bare(street: str) -> str:
    words = [w for w in street.replace(",", " ").split() if not any(c.isdigit() for c in w)]
    return " ".join(words)


def _fills(p, other, kid, crowd: list, staff: str, locale: str, rng: random.Random) -> dict[str, tuple]:
    """Each placeholder's text and its label ``(entity, value)`` or ``None`` (no personal data)."""
    lg = language.lang(locale)
    title = people.title(p, lg)
    mob = people.phone_text(p.mobile, rng.choice(("intl", "national")), lg)
    bare = re.sub(r"\D", "", people.phone_text(p.mobile, "national"))
    local = people.phone_local(p.landline if rng.random() < 0.5 else p.mobile)
    oph = people.phone_text(other.mobile, "national")
    dob = language.fmt_date(language.iso_of(p.dob), locale, rng.choice(("local", "lower_mon", "iso", "unpadded")))
    card = people.card(rng)
    f: dict[str, tuple] = {
        "who": (p.full, ("name", p.full)), "who_first": (p.first, ("name", p.first)),
        "who_first_lower": (p.first.lower(), ("name", p.first.lower())),
        "who_last": (p.last, ("last_name", p.last)), "who_lower": (p.full.lower(), ("name", p.full.lower())),
        "who_title": (f"{title} {p.last}", ("last_name", p.last)),
        "who_caps": (p.last.upper(), ("last_name", p.last.upper())),
        "who_caps_full": (p.full.upper(), ("name", p.full.upper())),
        "other": (other.full, ("name", other.full)), "other_first": (other.first, ("name", other.first)),
        "other_first_lower": (other.first.lower(), ("name", other.first.lower())),
        "other_last": (other.last, ("last_name", other.last)),
        "other_lower": (other.full.lower(), ("name", other.full.lower())),
        "other_caps_full": (other.full.upper(), ("name", other.full.upper())),
        "other_phone": (oph, ("phone_number", oph)), "other_email": (other.email, ("email", other.email)),
        "phone": (mob, ("phone_number", mob)), "phone_bare": (bare, ("phone_number", bare)),
        "phone_local": (local, ("phone_number", local)), "email": (p.email, ("email", p.email)),
        "dob": (dob, ("date_of_birth", dob)), "town": (p.town, None), "staff": (staff, None),
        "card": (card, ("credit_debit_card", card)),
        "pet": (rng.choice(_PETS), None), "make": (rng.choice(_MAKES), None), "dest": (rng.choice(_DESTS), None),
        "bed": (rng.choice(_BEDS), None),
    }  # fmt: skip
    if p.nid:
        f["nid"] = (p.nid, ("national_id", p.nid))
    if _street_ok(p.street):
        f["street"] = (p.street, ("street_address", p.street))
        f["street_caps"] = (p.street.upper(), ("street_address", p.street.upper()))
        if (b := _bare(p.street)) and b != p.street and any(c.isalpha() for c in b):
            f["street_bare"] = (b, ("street_address", b))
        else:
            f["street_bare"] = (p.street, ("street_address", p.street))
    if kid is not None:
        f["kid"] = (kid.first, ("name", kid.first))
        f["kid_full"] = (kid.full, ("name", kid.full))
        kdob = language.fmt_date(language.iso_of(kid.dob), locale, "local")
        f["dob_kid"] = (kdob, ("date_of_birth", kdob))
    listed = rng.sample(crowd, 4) if len(crowd) >= 4 else [*crowd, p, other, p][:4]
    for i, q in enumerate(listed, 1):
        form = rng.choice(("full", "last", "lower", "first_init"))
        if form == "last":
            f[f"l{i}"] = (q.last, ("last_name", q.last))
        elif form == "lower":
            f[f"l{i}"] = (q.full.lower(), ("name", q.full.lower()))
        elif form == "first_init" and people.latin(q):
            f[f"l{i}"] = (f"{q.first} {q.last[0]}.", ("name", q.first))
        else:
            f[f"l{i}"] = (q.full, ("name", q.full))
    s = rng.choice(crowd) if crowd else other
    initial = f"{s.first[0]}. {s.last}" if people.latin(s) else s.full
    sig = rng.choice((s.full, f"{s.first}\n{s.full}", initial))
    f["sig"] = (sig, ("last_name", s.last) if sig == initial and sig != s.full else ("name", s.full))
    return f


def _usable(template: str, fills: dict) -> bool:
    return all(k in fills for k in _FIELD.findall(template))


def note(p, other, kid, crowd: list, staff: str, locale: str, shape: str,
         rng: random.Random) -> tuple[str, list[tuple[str, str]], str, str]:  # fmt: skip
    """One note about the row's person ``p``: (text, labels, genre, template)."""
    fills = _fills(p, other, kid, crowd, staff, locale, rng)
    lg = language.lang(locale)
    options: list[tuple[str, str]] = []
    if lg in LOCAL and rng.random() < 0.33:
        options = [(f"local_{lg}", t) for t in LOCAL[lg] if _usable(t, fills)]
    if not options:
        genre = OWN_GENRE[shape] if rng.random() < 0.5 else rng.choice((*_COMMON, *OWN_GENRE.values()))
        options = [(genre, t) for t in ENGLISH[genre] if _usable(t, fills)]
        if not options:
            options = [(g, t) for g in _COMMON for t in ENGLISH[g] if _usable(t, fills)]
    genre, template = rng.choice(options)
    labels: list[tuple[str, str]] = []

    def sub(m: re.Match) -> str:
        text, label = fills[m.group(1)]
        if label is not None:
            labels.append(label)
        return text

    text = _FIELD.sub(sub, template)
    return text, labels, genre, template


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per genre, the own text of its first template (runners count words kept on each note's own template)."""
    out = {g: template_parts(ts[0]) for g, ts in ENGLISH.items()}
    for lg, ts in LOCAL.items():
        out[f"local_{lg}"] = template_parts(ts[0])
    return out
