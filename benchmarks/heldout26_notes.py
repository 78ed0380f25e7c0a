"""Free-text notes of held-out set 26: ten English genres new to the sets, and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres, one or two per export: a physiotherapy survey's free answer asking for a call back, a holiday-cottage
cleaner's changeover instruction, a yoga studio's client alert, a school office's pastoral log entry, a vet's
change-of-keeper record, a parish pastoral-visit request, a church-hall booking for a funeral tea, a repair café's
intake remark, an e-bike lease handover record and a gym's bring-a-friend pass. The template text carries words that
look like names, places or streets but are none (``Riese & Müller``, ``Mill Lane Barn``, ``St Anne's``, ``Philips``,
``Jacob's ladder``): words kept measures precision.

Placeholders scored: ``{name}`` (the row's person), ``{name_lower}``, ``{name2}`` (a second person: a grandparent,
the previous keeper, the deceased, a friend), ``{first}`` (a child's or a client's given name alone),
``{initials}`` (``K. Weber``) -> name; ``{titled}`` (title + surname) -> last_name (the surname); ``{phone}``/
``{phone2}`` -> phone_number; ``{email}``; ``{street}`` -> street_address; ``{dob}``/``{cdob}`` -> date_of_birth;
``{id}`` -> national_id (ssn in en_US and es_PR; a card where the country has no id here); ``{iban}`` -> iban (a
card where the country has none); ``{card}`` -> credit_debit_card. Not scored: ``{town}``, ``{date}``, ``{staff}``,
``{item}``, ``{pet}``, ``{employer}``, ``{amount}``, ``{cottage}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "survey callback": (
        "Physio with {staff} was great but nobody answered about the invoice. Please call me back - {name}, "
        "{phone}. Born {dob} if you need to find my file.",
        "I'd like a call back please. {name_lower} here, best on {phone} after 5pm or email {email}.",
    ),
    "changeover": (
        "Changeover Sat 10am at {cottage}: key safe by the back door, code texted to {name2}. Owner {name} on "
        "{phone}; linen from the laundry in {town}.",
        "Owner {titled} wants bins out Thursday. Emergency contact {name2} ({phone2}). Invoice to {street}.",
    ),
    "client alert": (
        "ALERT: {first} has a disc problem at L4/L5 - no deep twists, no Jacob's ladder. Physio letter on file. "
        "Emergency: {name2} {phone2}.",
        "ALERT: pregnant, due {date}. Prefers props. Card on file {card}; husband {name2} collects.",
    ),
    "pastoral log": (
        "{first} collected at 15:40 by a grandparent, {name2} (not on the list). Parent {name} rang from {phone} "
        "to confirm. Log kept by {staff}.",
        "Change of address from {date}: {street}. {initials} asks that letters go to both parents; e-mail "
        "{email}.",
    ),
    "change of keeper": (
        "Change of keeper: {pet} rehomed from {name2} to {name}, {street}. New keeper's mobile {phone}; "
        "registration form sent to {email}.",
        "Previous keeper {titled} signed the transfer on {date}. New keeper born {dob}, id {id}.",
    ),
    "pastoral visit": (
        "Please visit {titled} at home ({street}) - recovering from a hip operation. Daughter {name2} on "
        "{phone2}. St Anne's home group will bring meals.",
        "Housebound since {date}. Communion at home monthly; ring {name} first on {phone}.",
    ),
    "hall booking": (
        "Hall booked for the funeral tea after the service for {name2}. Contact {name}, {phone}; deposit "
        "{amount} paid by card {card}.",
        "Church hall Friday 2-5pm for a christening party ({first}). Booked by {name}, {email}, refund to {iban}.",
    ),
    "repair intake": (
        "{name_lower} brought the {item} back again; wants it by Friday. Call {phone} or mail {email}.",
        "Visitor {name} ({street}) left the {item} with {staff} for a part; text {phone} when ready.",
    ),
    "lease handover": (
        "Handover of Riese & Müller Charger3 to {name}, leased through {employer}. ID checked: {id}. SEPA "
        "mandate from {iban}.",
        "Bike delivered to {street} on {date}; signed by partner {name2} as {name} was at work ({phone}).",
    ),
    "friend pass": (
        "Bring-a-friend pass: {name} brought {name2} (born {dob}); friend's mobile {phone2} for the trial week.",
        "Guest of {initials}: {name2}, {email}. Waiver signed, ID {id} seen.",
    ),
}  # fmt: skip
# The genres each export's notes are drawn from.
GENRES_OF = {
    "qualtrics": ("survey callback",),
    "xero": ("changeover",),
    "mindbody": ("client alert", "friend pass"),
    "school": ("pastoral log",),
    "vet": ("change of keeper",),
    "church": ("pastoral visit", "hall booking"),
    "airtable": ("repair intake",),
    "odoo": ("lease handover",),
}
SCORED = {"name": "name", "name_lower": "name", "name2": "name", "first": "name", "initials": "name",
          "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
          "street": "street_address", "dob": "date_of_birth", "cdob": "date_of_birth", "id": "national_id",
          "iban": "iban", "card": "credit_debit_card"}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(genre, t) for genre, ts in ENGLISH.items() for t in ts]


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note of ``template`` with ``values`` put in, and its truth: (entity, value) of every scored placeholder
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US and es_PR, a card where a country has no id or IBAN;
    a ``titled`` value's truth is its surname, ``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def put(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _FIELD.sub(put, template), truth
