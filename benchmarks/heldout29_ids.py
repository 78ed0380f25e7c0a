"""Held-out set 29: national ids and IBANs of the new eight, phones, and number look-alikes.

Set 28's ids (``heldout28_ids``: stdnum-valid national ids from the row's birth date, IBANs, Luhn cards,
``phonenumbers``-valid phones in mixed layouts) for its locales. The new eight:

- hu_RO: the Romanian CNP (sex and century, ``YYMMDD``, the county code of Harghita, Covasna, Mureș, Cluj, Bihor or
  Satu Mare, a serial, the check digit by ``stdnum.ro.cnp``); RO IBANs;
- ar_KW: the 12-digit civil id (century digit, ``YYMMDD``, a serial, a check digit: the first eleven digits weighted
  2 1 6 3 7 9 10 5 8 4 2, the check 11 minus the sum mod 11; a serial whose check would be 10 or 11 is drawn again);
  KW IBANs;
- en_BW: the 9-digit Omang (the 5th digit 1 for a man, 2 for a woman), no check digit; no IBAN;
- fr_MG: the 12-digit CIN (province digit first, the 6th digit 1 for a man, 2 for a woman), no check digit; no IBAN;
- rm_CH: the AHV number ``756.1234.5678.97`` (EAN-13 check, ``stdnum.ch.ssn``); CH IBANs;
- pt_TL, en_BZ, so_SO: no national id with a check digit written here; TL and SO IBANs (``stdnum``'s registry) in a
  few notes, none in Belize.

Look-alikes (not personal data) new to the sets: SAP customer numbers with leading zeros (``0000104523``), SAP user
ids made of a clerk's initial and surname (``KWEBER``: a category of three or four), Salesforce record ids
(``0035g00000XyZ12AAB``), prescription numbers with a phone's digit count, dispensing batch numbers, hotel loyalty
numbers with a phone's digit count, courier consignment numbers, ferry booking references, cabins and sailings.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from stdnum import ean
from stdnum import iban as stdnum_iban
from stdnum.ch import ssn as ch_ssn
from stdnum.ro import cnp as ro_cnp

import heldout28_ids as set28

phone_number = set28.phone_number
write_phone = set28.write_phone
phone_mix = set28.phone_mix
digits_like_phone = set28.digits_like_phone
with_extension = set28.with_extension
card = set28.card
plate = set28.plate
PHONE_LAYOUTS = set28.PHONE_LAYOUTS

_RO_COUNTIES = ("19", "14", "26", "12", "05", "30")
_KW_WEIGHTS = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
NEW_IDS = ("hu_RO", "ar_KW", "en_BW", "fr_MG", "rm_CH")
_NO_IBAN = ("BW", "MG", "BZ")


def ro_cnp_id(dob: dt.date, female: bool, rng: random.Random) -> str:
    """A CNP: 1/2 (man/woman born in the 1900s) or 5/6 (2000s), ``YYMMDD``, county, serial, check digit."""
    sex = (2 if female else 1) + (4 if dob.year >= 2000 else 0)
    body = f"{sex}{dob:%y%m%d}{rng.choice(_RO_COUNTIES)}{rng.randint(1, 999):03d}"
    return body + ro_cnp.calc_check_digit(body)


def kw_check(body: str) -> int:
    """The check digit of a Kuwaiti civil id's first eleven digits (11 minus the weighted sum mod 11)."""
    return 11 - sum(int(c) * w for c, w in zip(body, _KW_WEIGHTS, strict=True)) % 11


def kw_civil_id(dob: dt.date, rng: random.Random) -> str:
    """A Kuwaiti civil id: 2 (born in the 1900s) or 3 (2000s), ``YYMMDD``, a serial and the check digit."""
    while True:
        body = f"{2 if dob.year < 2000 else 3}{dob:%y%m%d}{rng.randint(0, 9999):04d}"
        check = kw_check(body)
        if check < 10:
            return body + str(check)


def kw_civil_id_valid(value: str) -> bool:
    """The check digit of a civil id (the rule ``kw_civil_id`` writes by)."""
    return len(value) == 12 and value.isdigit() and kw_check(value[:11]) == int(value[11])


