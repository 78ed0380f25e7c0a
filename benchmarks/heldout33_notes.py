"""Held-out set 33: the free-text notes, in genres no set used.

Ten English genres: a food bank volunteer's welfare follow-up, a residence warden's incident log entry, a
pharmacist's clinical intervention record, a nursery key-worker's daily diary line for parents, an allotment
committee's plot inspection notice, an interpreter's post-assignment feedback, a bereavement office's grave-rights
transfer memo, a pawnbroker's suspicious-pledge report, an out-of-office auto-reply forwarding a case, and a
complaint escalation e-mail. People are named after roles (``tenant``, ``grave owner``), in lists (``present: a, b
and c``), in lower case, in capitals, as ``K. Weber`` (the surname is the truth), in brackets, after verbs
(``phoned``, ``handed over to``); phones, e-mails, streets, ids, IBANs and cards; birth dates only after a birth cue.

Two local genres in de fr es it nl pt: a condolence card and a neighbour complaint to the council.

Placeholders: ``{name}`` ``{lname}`` (lower case) ``{upper}`` ``{init}`` ``{name2}`` ``{lname2}`` ``{phone}``
``{phone2}`` ``{email}`` ``{street}`` ``{iban}`` ``{card}`` ``{nid}`` ``{dob}``.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_people as p32
import heldout33_language as language

ENGLISH = {
    "welfare follow-up": (
        "Follow-up call: spoke with {name} on {phone}, parcel collected by her neighbour ({name2}). Still at "
        "{street}. Asked us to use {email} from now on.",
        "welfare check - no answer from {lname}, left voicemail on {phone}; daughter {name2} says he moved to "
        "{street}.",
    ),
    "warden incident": (
        "Incident 22:40: noise complaint against room of {upper}. Warden on duty met {name2} at the door. Student's "
        "mobile {phone}, home address {street}. Born {dob}, so not a minor.",
        "Fire alarm activated by cooking. Residents involved: {name}, {name2} and one other. Guardian phoned on "
        "{phone2}.",
    ),
    "pharmacist intervention": (
        "Intervention: dose query with prescriber. Patient {init} (d.o.b. {dob}) informed by phone {phone}. Carer "
        "{name2} to collect.",
        "Called {name} re interaction; patient's id {nid} verified. Delivery address changed to {street}.",
    ),
    "nursery diary": (
        "Today we painted! {first_child} was collected by {name2} at 15:30 (mum {name} rang ahead from {phone}).",
        "Message for parents: please update contact details - {lname} gave new mobile {phone} and e-mail {email}.",
    ),
    "plot inspection": (
        "Plot inspection notice: the tenant ({name}) of {street} is asked to clear the plot within 28 days. "
        "Contact the secretary {name2} on {phone2}.",
        "Inspected with {init}: plot overgrown. Letter sent to {street}; copy e-mailed to {email}.",
    ),
    "interpreter feedback": (
        "Session went well. Service user {name} asked that the next booking goes to his mobile {phone}. Clinician "
        "{name2} requested same interpreter.",
        "Client {upper} did not attend; called {phone}, no answer. Reception says born {dob}, registered at {street}.",
    ),
    "grave-rights transfer": (
        "Transfer of exclusive right of burial from the late owner to {name} of {street}. Statutory declaration "
        "witnessed by {name2}. Fee paid by card {card}.",
        "Grave owner {init} phoned ({phone}) asking for the deed; send to {email}. Id checked: {nid}.",
    ),
    "suspicious pledge": (
        "Declined pledge: {name} offered a ring with engraving removed. Gave id {nid}, phone {phone}. Police "
        "informed; officer {name2} to call back.",
        "Pledger's partner {name2} tried to redeem without ticket; pledger {lname} confirmed by phone {phone}. "
        "Loan was paid to {iban}.",
    ),
    "out-of-office": (
        "I am out of the office until Monday. For {name}'s case please contact {name2} on {phone2} or {email}.",
        "Auto-reply: away. Urgent: the client (born {dob}) at {street} should be referred to {name2}.",
    ),
    "complaint escalation": (
        "Escalating complaint from {name} ({email}, {phone}): refund to IBAN {iban} still not received.",
        "Complaint - Mr/Ms {upper} of {street} says staff member {name2} was rude. Wants call back on {phone}.",
    ),
}
LOCAL = {
    "de": (
        "Unser herzliches Beileid, liebe Familie {name}. Wir denken an euch. {name2}, {street}",
        "Beschwerde über den Nachbarn {name} ({street}): Lärm nach 22 Uhr. Erreichbar unter {phone2}, {name2}",
    ),
    "fr": (
        "Toutes nos condoléances à la famille de {name}. Avec affection, {name2}, {street}",
        "Plainte contre le voisin {name} ({street}) pour bruit. Me joindre au {phone2}. {name2}",
    ),
    "es": (
        "Nuestro más sentido pésame a la familia de {name}. Un abrazo, {name2}, {street}",
        "Queja contra el vecino {name} ({street}) por ruidos. Contacto: {phone2}. Firma: {name2}",
    ),
    "it": (
        "Sentite condoglianze alla famiglia di {name}. Con affetto, {name2}, {street}",
        "Reclamo contro il vicino {name} ({street}) per rumori notturni. Recapito {phone2}, {name2}",
    ),
    "nl": (
        "Gecondoleerd met het verlies van {name}. Veel sterkte, {name2}, {street}",
        "Klacht over buurman {name} ({street}): geluidsoverlast. Bereikbaar op {phone2}, {name2}",
    ),
    "pt": (
        "Os nossos sentidos pêsames à família de {name}. Um abraço, {name2}, {street}",
        "Queixa contra o vizinho {name} ({street}) por barulho. Contacto {phone2}. {name2}",
    ),
}
LOCAL_FORMS = ("condolence card", "neighbour complaint")
GENRES = {
    "foodbank": ("welfare follow-up", "complaint escalation"),
    "housing": ("warden incident", "out-of-office"),
    "pharmacy": ("pharmacist intervention", "complaint escalation"),
    "kita": ("nursery diary", "out-of-office"),
    "allotment": ("plot inspection", "complaint escalation"),
    "interpreting": ("interpreter feedback", "out-of-office"),
    "burial": ("grave-rights transfer", "out-of-office"),
    "pawn": ("suspicious pledge", "complaint escalation"),
}
_FIELD = re.compile(r"\{(\w+)\}")


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {g: _FIELD.split(ts[0])[::2] for g, ts in ENGLISH.items()}
    lang = language.lang(locale)
    if lang in LOCAL:
        out.update({f: _FIELD.split(t)[::2] for f, t in zip(LOCAL_FORMS, LOCAL[lang], strict=True)})
    return out


def _phone(p, rng: random.Random) -> str:
    number = p.mobile or p.landline
    return p32.phone_cell(number, rng.choice(("national", "intl", "e164")), rng) if number else ""


def _values(p, q, locale: str, rng: random.Random, card: str) -> dict:
    dob = language.fmt_date(p.dob, locale, rng.choice(("num", "long", "iso")))
    id_entity = "national_id" if locale in language.NEW8_33 else p32.id_entity(locale)
    return {
        "name": ("name", p.full), "lname": ("name", p.full.lower()), "upper": ("name", p.full.upper()),
        "init": ("last_name", p.last), "name2": ("name", q.full), "lname2": ("name", q.full.lower()),
        "phone": ("phone_number", _phone(p, rng)), "phone2": ("phone_number", _phone(q, rng)),
        "email": ("email", p.email), "street": ("street_address", p.street), "iban": ("iban", p.iban or ""),
        "card": ("credit_debit_card", card), "nid": (id_entity, p.nid or ""), "dob": ("date_of_birth", dob),
        "first_child": ("name", q.first),
    }  # fmt: skip


def make_note(p: types.SimpleNamespace, q: types.SimpleNamespace, locale: str, shape: str, rng: random.Random,
              card: str) -> tuple[str, list, str, str]:  # fmt: skip
    """A row's note about ``p`` (and ``q``): (text, ``[(entity, value)]``, form, template); a template that needs a
    fact the person lacks (an IBAN, an id, a phone) gives way to one that does not."""
    values = _values(p, q, locale, rng, card)
    lang = language.lang(locale)
    options = [(g, t) for g in GENRES[shape] for t in ENGLISH[g]]
    if lang in LOCAL and rng.random() < 0.4:
        options = list(zip(LOCAL_FORMS, LOCAL[lang], strict=True))
    rng.shuffle(options)
    for option in options:
        form, template = option
        fields = _FIELD.findall(template)
        if all(values[f][1] for f in fields):
            break
    else:
        form, template = "welfare follow-up", "Spoke with {name}; will call again next week."
        fields = ["name"]
    text = template
    truth = []
    for f in fields:
        entity, value = values[f]
        shown = f"{p.first[0]}. {p.last}" if f == "init" else value
        text = text.replace("{" + f + "}", shown, 1)
        if f == "first_child":
            continue  # a child's given name alone: no truth (a reader could argue either way)
        truth.append((entity, value))
    return text, truth, form, template
