"""Free-text notes of held-out set 24: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a carpet-cleaning job sheet, a podiatry discharge letter to the GP, a tool-hire damage waiver, a
babysitting agency's family profile, veg-box delivery instructions, an engraving proof approval, a phone-repair
drop-off ticket with data consent, a private tutor's session report to a parent, a council bulky-waste collection
booking and a neighbour-dispute mediation referral. Template text carries words that look like names or streets
but are no personal data (``Axminster``, ``Mill Road Clinic``, ``Hilti``, ``Church Street depot``, ``Apple``):
words kept measures precision.

Placeholders scored: ``{name}`` (the row's person in the row's form), ``{name_lower}``, ``{name_upper}``,
``{name2}`` (a second person), ``{first}`` (a given name alone: a child) -> name; ``{titled}`` (title + surname)
-> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` ->
street_address; ``{dob}`` (and a child's ``{cdob}``) -> date_of_birth; ``{id}`` -> national_id (ssn in en_US; a card
where the country has no id here); ``{iban}`` -> iban (a card where the country has no IBAN); ``{card}`` ->
credit_debit_card. Not scored: ``{postcode}``, ``{town}``, ``{ref}``, ``{amount}``, ``{date}`` (an event date in the
birth-date layout), ``{time}``, ``{idname}``, ``{staff}``, ``{device}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "carpet_job": (
        "JOB SHEET {ref} - {name_upper}, {street}, {postcode}. Lounge + hall, Axminster twist, red wine stain by "
        "the window. Customer tel {phone}, wants a text 30 min before. Paid {amount} on the day. Tech: {staff}.",
        "Job {ref}: rang {titled} on {phone} to confirm {date} {time}. Access via side gate at {street}. "
        "Invoice to {email}. Pet odour treatment declined.",
    ),
    "podiatry_letter": (
        "Dear Doctor, Re: {name}, DOB {dob}, {street}, {town}. I saw your patient at Mill Road Clinic on {date} "
        "for an ingrown toenail (left hallux). Partial nail avulsion done under local anaesthetic. Patient can be "
        "reached on {phone}. Discharged back to your care. Senior Podiatrist",
        "Podiatry discharge: {titled} (DOB {dob}, NHS/ID {id}) attended Church Street Health Centre. Verruca "
        "treated with cryotherapy x3. Follow-up letter sent to {email}.",
    ),
    "tool_hire": (
        "HIRE AGREEMENT {ref}. Hirer: {name}, {street}, {postcode} {town}. Tel {phone}. Photo ID checked "
        "({idname} {id}). Item: Hilti TE 30 breaker, deposit {amount} taken on card {card}. Damage waiver accepted.",
        "Damage waiver signed by {name} on {date}. Kärcher returned with cracked lance, hirer to pay excess. "
        "Contact {phone} / {email}. Collected from Church Street depot.",
    ),
    "babysit_profile": (
        "Family profile: {name} ({email}, {phone}) at {street}. Two children: {first} (born {cdob}) and a baby. "
        "Bedtime 7.30, no screens after 6. Emergency contact {name2} on {phone2}.",
        "New family - {titled}, {street}, {town}. Sitter needed Fri evenings. Child {first}, DOB {cdob}, "
        "nut allergy (EpiPen in kitchen drawer). Call {phone} on arrival.",
    ),
    "vegbox_instructions": (
        "delivery note: {name_lower} - {street}, leave box behind the green bin, not on the step. "
        "if no answer text {phone}. dog is friendly. swap courgettes for extra carrots pls",
        "Veg box for {name} ({street}, {postcode}): pause deliveries until {date}, direct debit from {iban} to "
        "restart after. Confirmation to {email}.",
    ),
    "engraving_proof": (
        "Hi {first}, here is your engraving proof for order {ref}: front 'Forever yours', back '{date}'. "
        "Please reply to approve. Shipping to {name}, {street}, {postcode} {town}. Questions: {phone}.",
        "Proof approved by {name} ({email}) on {date}. Gift to be sent to {name2}, {street}. Apple gift box added.",
    ),
    "repair_ticket": (
        "Drop-off {ref}: {device}, cracked screen + battery. Customer {name}, tel {phone}, email {email}. "
        "Customer consents to a data wipe if needed. ID seen: {idname} {id}. Est. {amount}.",
        "REPAIR TICKET {ref} / {name_upper} / DOB {dob} / {phone} / Samsung Galaxy charging port / "
        "collect from Station Road branch.",
    ),
    "tutor_report": (
        "Session report for {first} ({date}): we covered fractions and long division. Homework set. Next session "
        "Thursday. Invoice {ref} to {name}, {email}; bank transfer please, or pay by card on {phone}.",
        "Dear {titled}, {first} did really well today - much more confident with algebra. Can we move next week "
        "to 5pm? Text me on {phone2} if so. Your tutor",
    ),
    "bulky_waste": (
        "Bulky waste booking {ref}: 1 x sofa, 1 x fridge. Resident {name}, {street}, {postcode}. Collection {date}, "
        "items to be left at the kerbside by 7am. Paid {amount} by card {card}. Tel {phone}.",
        "Collection {ref} failed - items not out. Called {titled} on {phone}, rebooked. Resident at {street} "
        "says neighbour {name2} will put them out.",
    ),
    "mediation_referral": (
        "Referral to Community Mediation: party A {name}, {street}, tel {phone}, email {email}. Party B {name2}, "
        "next door. Issue: hedge height and noise from the garage. Both agreed to a joint visit on {date}.",
        "Mediation follow-up: {titled} (DOB {dob}) reports the dispute with {name2} is settled. Contact on "
        "{phone} if it flares up again. Case {ref} closed.",
    ),
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {
    "name": "name",
    "name_lower": "name",
    "name_upper": "name",
    "name2": "name",
    "first": "name",
    "titled": "last_name",
    "phone": "phone_number",
    "phone2": "phone_number",
    "email": "email",
    "street": "street_address",
    "dob": "date_of_birth",
    "cdob": "date_of_birth",
    "id": "national_id",
    "iban": "iban",
    "card": "credit_debit_card",
}


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(genre, t) for genre, ts in ENGLISH.items() for t in ts]


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note of ``template`` with ``values`` put in, and its truth: (entity, value) of every scored placeholder
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US, a card where a country has no id or IBAN; a
    ``titled`` value's truth is its surname, ``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        entity = kinds.get(key, SCORED.get(key))
        if entity:
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _PLACEHOLDER.sub(fill, template), truth
