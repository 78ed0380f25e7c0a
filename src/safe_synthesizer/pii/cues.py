"""Column-name cues: does a column's name say which entity it holds?

A name is split into lower-case tokens (``nameFirst`` -> {name, first}, ``e-mail_addr`` ->
{e, mail, addr}). An entity's cue matches when one of its token patterns is contained in the name
and every other token is a harmless qualifier (``customer``, ``birth``, ``home``...). So
``birthCity`` cues ``city``, while ``Division Name`` or ``Class Name`` cue nothing: ``division``
is not a qualifier of a person.
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")

QUALIFIERS = frozenset(
    {
        "customer", "client", "user", "player", "patient", "person", "people", "contact", "employee",
        "owner", "holder", "account", "member", "student", "applicant", "guest", "buyer", "seller",
        "primary", "secondary", "alt", "alternate", "other", "home", "work", "office", "personal",
        "business", "billing", "shipping", "mailing", "postal", "residence", "residential", "birth",
        "death", "current", "legal", "preferred", "full", "of", "the", "no", "num", "number", "nr",
        "1", "2", "3", "txt", "str", "value", "raw", "middle", "emergency", "parent",
        "mother", "father", "spouse", "manager", "doctor", "physician", "sender", "recipient",
        "line", "addr", "address", "cardholder", "main", "mobile", "cell", "day", "evening", "nick",
    }
)  # fmt: skip

# Entity -> token patterns; one pattern must be a subset of the name's tokens.
CUES: dict[str, tuple[frozenset[str], ...]] = {
    E.FIRST_NAME: ("first name", "firstname", "fname", "forename", "given name", "givenname",
                   "given", "first", "christian name", "middle name"),
    E.LAST_NAME: ("last name", "lastname", "lname", "surname", "family name", "familyname",
                  "maiden name", "sur name", "last"),
    E.NAME: ("name", "fullname", "full name", "person", "contact", "nickname", "nick name"),
    E.EMAIL: ("email", "e mail", "mail", "emailaddress"),
    E.PHONE_NUMBER: ("phone", "telephone", "tel", "mobile", "cell", "cellphone", "phonenumber", "msisdn"),
    E.FAX_NUMBER: ("fax",),
    E.SSN: ("ssn", "social security", "socialsecurity"),
    E.NATIONAL_ID: ("national id", "nationalid", "passport", "nin", "nid", "id card", "driver license",
                    "drivers license", "licence", "license number"),
    E.TAX_ID: ("tax id", "taxid", "tin", "ein", "vat", "itin", "tax number"),
    E.CREDIT_DEBIT_CARD: ("card", "credit card", "creditcard", "cc", "ccn", "pan", "card number",
                          "debit card"),
    E.IBAN: ("iban", "bank account", "account number"),
    E.IP_ADDRESS: ("ip", "ipaddress", "ipv4", "ipv6", "ip address"),
    E.URL: ("url", "website", "homepage", "web", "link", "uri"),
    E.DATE_OF_BIRTH: ("dob", "birthday", "birthdate", "birth date", "date of birth", "born", "birth",
                      "bday"),
    E.POSTCODE: ("zip", "zipcode", "postcode", "postal code", "post code", "postalcode", "zip code", "plz"),
    E.STREET_ADDRESS: ("street", "street address", "streetaddress", "address", "addr", "address line"),
    E.ADDRESS: ("address", "full address", "mailing address", "addr"),
    E.CITY: ("city", "town", "municipality", "locality", "hometown", "birthplace", "birth place"),
    E.STATE: ("state", "province", "region", "county"),
}  # type: ignore[assignment]  # fmt: skip
CUES = {entity: tuple(frozenset(p.split()) for p in patterns) for entity, patterns in CUES.items()}  # type: ignore[union-attr]


def tokens(column_name: str) -> frozenset[str]:
    """Lower-case word tokens of a column name (camelCase, snake_case, spaces, dashes)."""
    spaced = _CAMEL.sub(" ", str(column_name))
    return frozenset(t for t in _SPLIT.split(spaced.lower()) if t)


def cued_entities(column_name: str) -> set[str]:
    """Entities whose name cue matches ``column_name``."""
    name_tokens = tokens(column_name)
    found: set[str] = set()
    for entity, patterns in CUES.items():
        for pattern in patterns:
            if pattern <= name_tokens and (name_tokens - pattern) <= QUALIFIERS:
                found.add(entity)
                break
    return found
