"""Free-text notes of held-out set 28: ten English genres new to the sets and the rendering of a note template with
its truth (the spans a replacement must remove).

English genres, one or two per export: a library's housebound-reader delivery note and a proxy-borrower
authorisation (Koha), a web shop's delivery instructions with a bullet list (WooCommerce), an HR onboarding
checklist and a return-to-work note (Personio), a guesthouse's front-desk note (the guest register), a wedding
guest's RSVP message (Zola), a theatre's access requirements (Spektrix), a car dealer's courtesy-car handover (the
DMS) and a physiotherapy intake answer over several lines (Calendly). Cells carry line breaks and ``- `` or ``•``
bullets as people type them. Template text carries words that look like names, places or streets but are none
(``Dr Martens``, ``Chelsea boots``, ``Victoria sponge``, ``Bay 4``, ``King's Lynn Road branch``): words kept
measures precision.

Placeholders scored: ``{name}`` (the row's person), ``{name_lower}``, ``{name2}`` (a second person: a relative, a
neighbour, a partner), ``{first}`` (a child's or a client's given name alone), ``{initials}`` (``K. Weber``) ->
name; ``{titled}`` (title + surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number;
``{email}``; ``{street}`` -> street_address; ``{dob}``/``{cdob}`` -> date_of_birth; ``{id}`` -> national_id (ssn
in en_US and es_PR; a card where the country has no id here); ``{iban}`` -> iban (a card where the country has
none); ``{card}`` -> credit_debit_card. Not scored: ``{town}``, ``{date}``, ``{staff}``, ``{plate}``, ``{room}``,
``{seat}``, ``{amount}``, ``{car}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "housebound delivery": (
        "Housebound service: {name} ({dob}), {street}. Deliver every 2nd Tuesday, large print only. "
        "Ring {phone} first, door is slow. Next of kin {name2} has a key.",
        "HB reader - {titled} moved to {street}, {town}.\nNo crime, no Catherine Cookson.\nCall {phone} before "
        "the van leaves King's Lynn Road branch.",
    ),
    "proxy borrower": (
        "Proxy: {name2} may collect reserves for {name} (card on file). ID seen {date}. Contact {phone2}.",
        "Grandchild {first} (born {cdob}) may borrow on {initials}'s card, agreed by phone {phone}.",
    ),
    "delivery instructions": (
        "Please leave parcel with neighbour:\n- {name2}, {street}\n- or in the green bin\nDo NOT ring, baby "
        "sleeping. Questions: {phone}",
        "Gift for {first}! No invoice in the box please.\n• wrap in paper\n• card: 'Happy birthday, love "
        "{name_lower}'\nDeliver to {street} after 5pm, tel {phone}",
    ),
    "onboarding checklist": (
        "Onboarding {name}:\n- contract signed {date}\n- tax id {id} checked\n- bank {iban}\n- laptop + Dr Martens "
        "safety boots size 42\n- buddy: {staff}",
        "• ID copy received ({dob})\n• private e-mail {email}\n• emergency: {name2} {phone2}\n• parking Bay 4",
    ),
    "return to work": (
        "RTW meeting {date} with {titled}: back 50% for two weeks, no lifting. GP letter on file. Reachable on "
        "{phone}. Partner {name2} called in sick days.",
    ),
    "front desk": (
        "Late arrival ~23:30, key in box 3. Guest {name} ({dob}) paid with card {card}. Car {plate} in yard.",
        "{titled} asked for quiet room, not over the Victoria sponge kitchen. Partner {name2} arrives {date}, "
        "mobile {phone2}.",
    ),
    "rsvp message": (
        "So happy for you both!! {name} + {name2} coming, {first} (age 6) too - can she sit with us? "
        "Veggie x2. Call {phone} if needed xx",
        "Sorry we can't make it, {name_lower} has surgery that week. Sending love from {street}!",
    ),
    "access requirements": (
        "Wheelchair user, needs space + companion seat. Companion {name2}. Assistance dog (Chelsea). "
        "Text {phone} on arrival.",
        "Hearing loop please. {titled} (b. {dob}) prefers aisle. Carer ticket for {first}.",
    ),
    "courtesy car": (
        "Courtesy car handed to {name} ({phone}), licence checked, DOB {dob}. Own car {plate} in Bay 4.\n"
        "Return by {date}, full tank.",
        "Customer {initials} wants collection from {street}.\nPartner {name2} drops keys, mobile {phone2}.",
    ),
    "physio intake": (
        "Lower back pain since {date}.\nDesk job, worse when sitting.\nReferred by Dr Patel (GP).\n"
        "Please email {email}, not my work address.",
        "Knee after skiing - ACL op last year.\nMy partner {name2} will drive me ({phone2}).\nAddress: {street}, "
        "{town}",
    ),
}  # fmt: skip
GENRES_OF = {
    "koha": ("housebound delivery", "proxy borrower"),
    "woocommerce": ("delivery instructions",),
    "personio": ("onboarding checklist", "return to work"),
    "guestreg": ("front desk",),
    "zola": ("rsvp message",),
    "spektrix": ("access requirements",),
    "dms": ("courtesy car",),
    "calendly": ("physio intake",),
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
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US and es_PR, a card where a country has no id or
    IBAN); a ``titled`` value's truth is its surname (``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def put(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _FIELD.sub(put, template), truth
