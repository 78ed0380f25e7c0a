"""Free-text notes of held-out set 21: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a pest-control technician's visit report, an escape-room booking confirmation, a food-bank
referral voucher, a horse-passport transfer of ownership, a self-storage arrears notice, a lost-pet poster, an
online-marketplace buyer's message, a remittance advice, an airline booking record (PNR) and an alarm company's
keyholder list. Every note of English-speaking locales, half of the other first 7, a third elsewhere; the rest
are in the locale's language (``heldout21_local``). Template text carries words that look like names or
streets but are not personal data (``Miller Road extension``, ``Cooper Yard``, ``Fletcher & Rose Interiors``):
words kept measures precision.

Placeholders scored: ``{name}`` (the row's person in the row's form), ``{name_lower}``, ``{name_upper}``,
``{name2}`` (a second person), ``{first}`` (a given name alone) -> name; ``{pnr}`` (``SURNAME/FIRST MRS`` as an
airline writes it) -> name (the two words in capitals); ``{titled}`` (title + surname) -> last_name (the
surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` -> street_address; ``{dob}`` ->
date_of_birth; ``{id}`` -> national_id (ssn in en_US; a card where the country has no id here); ``{iban}`` ->
iban (a card where the country has no IBAN); ``{card}`` -> credit_debit_card. Not scored: ``{postcode}``,
``{town}``, ``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date layout), ``{time}``,
``{idname}``, ``{unit}``, ``{lot}``, ``{pet}``, ``{horse}``, ``{ueln}``, ``{flight}``, ``{seat}``, ``{vin}``,
``{plate}``, ``{n}``.
"""

from __future__ import annotations

import re

GENRES: dict[str, tuple[str, ...]] = {
    "pest report": (
        "Pest control visit {ref} on {date}\nSite: {street}, {town}\nContact on site: {titled} (tel {phone})\n"
        "Findings: droppings in the loft above the Miller Road extension, 4 bait boxes placed (lot {lot}). "
        "Report signed by {name}; copy sent to {email}.",
        "Callout {ref}: wasps nest under eaves at {street}. Spoke to {name_lower} on {phone}, treated with "
        "powder, no access needed to the Parker Hall annexe. Follow-up if still active after 48h.",
    ),
    "escape booking": (
        "Hi {first},\nThanks for booking The Alchemist's Attic for {n} players on {date} at {time}. Lead booker: "
        "{name}, date of birth {dob} (over-18 check). We'll text {phone} the day before. Paid by card {card}. "
        "See you at Cooper Yard!\nThe Lockbox team",
        "Booking {ref} confirmed - Sherlock's Study, {n} players, {date} {time}. Name on booking: {name_upper}. "
        "Contact: {email} / {phone}. Please arrive 15 minutes early.",
    ),
    "food bank voucher": (
        "FOOD BANK REFERRAL VOUCHER {ref}\nClient: {name_upper}   DOB: {dob}\nAddress: {street}, {postcode}\n"
        "{idname}: {id}\nReferred by {name2} (support worker), call {phone2}.\nHousehold: 2 adults, 1 child. "
        "Reason: benefit delay.",
        "Voucher {ref} issued to {name}, born {dob}, of {street}. Client phone {phone}. Agency contact {name2}. "
        "Collect from the Gladstone Centre hatch on Thursday.",
    ),
    "horse transfer": (
        "Transfer of ownership - equine passport {ueln}\nHorse: {horse}\nPrevious owner: {name2}\nNew owner: "
        "{name}, {street}, {town} {postcode}\nTel: {phone}   Email: {email}\nSigned by both parties on {date}.",
    ),
    "storage arrears": (
        "NOTICE OF ARREARS\nDear {titled},\nYour account for unit {unit} at Harbour Gate Storage is {amount} "
        "in arrears. Unless it is paid within 14 days we will collect it from the account on file ({iban}) and "
        "may deny access to the unit. Registered address: {street}. Questions: reply to {email}.",
        "Arrears call {date}: spoke to {name} about unit {unit}, promised payment from {iban} by Friday. "
        "New mobile {phone}. Overlock fitted by Wilson Security.",
    ),
    "lost pet": (
        "LOST CAT - {pet}\nLast seen near {street} on {date}. Ginger tom, microchipped, very friendly. Please "
        "call {first} on {phone} or {phone2}. Reward offered!",
        "MISSING DOG: {pet} (brown spaniel, blue collar) ran off in Holly Park on {date}. If found please ring "
        "{name} - {phone} - or email {email}. Do not chase him.",
    ),
    "marketplace message": (
        "Hi there, I won the auction for the Ercol chair (item {ref}). Could you post it to {name}, {street}, "
        "{town} {postcode}? My mobile is {phone} if the courier needs it. I've paid by bank transfer from "
        "{iban}. Cheers, {first}",
    ),
    "remittance advice": (
        "Remittance advice\nPayer: {name}\nPayee account: {iban}\nAmount: {amount}, ref {ref}\n"
        "Queries to {email} or {phone}.\nThis payment covers the invoice of Fletcher & Rose Interiors.",
    ),
    "airline booking": (
        "PNR {ref} / {flight} {date}\n 1.{pnr}\nAPIS DOCS: DOB {dob} ID {id}\nCTCM {phone}\nCTCE {email}\n"
        "SEAT {seat} SSR WCHR",
        "Booking ref {ref}: passenger {pnr} on {flight}, {date}. Contact {phone}. Card {card} charged for "
        "extra bag. Frequent flyer: Silver.",
    ),
    "keyholder list": (
        "KEYHOLDER LIST - alarm account {ref}\nPremises: {street}\n1st keyholder: {name}, mob {phone}\n"
        "2nd keyholder: {name2}, mob {phone2}\nPassword on file. Police URN requested {date}.",
    ),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {
    "name": "name",
    "name_lower": "name",
    "name_upper": "name",
    "name2": "name",
    "first": "name",
    "pnr": "name",
    "titled": "last_name",
    "phone": "phone_number",
    "phone2": "phone_number",
    "email": "email",
    "street": "street_address",
    "dob": "date_of_birth",
    "id": "national_id",
    "iban": "iban",
    "card": "credit_debit_card",
}


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(g, t) for g, ts in GENRES.items() for t in ts]


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note and its truth: each scored placeholder adds ``(entity, value)``. ``kinds`` overrides the entity
    (``ssn`` for a US id, ``credit_debit_card`` where a card stands for an id or IBAN); ``values['_<key>_truth']``
    overrides the value scored: the surname alone for a titled surname or an initial and surname (an initial
    identifies no one), the two words of an airline's ``SURNAME/FIRST MRS``."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED:
            truth.append((kinds.get(key, SCORED[key]), values.get(f"_{key}_truth", value)))
        return value

    return _PLACEHOLDER.sub(fill, template), truth
