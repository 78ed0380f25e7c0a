"""Free-text notes of held-out set 25: ten English genres new to the sets, and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a blinds fitter's measure-visit card, a heat-pump survey note, a dog walker's key-holder
agreement, a cookery-school allergy answer, a kitchen fitter's snagging sign-off, a bowls-club renewal comment, a
holiday camp's medical and pick-up remark, a broadband fault-ticket note, a card-dispute (chargeback) note and a
children's birthday cooking-party booking. Template text carries words that look like names or streets but are
no personal data (``Luxaflex``, ``Vaillant``, ``Howdens``, ``Harbour Lane Vets``, ``Church Road``, ``Philips``):
words kept measures precision.

Placeholders scored: ``{name}`` (the row's person in a written form), ``{name_lower}``, ``{name2}`` (a second
person: partner, neighbour, grandparent), ``{first}`` (a child's given name alone), ``{initials}`` (``K. Weber``)
-> name; ``{titled}`` (title + surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number;
``{email}``; ``{street}`` -> street_address; ``{dob}``/``{cdob}`` -> date_of_birth; ``{id}`` -> national_id (ssn in
en_US; a card where the country has no id here); ``{iban}`` -> iban (a card where the country has none);
``{card}`` -> credit_debit_card. Not scored: ``{postcode}``, ``{town}``, ``{date}``, ``{staff}``, ``{dog}``,
``{breed}``, ``{age}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "blinds measure card": (
        "Measure visit 14:00 - {titled}, {street}, {town}. 3x Luxaflex roller + 1 Velux for the loft. Park on the "
        "drive. Call {phone} 30 min before; if no answer try {name2} on {phone2}.",
        "Fitted Hillarys vertical blinds in lounge. {name} paid the deposit by card {card}. Next: shutters quote "
        "for the back bedroom, confirmation to {email}.",
    ),
    "heat-pump survey": (
        "Survey at {street}, {postcode} {town}: 1970s semi, solid walls, 9 rads. Customer {name} (DOB {dob}, for "
        "the grant form) prefers Vaillant over Daikin. Best on {phone} after 5pm.",
        "spoke to {name_lower} re Viessmann quote, wants a callback on {phone}. Joint owner {name2} has to sign "
        "too. Survey booked {date} with {staff}.",
    ),
    "key-holder agreement": (
        "{dog} ({breed}) - walks Mon/Wed/Fri 12:00. Keys in key safe by the back door. Owner {name}, {phone}. "
        "Emergency: neighbour {name2}, {street}.",
        "Key holder agreement signed by {name} on {date}. Vet: Harbour Lane Vets. If {dog} is unwell text "
        "{phone} or email {email}.",
    ),
    "allergy answer": (
        "Coeliac - please no gluten. Booking also covers my daughter {first} (born {cdob}). Mobile {phone}.",
        "Nut allergy, carries an EpiPen. {name} is booking for {name2} as a gift, questions to {email}.",
    ),
    "snagging sign-off": (
        "Snagging at {street}: 2 Howdens doors misaligned, worktop joint to reseal. Signed off by {titled} on "
        "{date}. Balance by transfer from {iban}.",
        "{titled} wants the Schmidt handles swapped. Access via side gate, dog in garden. Call {phone} or her "
        "husband {name2} on {phone2}.",
    ),
    "club renewal": (
        "Renewal paid {date}. Moved to {street}, {postcode} {town}. New mobile {phone}. DOB {dob} checked for the "
        "senior rate.",
        "Proposed by {name2}, seconded by {staff}. Rink 4 on Tuesdays. Subs by direct debit from {iban}. "
        "{initials} would rather get post than email.",
    ),
    "camp medical remark": (
        "Asthma - inhaler in rucksack. {first} may be collected by grandma {name2} ({phone2}). Swimming: yes.",
        "Hay fever, no antihistamine before 10am. ID {id}. Parent {name} reachable on {phone} during the day.",
    ),
    "fault ticket": (
        "Line down since Monday. Engineer booked {date} 08:00-13:00 at {street}. {name} ({phone}) works from "
        "home. ONT replaced, router moved next to the Philips TV.",
        "Account holder {titled}, DOB {dob} verified on the call. Alternative contact {email}. Speed test 480 "
        "down after fix.",
    ),
    "card dispute": (
        "Dispute opened on card {card}: {name} says the visit on {date} was missed. Evidence sent (GPS log from "
        "{staff}). Reply to {email}.",
    ),
    "party booking": (
        "Kids' birthday cooking party for {first} (turns {age}, born {cdob}). 10 children, pizza menu, Church Road "
        "entrance. Organiser {name}, {phone}, {email}.",
    ),
}
# Which genres a table of each shape draws its English notes from.
GENRES_OF = {
    "outlook": ("blinds measure card", "card dispute"),
    "hubspot": ("heat-pump survey",),
    "stripe": ("key-holder agreement", "card dispute"),
    "eventbrite": ("allergy answer", "party booking"),
    "quickbooks": ("snagging sign-off", "card dispute"),
    "access": ("club renewal",),
    "merged": ("camp medical remark",),
    "zendesk": ("fault ticket",),
}
SCORED = {"name": "name", "name_lower": "name", "name2": "name", "first": "name", "initials": "name",
          "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
          "street": "street_address", "dob": "date_of_birth", "cdob": "date_of_birth", "id": "national_id",
          "iban": "iban", "card": "credit_debit_card"}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(g, t) for g, ts in ENGLISH.items() for t in ts]


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note of ``template`` with ``values`` put in, and its truth: (entity, value) of every scored placeholder
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US, a card where a country has no id or IBAN; a
    ``titled`` value's truth is its surname, ``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def put(m: re.Match) -> str:
        key = m.group(1)
        value = str(values[key])
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _FIELD.sub(put, template), truth
