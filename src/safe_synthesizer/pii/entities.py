"""The entity catalogue: which kinds of personal data the PII stage knows about.

Entity names are the config's vocabulary (``replace_pii.entities``). Each entity belongs to a
*namespace*: values in the same namespace share one real->fake mapping, so the same person's first
name is replaced by the same fake in ``nameFirst``, ``nameGiven`` and inside free text.
"""

from __future__ import annotations

FIRST_NAME = "first_name"
LAST_NAME = "last_name"
NAME = "name"
STREET_ADDRESS = "street_address"
CITY = "city"
STATE = "state"
POSTCODE = "postcode"
ADDRESS = "address"
PHONE_NUMBER = "phone_number"
FAX_NUMBER = "fax_number"
EMAIL = "email"
SSN = "ssn"
NATIONAL_ID = "national_id"
TAX_ID = "tax_id"
CREDIT_DEBIT_CARD = "credit_debit_card"
IBAN = "iban"
IP_ADDRESS = "ip_address"
URL = "url"
DATE_OF_BIRTH = "date_of_birth"

#: Marker entity of a free-text column whose cells were scanned span by span.
FREE_TEXT = "free_text"
#: Entity of a column forced by ``column_overrides`` that matched no known entity.
CUSTOM = "custom"

ALL_ENTITIES: tuple[str, ...] = (
    FIRST_NAME,
    LAST_NAME,
    NAME,
    STREET_ADDRESS,
    CITY,
    STATE,
    POSTCODE,
    ADDRESS,
    PHONE_NUMBER,
    FAX_NUMBER,
    EMAIL,
    SSN,
    NATIONAL_ID,
    TAX_ID,
    CREDIT_DEBIT_CARD,
    IBAN,
    IP_ADDRESS,
    URL,
    DATE_OF_BIRTH,
)

#: Entities whose digits carry the value: they may sit in integer columns.
DIGIT_ENTITIES = frozenset({PHONE_NUMBER, FAX_NUMBER, SSN, NATIONAL_ID, TAX_ID, CREDIT_DEBIT_CARD, POSTCODE})

#: Entities that identify one record: their fakes must stay distinct (joins survive).
UNIQUE_FAKE_ENTITIES = frozenset(
    {EMAIL, PHONE_NUMBER, FAX_NUMBER, SSN, NATIONAL_ID, TAX_ID, CREDIT_DEBIT_CARD, IBAN, IP_ADDRESS, URL}
)

#: Presidio entity type -> our entity (free-text spans).
PRESIDIO_TO_ENTITY: dict[str, str] = {
    "PERSON": NAME,
    "LOCATION": CITY,
    "EMAIL_ADDRESS": EMAIL,
    "PHONE_NUMBER": PHONE_NUMBER,
    "US_SSN": SSN,
    "CREDIT_CARD": CREDIT_DEBIT_CARD,
    "IBAN_CODE": IBAN,
    "IP_ADDRESS": IP_ADDRESS,
    "URL": URL,
}


def namespace(entity: str) -> str:
    """The mapping namespace of an entity (phone and fax numbers share one)."""
    return PHONE_NUMBER if entity == FAX_NUMBER else entity
