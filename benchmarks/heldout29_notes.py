"""Free-text notes of held-out set 29: ten English genres new to the sets and the rendering of a note template with
its truth (the spans a replacement must remove).

English genres, one or two per export: an accounts clerk's dunning-call note (SAP), a personal contact memo (Google
Contacts), a charity's donor stewardship note and a Gift Aid declaration record (NPSP), a dental practice's medical
alert and its referral note, a pharmacy's collection note, a hotel's guest-preference profile comment (Opera), a
courier's failed-delivery record and a ferry passenger's special-assistance request. Cells carry line breaks,
``- `` bullets, ``//`` separators and shorthand (``pt``, ``c/b``, ``NOK``) as people type them. Template text
carries words that look like names or places but are none (``Amex``, ``Victoria line``, ``Bank Holiday``,
``Corsodyl``, ``Gold``, ``Deck 7``): words kept measures precision.

Placeholders scored: ``{name}`` (the row's person), ``{name_lower}``, ``{name2}`` (a second person: a relative, a
carer, a neighbour), ``{first}`` (a child's or a partner's given name alone), ``{initials}`` (``K. Weber``) -> name;
``{titled}`` (title + surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``;
``{street}`` -> street_address; ``{dob}`` (always after a birth cue: ``born``, ``DOB``) -> date_of_birth; ``{id}`` ->
national_id (ssn in en_US and es_PR); ``{iban}`` -> iban; ``{card}`` -> credit_debit_card. Not scored: ``{town}``,
``{date}``, ``{staff}``, ``{ref}``, ``{amount}``, ``{drug}``, ``{room}``. A template needing a value the country
has none of (an id, an IBAN) is not used there.
"""

from __future__ import annotations

import re

ENGLISH = {
    "dunning call": (
        "Dunning lvl 2: called {titled} on {phone} - promised to pay {amount} by {date}.\nIf no payment, "
        "escalate to {staff}.",
        "Rang {phone}, spoke to {name2} (spouse). {first} will call back re invoice {ref}.\n// {staff}",
        "Direct debit returned ({date}). New IBAN given by customer: {iban}\nAmex not accepted for this account.",
    ),
    "contact memo": (
        "Met at the {town} Christmas market. Kids: {first} and {first2}.\nIn case of emergency: {name2} - {phone2}",
        "new number from {date}: {phone}\nold address was {street}",
        "{name_lower} from choir, lift share Tuesdays. Birthday drinks at Bank Holiday weekend.",
    ),
    "donor stewardship": (
        "Gift in memory of {name2}. Thank-you letter to {street} signed by {staff}.\n- do not phone before 10am",
        "Legacy pledger. Spoke with {titled} at Gala Dinner; prefers email {email}.\nDOB {dob} (for legacy file)",
        "Monthly gift moved to new account {iban} from {date}. Call back on {phone} if it fails.",
    ),
    "gift aid declaration": (
        "Gift Aid declaration signed {date} by {name}, born {dob}.\nHome address on form: {street}",
        "Verbal declaration taken by phone ({phone}) - {initials}. Confirmation letter sent {date}.",
    ),
    "dental alert": (
        "Pt very anxious. Comes with {first} (grandchild). Penicillin allergy!\nSMS recall to {phone} only.",
        "- warfarin, INR check before extraction\n- next of kin {name2} {phone2}\n- uses Corsodyl",
        "Pt DOB {dob} - check exemption cert. Email reminders to {email}",
    ),
    "dental referral": (
        "Referral to Dr {titled_surname2} (oral surgery) re LR8. Pt {name}, DOB {dob}, tel {phone}.",
        "Referred by {name2}, will pay by card {card}. Contact {first} (family) for appointments.",
    ),
    "collection note": (
        "Collected by {name2} (relative) - ID seen. Deliver to {street} on Thursdays from {date}.",
        "Pt rang from {phone}: neighbour {name_lower} will collect. c/b if stock short.",
        "Blister pack weekly. Carer {first} collects; patient born {dob}. Victoria line strike - late.",
    ),
    "guest preferences": (
        "Gold member. Partner {name2}, likes room on Deck 7 side away from lift.\nDOB {dob}: send cake on stay.",
        "Feather allergy - hypoallergenic pillows.\nPA {name2} books for him: {phone2} / {email}",
        "Complained {date} about noise, comp'd 1 night. Prefers to be called {first}.",
    ),
    "failed delivery": (
        "Card left 14:20. Customer {name} rang back from {phone}, redeliver {date} to neighbour at {street}.",
        "NOK - no answer. Leave with {name_lower} at no. 12\nsafe place: behind green bin",
        "Recipient moved. New addr given: {street}, ask for {first}.",
    ),
    "special assistance": (
        "Wheelchair to cabin. Travelling with carer {name2}, born {dob}.\nContact on board: {phone}",
        "Child {first} (age 6) travelling with {name}. Emergency: {phone2}",
        "Oxygen concentrator, medical form signed by {titled}. ID card {id}.",
    ),
}
# The genres each export's notes are drawn from.
GENRES_OF = {
    "sap": ("dunning call",),
    "google": ("contact memo",),
    "npsp": ("donor stewardship", "gift aid declaration"),
    "dental": ("dental alert", "dental referral"),
    "pharmacy": ("collection note",),
    "opera": ("guest preferences",),
    "courier": ("failed delivery",),
    "ferry": ("special assistance",),
}
SCORED = {"name": "name", "name_lower": "name", "name2": "name", "first": "name", "first2": "name",
          "initials": "name", "titled": "last_name", "titled_surname2": "last_name", "phone": "phone_number",
          "phone2": "phone_number", "email": "email", "street": "street_address", "dob": "date_of_birth",
          "id": "national_id", "iban": "iban", "card": "credit_debit_card"}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(genre, t) for genre, ts in ENGLISH.items() for t in ts]


def fields(template: str) -> list[str]:
    """The placeholders of ``template`` in order."""
    return _FIELD.findall(template)


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note of ``template`` with ``values`` put in, and its truth: (entity, value) of every scored placeholder
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US and es_PR); a ``titled`` value's truth is its surname
    (``values['_surname']``, ``values['_surname2']``)."""
    truth: list[tuple[str, str]] = []
    for key in fields(template):
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            value = values[key]
            if key == "titled":
                value = values["_surname"]
            elif key == "titled_surname2":
                value = values["_surname2"]
            truth.append((entity, value))
    return _FIELD.sub(lambda m: values[m.group(1)], template), truth
