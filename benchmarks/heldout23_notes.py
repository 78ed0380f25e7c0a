"""Free-text notes of held-out set 23: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a bridal-fitting card, a scaffold handover certificate, a skip permit application to the council,
a customer's e-mail approving a bike-repair estimate, a supply-teacher safeguarding (DBS) check record, a wine-club
age-verified delivery record, a tree-works quotation letter, a photo-studio model release, a registrar's notice of
intended marriage and a trade credit account application. Every note of English-speaking locales, half of the
other first 7, a third elsewhere; the rest are in the locale's language where ``heldout23_local`` has it. Template
text carries words that look like names or streets but are not personal data (``Jenny Packham gown``, ``Mill
Street Depot``, ``Raleigh Chopper``, ``Torres Gran Coronas``, ``Church Lane Car Park``): words kept measures
precision.

Placeholders scored: ``{name}`` (the row's person in the row's form), ``{name_lower}``, ``{name_upper}``,
``{name2}`` (a second person), ``{first}`` (a given name alone) -> name; ``{titled}`` (title + surname) ->
last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` -> street_address;
``{dob}`` -> date_of_birth; ``{id}`` -> national_id (ssn in en_US; a card where the country has no id here);
``{iban}`` -> iban (a card where the country has no IBAN); ``{card}`` -> credit_debit_card. Not scored:
``{postcode}``, ``{town}``, ``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date layout),
``{time}``, ``{idname}``, ``{staff}``, ``{n}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "fitting_card": (
        "FITTING CARD - 2nd fitting {date} {time}. Bride: {name}. Gown: Jenny Packham gown, hem up 3 cm, bustle to "
        "add. Mobile {phone}. Seamstress: {staff}. Balance {amount} due at collection.",
        "Bridal fitting: {titled} attended with her mother {name2}. Vera Wang sample tried, ordered UK 12. "
        "Contact {email} / {phone}. Next fitting {date}.",
    ),
    "scaffold_handover": (
        "SCAFFOLD HANDOVER CERTIFICATE ref {ref}. Site: {street}, {postcode} {town} (client {name}, tel {phone}). "
        "Erected by {staff}, inspected {date}. Load class 3. Tag left at Mill Street Depot gate.",
        "Handover signed by the client {name_upper} ({email}). Inspection every 7 days; next due {date}. "
        "Out of hours call {phone2}.",
    ),
    "skip_permit": (
        "Application for a skip permit on the highway. Applicant: {name}, date of birth {dob}, {idname} {id}. "
        "Skip to stand outside {street}, {postcode}. Daytime phone {phone}. Not in Church Lane Car Park.",
        "Permit request {ref}: {titled} of {street} wants an 8 yd skip from {date} for 14 days. "
        "Lights and cones provided. Email {email}.",
    ),
    "bike_estimate": (
        "Hi, this is {name_lower} - yes please go ahead with the estimate for the Raleigh Chopper (new chain, "
        "rear hub). Pay with card {card}. Call me on {phone} when it is ready. Thanks",
        "Re: job {ref} - I approve the {amount} quote for my Brompton. You can reach me at {email} or {phone}. "
        "My partner {name2} may collect it.",
    ),
    "dbs_check": (
        "DBS CHECK RECORD. Candidate {name}, born {dob}, {idname} {id}. Current address {street}, {town} "
        "{postcode}. Certificate seen by {staff} on {date}. Update service: yes.",
        "Safeguarding file: {titled} (mobile {phone}, {email}) cleared for supply at Baker Street Primary. "
        "Referee: {name2}, {phone2}.",
    ),
    "wine_delivery": (
        "DELIVERY RECORD - Wine Club mixed case incl. Torres Gran Coronas. Signed for by {name} ({first} showed "
        "a driving licence, over 18). Address {street}, {postcode}. Driver {staff} at {time}.",
        "Age check failed at {street}: customer {name_upper} not in, parcel returned to depot. "
        "Rebook via {email} or text {phone}.",
    ),
    "tree_quote": (
        "TREE WORKS QUOTATION for {titled}, {street}, {town} {postcode}. Oak by the Victoria Road wall: crown "
        "reduce 30 %. Price {amount} incl. VAT. Questions: {phone}.",
        "Dear {name}, thank you for your enquiry of {date}. The ash is under a TPO; we will apply to the council "
        "for you. Deposit by bank transfer from {iban}. Reply to {email}.",
    ),
    "model_release": (
        "MODEL RELEASE. I, {name}, date of birth {dob}, of {street}, grant Hillside Studio the right to use the "
        "photographs taken on {date}. Phone {phone}. Parent/guardian: {name2}.",
        "Release for sitting {ref}: subject {first} (child), signed by {name} ({email}). Prints to be posted to "
        "{street}, {postcode}.",
    ),
    "marriage_notice": (
        "NOTICE OF INTENDED MARRIAGE. {name}, born {dob}, residing at {street}, {town}, and {name2}. "
        "{idname} {id} seen by the registrar on {date}. Contact {phone}.",
        "Notice given by {titled} ({email}, {phone}); ceremony at Kings Road Register Office. Witness {name2}.",
    ),
    "trade_credit": (
        "TRADE CREDIT APPLICATION - sole trader {name}, {street}, {postcode} {town}. Date of birth {dob}. "
        "Bank {iban}. Phone {phone}, email {email}. Limit requested {amount}.",
        "Credit check passed for {name_upper} ({idname} {id}). Account opened {date}, 30 days. Guarantor "
        "{name2}, {phone2}.",
    ),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {"name": "name", "name_lower": "name", "name_upper": "name", "name2": "name", "first": "name",
          "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
          "street": "street_address", "dob": "date_of_birth", "id": "national_id", "iban": "iban",
          "card": "credit_debit_card"}  # fmt: skip


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(genre, t) for genre, ts in ENGLISH.items() for t in ts]


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note with ``values`` put in, and its truth: (entity, written value) of every scored placeholder.

    ``kinds`` overrides an entity (``id`` -> ``ssn`` in en_US, ``iban`` -> ``credit_debit_card`` where the
    country has no IBAN, ``titled`` -> the surname's value in ``values['titled_truth']``)."""
    truth: list[tuple[str, str]] = []

    def put(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED and value:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["titled_truth"] if key == "titled" else value))
        return value

    return _PLACEHOLDER.sub(put, template), truth
