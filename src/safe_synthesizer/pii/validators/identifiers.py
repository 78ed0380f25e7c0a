"""Identifier checks: e-mail, URL, IP, payment card, IBAN, SSN, ISBN and cued ID codes.

Checksummed identifiers are validated with python-stdnum (Luhn, IBAN mod-97, SSN rules); the rest
are small anchored patterns. Every check takes a stripped string and returns a bool.

Example::

    is_iban("GB82 WEST 1234 5698 7654 32")  # True
"""

from __future__ import annotations

import ipaddress
import re

from stdnum import iban as stdnum_iban
from stdnum import isbn as stdnum_isbn
from stdnum import luhn
from stdnum.iso7064 import mod_97_10
from stdnum.us import ssn as stdnum_ssn

# The local part may carry accented letters (RFC 6531: ``hélène.brun@free.fr``); domains stay ASCII.
_EMAIL = re.compile(r"^[\w.%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}$")
_URL = re.compile(r"^(?:(?:https?|ftp)://|www\.)[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_SSN_DASHED = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
# Groups apart by a space (two in fixed-width exports), a dash or a dot (``4111.1111.1111.1111``).
_CARD = re.compile(r"^\d{4}((?: {1,2}|[\-.])?\d{2,7}){1,5}$")
_ID_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{1,4}(?:[ \-./]?[A-Za-z0-9]{1,8}){1,5}$")


def is_email(value: str) -> bool:
    """``jane.doe@example.org``; not ``jane@localhost`` or ``@handle``."""
    return len(value) <= 254 and bool(_EMAIL.match(value))


def is_url(value: str) -> bool:
    """``https://example.org/x`` or ``www.example.org``; bare words do not count."""
    return bool(_URL.match(value))


def is_ip_address(value: str) -> bool:
    """An IPv4 or IPv6 address (``ipaddress`` parses it)."""
    if not value or len(value) > 45 or not (":" in value or value.count(".") == 3):
        return False
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def is_credit_card(value: str) -> bool:
    """12-19 digits (spaces/dashes allowed), a known network prefix and a valid Luhn check digit."""
    if not _CARD.match(value):
        return False
    digits = re.sub(r"[ \-.]", "", value)
    if not 12 <= len(digits) <= 19 or not _known_card_prefix(digits):
        return False
    if len(digits) == 12 and not digits.startswith(("50", "56", "57", "58", "6", "0604")):
        return False  # only Maestro issues 12-digit cards
    if len(digits) == 15 and not digits.startswith(_FIFTEEN_DIGIT_CARDS):
        # Only Amex (and the old JCB ranges) issue 15-digit cards; other 15-digit Luhn numbers are a phone's
        # IMEI (``35`` + TAC + serial + Luhn digit), not a Visa/Mastercard/JCB 16-digit card.
        return False
    return luhn.is_valid(digits)


# The issuers of 15-digit cards: Amex 34/37, the old JCB 2131/1800.
_FIFTEEN_DIGIT_CARDS = ("34", "37", "2131", "1800")


def _known_card_prefix(digits: str) -> bool:
    two, four = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"  # Visa
        or 51 <= two <= 55
        or 2221 <= four <= 2720  # Mastercard
        or 2200 <= four <= 2204  # Mir (Russia)
        or two == 81  # UnionPay's 81 range
        or two in (34, 37)  # Amex
        or digits.startswith(("6011", "65", "644", "645", "646", "647", "648", "649"))  # Discover
        or two == 35
        or digits.startswith(("2131", "1800"))  # JCB
        or two in (30, 36, 38, 39)  # Diners
        or digits.startswith(("50", "56", "57", "58", "6", "0604"))  # Maestro and others
    )


def is_iban(value: str) -> bool:
    """An IBAN with a valid mod-97 checksum and country structure (python-stdnum)."""
    if len(value) < 15 or len(value) > 42 or not value[:2].isalpha():
        return False
    return stdnum_iban.is_valid(value)


def is_iban_shaped(value: str) -> bool:
    """Country letters, two check digits and 10-30 letters/digits (``GB55ZCOS4160603950876``).

    For columns or text that *say* IBAN: exported test data and typos break the checksum.
    """
    compact = value.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact)) and any(ch.isdigit() for ch in compact[4:])


def is_iban_checksum(value: str) -> bool:
    """IBAN-shaped with a valid mod-97 check, whatever the country's registered length.

    Generators and test exports write IBANs whose BBAN has the wrong length for the country
    (Faker ``en_IN``: ``GB66WOJW4708004987846``); the check digits still hold, and a random code
    passes mod 97 one time in 97, so a column where most values pass is an IBAN column.
    """
    compact = value.replace(" ", "").upper()
    if not is_iban_shaped(compact):
        return False
    return mod_97_10.is_valid(compact[4:] + compact[:4])


def is_ssn(value: str, *, allow_undashed: bool = False) -> bool:
    """A US SSN passing the SSA rules (no 000/666/9xx area, 00 group, 0000 serial).

    Without a column-name cue only the dashed ``123-45-6789`` form counts, since any 9-digit
    number would otherwise qualify.
    """
    if _SSN_DASHED.match(value):
        return stdnum_ssn.is_valid(value.replace(" ", "-"))
    if allow_undashed and len(value) == 9 and value.isdigit():
        return stdnum_ssn.is_valid(value)
    return False


def is_isbn(value: str) -> bool:
    """An ISBN-13 (``978-1-84356-028-9``) with a valid check digit: a book, not a phone number."""
    digits = re.sub(r"[ \-]", "", value)
    return len(digits) == 13 and digits.startswith(("978", "979")) and stdnum_isbn.is_valid(digits)


def is_id_code(value: str) -> bool:
    """An identifier made of letters and digits (national or tax IDs; needs a column-name cue)."""
    return bool(_ID_CODE.match(value)) and sum(ch.isdigit() for ch in value) >= 4