def bw_omang(female: bool, rng: random.Random) -> str:
    """A Botswana Omang number: 9 digits, the 5th 1 (man) or 2 (woman); no check digit."""
    return f"{rng.randint(1000, 9999)}{2 if female else 1}{rng.randint(0, 9999):04d}"


def mg_cin(female: bool, rng: random.Random) -> str:
    """A Malagasy CIN: 12 digits, province digit first, the 6th 1 (man) or 2 (woman); no check digit."""
    head = f"{rng.randint(1, 6)}{rng.randint(0, 1)}{rng.randint(0, 999):03d}"
    return f"{head}{2 if female else 1}{rng.randint(0, 999999):06d}"


def ch_ahv(rng: random.Random) -> str:
    """A Swiss AHV number ``756.xxxx.xxxx.xx`` with its EAN-13 check digit."""
    body = "756" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    number = body + ean.calc_check_digit(body)
    return ch_ssn.format(number)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, last: str = "", first: str = ""):
    """A national id of ``locale`` (valid by its checker where it has one), or None where the set writes none."""
    if locale == "hu_RO":
        return ro_cnp_id(dob, female, rng)
    if locale == "ar_KW":
        return kw_civil_id(dob, rng)
    if locale == "en_BW":
        return bw_omang(female, rng)
    if locale == "fr_MG":
        return mg_cin(female, rng)
    if locale == "rm_CH":
        return ch_ahv(rng)
    if locale in ("pt_TL", "en_BZ", "so_SO"):
        return None
    return set28.national_id(locale, rng, dob, female, last, first)


def iban(country: str, rng: random.Random, grouped: bool = False):
    """An IBAN of ``country`` (set 28's generator; none in Botswana, Madagascar and Belize)."""
    if country in _NO_IBAN:
        return None
    value = set28.iban(country, rng, grouped)
    assert value is None or stdnum_iban.is_valid(value)
    return value


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id (set 28's: ``ssn`` in the US and Puerto Rico)."""
    return set28.id_entity(locale) if locale not in NEW_IDS else "national_id"


def sap_customer(rng: random.Random) -> str:
    """An SAP customer number (``KUNNR``) as exported: ten digits with leading zeros."""
    return f"{rng.randint(100000, 499999):010d}"


def sap_user(first: str, last: str) -> str:
    """An SAP user id as clerks get them: the first initial and the surname in capitals, 12 characters at most."""
    core = "".join(c for c in unicodedata.normalize("NFKD", first[:1] + last) if c.isascii() and c.isalpha())
    return core.upper()[:12]


def salesforce_id(rng: random.Random, prefix: str = "003") -> str:
    """An 18-character Salesforce record id (``003`` contacts, ``006`` opportunities)."""
    chars = string.ascii_letters + string.digits
    return prefix + "5g00000" + "".join(rng.choice(chars) for _ in range(8))


def rx_number(rng: random.Random, width: int) -> str:
    """A pharmacy's prescription number, a running number with a phone's digit count."""
    return digits_like_phone(rng, width)


def batch(rng: random.Random) -> str:
    """A medicine's batch number (``AB1234``, ``K7G21``)."""
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(1, 2)))
    return f"{letters}{rng.randint(1000, 99999)}"


def consignment(rng: random.Random, prefix: str) -> str:
    """A courier's consignment number: the carrier's letters and 9-12 digits (some with a phone's digit count)."""
    return f"{prefix}{rng.randint(10**8, 10**12 - 1)}"


def booking_ref(rng: random.Random) -> str:
    """A ferry booking reference: six letters and digits."""
    return "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))


def cabin(rng: random.Random) -> str:
    """A cabin (``8112``, ``D4-217``) or a reclining seat (``RS 45``)."""
    return rng.choice((f"{rng.randint(4, 10)}{rng.randint(100, 399)}", f"RS {rng.randint(1, 120)}",
                       f"D{rng.randint(4, 9)}-{rng.randint(100, 299)}"))  # fmt: skip


def passport(rng: random.Random) -> str:
    """A passport number as machine-readable zones print them (nine letters and digits)."""
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_uppercase + string.digits)
                                                         for _ in range(8))  # fmt: skip
