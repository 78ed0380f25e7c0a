"""Free-text notes of held-out set 17: genres new to the sets and how a note is rendered with its truth.

English genres (every note of English-speaking locales, half of the other first 7, a quarter elsewhere):
a call-centre wrap-up code line, a CSV row pasted from an old system, an XML snippet, a vCard, a calendar
invite (iCalendar VEVENT), a support-chatbot log, an identity-check (ID&V) log, a fax cover sheet, a
transcribed handwritten letter and a bank-details change log. The structured ones (wrap-up line, CSV
row, XML, vCard) also carry local values in every locale; a chatbot log and a handwritten letter in the
locale's language come from ``heldout17_local``.

Placeholders and the entity each one is scored as: ``name`` ``name_upper`` ``name_lower`` ``name_inv``
``first`` ``name2`` -> name; ``tname`` (title and surname) and ``last`` -> last_name (the surname);
``phone`` ``phone2`` -> phone_number; ``email``; ``street`` -> street_address; ``dob`` -> date_of_birth;
``natid`` -> national_id (ssn in en_US); ``iban``; ``card`` -> credit_debit_card. ``postcode``, ``city``
and the look-alikes ``ref``, ``date`` (an event date in the birth-date layout), ``staff``, ``site`` are
not scored.
"""

from __future__ import annotations

import random
import re

import heldout17_local as local

ENGLISH = {
    "wrap-up code line": "WRAP {ref} | AGT {staff} | CALLER {name_upper} | DOB {dob} | CB {phone} | RSN ADDR CHG -> "
                         "{street}, {city} {postcode} | OUTCOME RESOLVED, NO FURTHER ACTION",
    "pasted CSV row": 'Pasted from the old system (row {ref}): "{last}","{first}","{dob}","{phone}","{email}",'
                      '"{street}","{postcode}","{city}","ACTIVE"',
    "XML snippet": '<contact ref="{ref}"><fullName>{name}</fullName><birthDate>{dob}</birthDate><phone type="home">'
                   "{phone}</phone><email>{email}</email><address><line1>{street}</line1><postCode>{postcode}"
                   "</postCode><town>{city}</town></address></contact>",
    "vCard": "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nTEL;TYPE=CELL:{phone}\nEMAIL;TYPE=INTERNET:{email}\n"
             "ADR;TYPE=HOME:;;{street};{city};;{postcode};\nBDAY:{dob}\nNOTE:imported {date}\nEND:VCARD",
    "calendar invite": "BEGIN:VEVENT\nSUMMARY:Appointment for {name}\nDTSTART:{date}\nLOCATION:{site}\n"
                       "ATTENDEE;CN={name2}:mailto:{email}\nDESCRIPTION:Ring {phone} on arrival. Client born {dob}.\n"
                       "END:VEVENT",
    "chatbot log": "[bot] Hi, I am the virtual assistant. What is your full name?\n[user] {name_lower}\n[bot] Thanks. "
                   "And your date of birth?\n[user] {dob}\n[bot] Which number can we reach you on?\n[user] {phone} or "
                   "email {email}\n[bot] And your current address?\n[user] {street}, {city} {postcode}\n[bot] Thank "
                   "you, I am passing you to a colleague now.",
    "ID&V log": "ID&V passed for {tname}: confirmed DOB {dob}, ID number {natid} and postcode {postcode}. Added "
        "{name2} "
                "as an authorised third party (tel {phone2}). Agent {staff}.",
    "fax cover sheet": "FAX COVER SHEET\nTo: {tname}, {site}\nFrom: {name2}\nFax: {phone}\nPages: 3 incl. cover\nRe: "
                       "file {ref}. Signed consent for {first} enclosed; please confirm receipt by e-mail to {email}.",
    "handwritten letter": "[transcribed from a handwritten letter]\nDear Sir or Madam,\nmy name is {name} and I "
        "live at "
                          "{street}, {city} {postcode}. I was born on {dob}. If you cannot reach me, my neighbour "
                          "{name2} is on {phone}.\nYours faithfully,\n{name_upper}",
    "bank details change": "Bank details change logged {date}: {name_inv} asked us to stop charging card {card} and to "
                           "pay refunds to IBAN {iban} instead. Confirmed by call back on {phone}.",
}  # fmt: skip
# Where the country has no IBAN, the bank-details log names the new card instead.
_NO_IBAN = ("Bank details change logged {date}: {name_inv} asked us to stop charging card {card} and to refund the "
            "old one instead. Confirmed by call back on {phone}.")  # fmt: skip
STRUCTURED = ("wrap-up code line", "pasted CSV row", "XML snippet", "vCard")
ENTITY = {
    "name": "name", "name_upper": "name", "name_lower": "name", "name_inv": "name", "first": "name", "name2": "name",
    "tname": "last_name", "last": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
    "street": "street_address", "dob": "date_of_birth", "natid": "national_id", "iban": "iban",
    "card": "credit_debit_card",
}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def pick_genre(locale: str, rng: random.Random, first7: bool) -> tuple[str, str]:
    """(form, template) of one note of ``locale``: English genres for English-speaking locales, else a mix
    of English, structured and the language's own chatbot log or letter."""
    language = locale.split("_")[0]
    english_share = 1.0 if language == "en" else 0.5 if first7 else 0.25
    if rng.random() < english_share:
        form = rng.choice(sorted(ENGLISH))
        return form, ENGLISH[form]
    chat, letter = local.chat_template(language), local.letter_template(language)
    own = [(f"chatbot log ({language})", chat)] * 2 if chat else []
    own += [(f"handwritten letter ({language})", letter)] if letter else []
    if own and rng.random() < (0.67 if first7 else 0.6):
        return rng.choice(own)
    form = rng.choice(STRUCTURED)
    return form, ENGLISH[form]


def render(template: str, values: dict[str, str], locale: str) -> tuple[str, list[tuple[str, str]], str]:
    """The note, its truth ``[(entity, value)]`` (each placeholder once) and the template actually used
    (the bank-details log without an IBAN where the country has none)."""
    if "{iban}" in template and not values.get("iban"):
        template = _NO_IBAN
    truth: list[tuple[str, str]] = []
    seen: set[str] = set()
    for field in _FIELD.findall(template):
        if field in ENTITY and field not in seen:
            seen.add(field)
            entity = ENTITY[field]
            if entity == "national_id" and locale == "en_US":
                entity = "ssn"
            value = values[field]
            if field == "tname":  # the title is not scored: the surname (a Vietnamese given name) is
                given = locale.startswith("vi_")
                entity, value = ("name", values["first"]) if given else (entity, values["last"])
            truth.append((entity, value))
    return template.format(**values), truth, template
