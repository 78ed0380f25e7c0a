"""Free-text notes of held-out set 27: ten English genres new to the sets, bilingual notes of Gibraltar,
Mauritius and Lebanon, and the rendering of a note template with its truth (the spans a replacement must remove).

English genres, one or two per export: a hearing-aid study's adverse-event narrative and withdrawal call, a
florist's card message and a paused flower subscription, a scout camp's health-and-consent remark, a solar
installer's site-survey note, a household survey enumerator's comment, a home-care visit handover, a youth team's
pick-up authorisation and a language school's placement-test note (Moodle writes it as HTML). Template text
carries words that look like names, places or streets but are none (``Starkey``, ``Bouquet Amélie``, ``Mill
Road depot``, ``Jacob's Well``, ``St Mary's``, ``Lindqvist Bygg``): words kept measures precision.

Placeholders scored: ``{name}`` (the row's person), ``{name_lower}``, ``{name2}`` (a second person: a relative, a
recipient, a neighbour), ``{first}`` (a child's or a client's given name alone), ``{initials}`` (``K. Weber``) ->
name; ``{titled}`` (title + surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number;
``{email}``; ``{street}`` -> street_address; ``{dob}``/``{cdob}`` -> date_of_birth; ``{id}`` -> national_id (ssn
in en_US and es_PR; a card where the country has no id here); ``{iban}`` -> iban (a card where the country has
none); ``{card}`` -> credit_debit_card. Not scored: ``{town}``, ``{date}``, ``{staff}``, ``{model}``, ``{bouquet}``,
``{amount}``, ``{firm}``.
"""

from __future__ import annotations

import re

ENGLISH = {
    "study adverse event": (
        "AE: pt reported dizziness 2 days after fitting of {model}. Spoke to {name} on {phone}, relative {name2} "
        "drove in with them on {date}. DOB confirmed {dob}. Reviewed by {staff}, not related to device.",
        "Minor AE - ear canal soreness, left side. {titled} prefers calls on {phone2}; lives alone at {street}. "
        "Follow-up booked, {staff} informed.",
    ),
    "study withdrawal call": (
        "Withdrawal: {name} rang {date}, moving to {town} to live with {name2}. Happy for data to be kept. "
        "New number {phone}, e-mail {email}.",
        "Lost to follow-up? 3 calls to {phone} unanswered, letter sent to {street}. {initials} still wears the "
        "{model} per GP surgery.",
    ),
    "florist card message": (
        "Card: 'Happy 80th Grandma, all our love {first} & family'. Deliver to {name2}, {street}, ring {phone2} "
        "first - deaf in one ear. Ordered by {initials}.",
        "Sympathy tribute, {bouquet} in white. Card: 'Thinking of you, {name2}'. Payer {name}, {email}, "
        "card {card}. Deliver before 11 to {street}.",
    ),
    "flower subscription pause": (
        "Weekly office flowers for {titled} paused until {date} (refurb). Charge card {card} again from then. "
        "Reception contact {phone}.",
    ),
    "scout camp health": (
        "Summer camp form: {first} (born {cdob}) allergic to nuts, EpiPen in rucksack. Parent {name} on {phone}, "
        "if no answer {name2} {phone2}. Photo consent: no.",
        "{first} is new to Cubs, born {cdob}. Parent's email {email}, collects on Thursdays from St Mary's hall. "
        "Pays by SO from {iban}.",
    ),
    "solar site survey": (
        "Site survey {date}: south-facing roof, meter cabinet in cellar, scaffold needs neighbour {name2}'s drive. "
        "Call {titled} on {phone} before arriving. Address {street}.",
        "Customer {name} (DOB {dob}) wants battery too. Feed-in payments to {iban}. Quote to {email}; "
        "{staff} to follow up, not before {date}.",
    ),
    "household survey comment": (
        "Respondent {name_lower} asked for a call back on {phone}, head of household {name2} away at market. "
        "Water point near Jacob's Well is dry since {date}.",
        "HH head {name} born {dob} (from ID card {id}). Second wife {name2} answered water section. "
        "Enumerator {staff} - GPS weak.",
    ),
    "home-care handover": (
        "Morning visit {date}: {titled} confused, did not take tablets. Next of kin {name2} informed on {phone2}. "
        "Grandchild {first} stays Tuesdays, has own key.",
        "Key safe at back door of {street} changed - ask office. {name} fell last week, GP aware. "
        "Contact {phone} if no answer at door.",
    ),
    "team pick-up authorisation": (
        "{first} may be collected by {name2} after training (Mill Road depot pitch). Parent's mobile {phone}. "
        "Born {cdob}, registration checked.",
        "Fees paid by card {card} on {date}. {first} needs inhaler at matches. Parent {name}, {email}.",
    ),
    "placement test note": (
        "<p>Placement test {date}: <b>{name}</b> placed in B1.2 (oral weaker). Employer {firm} pays, invoice "
        "to {email}.</p><p>ID checked: {id}.</p>",
        "<p>Moved from A2 to B1 on request of {titled}. Reachable {phone}. Born {dob} - check age for "
        "youth rate.</p>",
    ),
}  # fmt: skip
GENRES_OF = {
    "redcap": ("study adverse event", "study withdrawal call"),
    "square": ("florist card message", "flower subscription pause"),
    "thunderbird": ("scout camp health",),
    "pipedrive": ("solar site survey",),
    "kobo": ("household survey comment",),
    "homecare": ("home-care handover",),
    "teamsnap": ("team pick-up authorisation",),
    "moodle": ("placement test note",),
}
# Gibraltar's Llanito, Mauritius' English with Creole, Lebanon's French with English: two languages in one note.
BILINGUAL = {
    "en_GI": ("Called {name} on {phone}, she says que no puede venir el martes, will come Thursday instead. "
              "Lives at {street}, su hijo {name2} tiene la llave.",),
    "en_MU": ("Spoke to {name} ({phone}), li pa pou vini samedi - rescheduled. Address {street}, "
              "neighbour {name2} ena lakle.",),
    "fr_LB": ("Rappeler {titled} au {phone}, she prefers English. Adresse : {street}. Sa fille {name2} "
              "speaks French only.",),
}  # fmt: skip
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
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US and es_PR, a card where a country has no id or
    IBAN); a ``titled`` value's truth is its surname (``values['_surname']``)."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        value = values[key]
        if key in SCORED:
            entity = kinds.get(key, SCORED[key])
            truth.append((entity, values["_surname"] if key == "titled" else value))
        return value

    return _FIELD.sub(fill, template), truth
