"""Free-text notes of held-out set 22: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a piano tuner's visit card, a heating-oil delivery docket, a hot-air balloon passenger manifest
line, a swimming-lesson progress report to a parent, a stonemason's inscription order, a septic-tank emptying
certificate, a dog-grooming record card, a Christmas-tree gift order, a wedding RSVP reply and a
power-of-attorney notification letter to a bank. Every note of English-speaking locales, half of the other
first 7, a third elsewhere; the rest are in the locale's language where ``heldout22_local`` has it. Template
text carries words that look like names or streets but are not personal data (``Bechstein upright``, ``Mill
Lane Field``, ``Church Lane Cemetery``, ``Victoria Baths``, ``Johnson's Puppy``): words kept measures precision.

Placeholders scored: ``{name}`` (the row's person in the row's form), ``{name_lower}``, ``{name_upper}``,
``{name2}`` (a second person), ``{first}`` (a given name alone: a child, a guest) -> name; ``{titled}`` (title +
surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` ->
street_address; ``{dob}`` -> date_of_birth; ``{id}`` -> national_id (ssn in en_US; a card where the country
has no id here); ``{iban}`` -> iban (a card where the country has no IBAN); ``{card}`` -> credit_debit_card.
Not scored: ``{postcode}``, ``{town}``, ``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date
layout), ``{time}``, ``{idname}``, ``{staff}``, ``{dog}``, ``{n}``, ``{kg}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "piano tuning card": (
        "TUNING CARD - Bechstein upright, serial {ref}. Tuned to A440 on {date} by {staff}. Client {name}, {street}, "
        "{town}. Pitch was 12 cents flat; damp in the Kingsway room. Next visit in 6 months - ring {phone} first, "
        "dog in the hall. Paid {amount} by card {card}."
    ),
    "oil delivery docket": (
        "DELIVERY DOCKET {ref}\nCustomer: {name_upper}\nDeliver to: {street}, {postcode} {town}\nTank: 2500 L "
        "bunded, side gate off Mill Lane entrance. Delivered {n} L kerosene on {date} at {time}.\nDriver rang "
        "{phone} - no answer, left docket in porch. Direct debit from {iban}. Queries: {email}"
    ),
    "balloon manifest": (
        "Flight {ref} / launch Mill Lane Field / pilot {staff}. PAX 3: {name}, DOB {dob}, weight {kg} kg, "
        "emergency contact {name2} on {phone2}. Booked via voucher, lead booker mobile {phone}. Meet at the Red "
        "Lion car park 05:30. Photo ID seen: {idname} {id}."
    ),
    "swimming report": (
        "Progress report - Victoria Baths, {date}\nDear {titled},\n{first} has moved up to Octopus group this term "
        "and can now swim 25 m front crawl. Instructor: {staff}. Please update your contact number ({phone}) and "
        "e-mail ({email}) on the Brunel Leisure portal. {first}'s date of birth on file is {dob}."
    ),
    "inscription order": (
        "INSCRIPTION ORDER for Church Lane Cemetery, plot {ref}. Ordered by {name} of {street}, {town}, tel. "
        "{phone}. Lettering: 'In loving memory - always in our hearts'. Black granite, Hartley & Sons to fix. "
        "Deposit {amount} paid from {iban}. Orderer's ID checked ({idname}: {id})."
    ),
    "septic certificate": (
        "CERTIFICATE OF EMPTYING No. {ref}. Property: {street}, {postcode} {town}. Owner: {name_upper}, tel. "
        "{phone}. Tank emptied {date}, 4.5 m3 removed to Castle Hill works, sludge lot SL-{n}. Access via the "
        "Station Road farm track. Copy e-mailed to {email}."
    ),
    "grooming card": (
        "GROOMING RECORD - {dog} (Cockapoo). Owner {name}, {phone}. Full groom, Johnson's Puppy shampoo, nails "
        "clipped. Matting behind ears. Groomer {staff}. Owner's other number {phone2}. Pay on collection, card "
        "ending {card}. Owner address: {street}."
    ),
    "tree gift order": (
        "Gift order {ref}: Nordmann Fir 180-210 cm with stand. From {name2} to {name}, {street}, {postcode} "
        "{town}. Message on card: 'Happy Christmas from all at Baker Street!'. Recipient phone {phone}. Billing "
        "e-mail {email}, paid with {card}."
    ),
    "wedding rsvp": (
        "RSVP - Wedding reception at Abbey Road Barn, {date}.\nName(s): {name} and {name2}\nAttending: yes "
        "(2)\nDietary: vegetarian\nPhone {phone}, e-mail {email}\nSong request: 'Mr Brightside'\nAddress for thank-"
        "you card: {street}, {town}"
    ),
    "power of attorney notice": (
        "To: Customer Services, Kingsway branch\nRe: Lasting Power of Attorney - account {iban}\nI, {name2}, am "
        "attorney for {titled} ({name_lower} in your records), born {dob}, of {street}, {postcode} {town}. "
        "Please register the enclosed LPA. Donor's {idname}: {id}. Contact me on {phone2} or {email}."
    ),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {
    "name": "name", "name_lower": "name", "name_upper": "name", "name2": "name", "first": "name",
    "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
    "street": "street_address", "dob": "date_of_birth", "id": "national_id", "iban": "iban",
    "card": "credit_debit_card",
}  # fmt: skip


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of the ten English genres."""
    return list(ENGLISH.items())


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note and its truth: each scored placeholder adds (entity, the value written); ``kinds`` overrides
    an entity (``id`` -> ``ssn`` in en_US, ``iban``/``id`` -> ``credit_debit_card`` where a card stands in)."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        value = str(values[key])
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values.get(key + "_truth", value)))
        return value

    return _PLACEHOLDER.sub(fill, template), truth
