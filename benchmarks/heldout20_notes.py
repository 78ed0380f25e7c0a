"""Free-text notes of held-out set 20: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a parent's school absence note, a gym induction waiver, a pharmacy pick-up log, a warranty
registration e-mail, a typed-up hotel registration card, a volunteer rota e-mail, a parking-fine appeal letter,
a death-notice draft for a newspaper, a direct-debit mandate confirmation and the header block of a CV. Every
note of English-speaking locales, half of the other first 7, a third elsewhere; the rest are in the locale's
language (``heldout20_local``). Template text carries words that look like names or streets but are not
personal data (``Mill Lane Pharmacy``, ``Baker Room``, ``Hope Street Gym``): words kept measures precision.

Placeholders and what each one is scored as: ``{name}`` (the row's person in the row's form), ``{name_lower}``,
``{name_upper}``, ``{name2}`` (a second person), ``{first}`` (a given name alone: a child, a volunteer) -> name;
``{titled}`` (title +
surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` ->
street_address; ``{dob}`` -> date_of_birth; ``{id}`` -> national_id (ssn in en_US; a card where the country
has no id here); ``{iban}`` -> iban (a card where the country has no IBAN); ``{card}`` -> credit_debit_card.
Not scored: ``{postcode}``, ``{town}``, ``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date
layout), ``{staff}``, ``{idname}``, ``{time}``.
"""

from __future__ import annotations

import re

GENRES: dict[str, tuple[str, ...]] = {
    "school absence note": (
        "Dear Mrs Fairweather, please excuse my daughter {first} from school on {date}. She had a temperature "
        "overnight. If you need me I am on {phone}. Thank you, {name} (mum)",
        "To the attendance office - {name_upper} in Class Rowan was absent on {date} for a hospital appointment "
        "(date of birth {dob}). Any questions to {email} or {phone}. Regards, {titled}",
    ),
    "gym induction waiver": (
        "INDUCTION & WAIVER - Hope Street Gym. Member: {name}. DOB: {dob}. Address: {street}, {postcode}. "
        "Emergency contact: {name2} on {phone2}. I confirm I have no condition that stops me exercising. "
        "Inducted by {staff} on {date}.",
        "waiver signed by {name_lower}, born {dob}, mobile {phone}, email {email}. induction done {date} by {staff}; "
        "locker {ref}. member ID card {card} on file for payment.",
    ),
    "pharmacy pick-up log": (
        "{time} Rx {ref} collected from Mill Lane Pharmacy counter by {name2} on behalf of {titled} "
        "(patient DOB {dob}, {street}). ID seen: {idname} {id}. Contact {phone}.",
        "Collected: {time} | patient {name} | dob {dob} | collector: patient | ref {ref} | tel {phone} | "
        "left message at {phone2} earlier.",
    ),
    "warranty registration e-mail": (
        "Thank you for registering your Baker & Bell dishwasher (serial {ref}). Registered owner: {name}, "
        "{street}, {town} {postcode}. Email: {email}. Phone: {phone}. Your 5-year cover starts on {date}.",
        "warranty reg. ok - product: Hope 600 boiler / owner {name_lower} / tel {phone} / installed {date} at "
        "{street} ({postcode}) / owner dob {dob} for age check / card on file {card}",
    ),
    "hotel registration card": (
        "REGISTRATION CARD  Room 214  Arrival {date}\nGuest: {name_upper}\nAddress: {street}, {town}\n"
        "Date of birth: {dob}  Nationality: -\nPassport/ID: {id}\nMobile: {phone}  E-mail: {email}\n"
        "Card guarantee: {card}\nSignature: ________",
        "Reg card (typed from paper): surname {titled}; full name {name}; born {dob}; {idname} {id}; home "
        "{street}, {town}; tel {phone}; e-mail {email}; car park pass for the Kings Road annexe.",
    ),
    "volunteer rota e-mail": (
        "Hi all, rota for the Hope Street food bank next week: Monday {first} and {name2}, Tuesday Nelson Room "
        "closed. If you can't make it text {titled} on {phone} or reply to {email}. Thanks!",
        "Rota swap: {name} ({phone}) is swapping her Saturday with {name2}. Keys are with the warden at the Baker "
        "Room. Any problems email {email}.",
    ),
    "parking-fine appeal letter": (
        "Penalty charge notice {ref}. I, {name}, of {street}, {postcode} {town}, appeal this notice issued on {date}. "
        "My permit was displayed. Please reply to {email} or call {phone}. Yours faithfully, {titled}",
        "APPEAL - PCN {ref}\nAppellant: {name_upper}\nVehicle keeper address: {street}, {town}\nKeeper DOB: {dob}\n"
        "Grounds: signage at Castle Street car park unclear. Contact: {phone} / {email}",
    ),
    "death-notice draft": (
        "{name_upper} (née Church), of {street}, {town}, passed away peacefully on {date}. Born {dob}. Beloved "
        "partner of {name2}. Donations to the Rose Hospice. Enquiries to {phone}.",
        "Peacefully at home on {date}, {name}, born on {dob}. Family flowers only; enquiries to "
        "{titled}'s family on {phone} or {email}.",
    ),
    "direct-debit mandate confirmation": (
        "We confirm the direct debit mandate {ref}: account holder {name}, IBAN {iban}, address {street}, {town}. "
        "The first collection of {amount} is on {date}. Questions: {phone}.",
        "DD confirmed for {titled} - holder {name_upper}, account {iban}, first payment {amount} on {date}; "
        "confirmation sent to {email}.",
    ),
    "CV header": (
        "CURRICULUM VITAE\n{name}\n{street}, {town} {postcode}\nTel: {phone} | {email}\nDate of birth: {dob}\n"
        "Referees: {name2}, Head of Operations, Wood & Marsh Ltd; available on request.",
        "{name_upper}  |  {email}  |  {phone}\n{street}, {town}\nBorn {dob}. Full clean driving licence.\n"
        "PROFILE: warehouse supervisor at Fisher & Young, keen on Lean. Reference: {name2} ({phone2}).",
    ),
}  # fmt: skip

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {"name": "name", "name_lower": "name", "name_upper": "name", "name2": "name", "first": "name",
          "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
          "street": "street_address", "dob": "date_of_birth", "id": "national_id", "iban": "iban",
          "card": "credit_debit_card"}  # fmt: skip


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note and its truth: each scored placeholder adds ``(entity, value)`` (``kinds`` overrides the
    entity: ``ssn`` for a US id, ``credit_debit_card`` where a card stands for an id or IBAN; a titled surname
    adds the surname alone, ``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED and value:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _PLACEHOLDER.sub(fill, template), truth
