"""Held-out set 28: national ids and IBANs of the new eight, phones, and number look-alikes.

Set 27's ids (``heldout27_ids``: stdnum-valid national ids from the row's birth date, IBANs, Luhn cards,
``phonenumbers``-valid phones in mixed layouts) for its locales. The new eight:

- fr_RE: the French NIR of a person born in Réunion (department ``97`` + commune ``4xx``), key by ``stdnum.fr.nir``;
  FR IBANs (Réunion banks use France's);
- es_NI: the cédula ``001-150385-0012A`` (municipality, ``DDMMYY``, serial, a check letter: the 13 digits mod 23
  into ``ABCDEFGHJKLMNPQRSTUVWXY``, the rule Nicaraguan validators use; stdnum has no module); NI IBANs (stdnum's
  registry) in a few notes;
- be_BY: the identification number ``3150385A001PB7`` (sex and century, ``DDMMYY``, region letter, serial,
  ``PB``, a check digit: weights 7-3-1 over the characters with letters A=10..Z=35, mod 10; stdnum has no module,
  own rule); BY IBANs;
- en_TT: the 11-digit national id ``YYYYMMDD`` + 3 digits, no check digit; no IBAN;
- ms_BN: the IC ``01-123456`` (01 citizen, 31 permanent resident), no check digit; no IBAN;
- fr_TN: the 8-digit CIN, no check digit; TN IBANs;
- en_FJ: no national id with a check digit written here; no IBAN;
- nl_CW: the sédula number ``YYYYMMDD`` + 2 digits, no check digit; no IBAN.

Look-alikes (not personal data): licence plates in the country's layout, VINs with their check digit, a library
card's 14-digit barcode, order and reservation numbers with a phone's digit count, product lot numbers likewise,
seat, locker and room numbers, coupon codes.
"""

from __future__ import annotations

import datetime as dt
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberType as _Type
from stdnum import iban as stdnum_iban
from stdnum.fr import nir

import heldout27_ids as set27

card = set27.card
write_phone = set27.write_phone
phone_mix = set27.phone_mix
digits_like_phone = set27.digits_like_phone
with_extension = set27.with_extension
postcode_like = set27.postcode_like
PHONE_LAYOUTS = set27.PHONE_LAYOUTS
NEW_IDS = ("fr_RE", "es_NI", "be_BY", "en_TT", "ms_BN", "fr_TN", "nl_CW")
_NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"
_BY_REGIONS = "ABCKEMH"


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber | None:
    """A valid number of ``region`` (a mobile or a landline): the example number's first one to three digits kept
    and the rest drawn until ``phonenumbers`` accepts the number for the region and type (checked against the
    region alone: a NANP number is not looked up across the 25 NANP regions)."""
    kinds = (_Type.MOBILE, _Type.FIXED_LINE_OR_MOBILE) if mobile else (_Type.FIXED_LINE, _Type.FIXED_LINE_OR_MOBILE)
    example = phonenumbers.example_number_for_type(region, kinds[0]) or phonenumbers.example_number(region)
    if example is None:
        return None
    digits = str(example.national_number)
    for attempt in range(400):
        keep = min(len(digits) - 1, 1 + attempt // 100 + rng.randrange(3))
        cand = digits[:keep] + "".join(rng.choice("0123456789") for _ in range(len(digits) - keep))
        n = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(cand),
                                     italian_leading_zero=example.italian_leading_zero)  # fmt: skip
        if phonenumbers.is_valid_number_for_region(n, region) and phonenumbers.number_type(n) in kinds:
            return n
    return example


def _nir_re(dob: dt.date, female: bool, rng: random.Random) -> str:
    commune, order = rng.randrange(401, 425), rng.randrange(1, 999)
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}97{commune:03d}{order:03d}"
    key = 97 - int(body) % 97
    value = f"{body}{key:02d}"
    assert nir.is_valid(value), value
    return rng.choice((value, nir.format(value)))


def ni_cedula(dob: dt.date, rng: random.Random) -> str:
    """A Nicaraguan cédula: municipality code, ``DDMMYY``, a four-digit serial and the check letter."""
    digits = f"{rng.choice((1, 1, 1, 281, 401, 441, 241, 161)):03d}{dob:%d%m%y}{rng.randrange(1, 9999):04d}"
    return f"{digits[:3]}-{digits[3:9]}-{digits[9:]}{_NI_LETTERS[int(digits) % 23]}"


def ni_cedula_valid(value: str) -> bool:
    """The check letter of a cédula (the rule ``ni_cedula`` writes by)."""
    digits = value.replace("-", "")[:-1]
    return len(digits) == 13 and digits.isdigit() and _NI_LETTERS[int(digits) % 23] == value[-1]


def _by_value(c: str) -> int:
    return int(c) if c.isdigit() else string.ascii_uppercase.index(c) + 10


def by_check(body: str) -> int:
    """The check digit of a Belarusian identification number's first 13 characters (weights 7-3-1)."""
    return sum(_by_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(body)) % 10


def by_id(dob: dt.date, female: bool, rng: random.Random) -> str:
    """A Belarusian identification number: ``3``/``4`` (man/woman born in the 1900s, ``5``/``6`` 2000s),
    ``DDMMYY``, the region letter, a serial, ``PB`` and the check digit."""
    sex = (4 if female else 3) + (2 if dob.year >= 2000 else 0)
    body = f"{sex}{dob:%d%m%y}{rng.choice(_BY_REGIONS)}{rng.randrange(1, 999):03d}PB"
    return body + str(by_check(body))


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, last: str = "", first: str = ""):
    """A national id of ``locale`` (valid by its checker where it has one), or None where the set writes none."""
    if locale not in NEW_IDS and locale != "en_FJ":
        return set27.national_id(locale, rng, dob, female, last, first)
    if locale == "fr_RE":
        return _nir_re(dob, female, rng)
    if locale == "es_NI":
        return ni_cedula(dob, rng)
    if locale == "be_BY":
        return by_id(dob, female, rng)
    if locale == "en_TT":
        return f"{dob:%Y%m%d}{rng.randrange(0, 999):03d}"
    if locale == "ms_BN":
        return f"{rng.choice(('01', '01', '01', '31'))}-{rng.randrange(0, 999999):06d}"
    if locale == "fr_TN":
        return f"{rng.choice('01'):s}{rng.randrange(0, 9999999):07d}"
    if locale == "nl_CW":
        return f"{dob:%Y%m%d}{rng.randrange(10, 99)}"
    return None


def _with_check(country: str, bban: str) -> str:
    value = f"{country}00{bban}"
    digits = "".join(str(_by_value(c)) for c in value[4:] + value[:4])
    check = 98 - int(digits) % 97
    value = f"{country}{check:02d}{bban}"
    assert stdnum_iban.is_valid(value), value
    return value


def iban(country: str, rng: random.Random, grouped: bool = False):
    """An IBAN of ``country`` (set 27's; Réunion's French, Belarus', Tunisia's and Nicaragua's written here), or
    None where the country has none in use (Trinidad, Brunei, Fiji, Curaçao)."""
    if country in ("TT", "BN", "FJ", "CW"):
        return None
    if country == "RE":
        country = "FR"
    if country == "BY":
        bank = rng.choice(("AKBB", "BPSB", "ALFA", "BLBB"))
        bban = bank + "3012" + "".join(rng.choice("0123456789") for _ in range(16))
    elif country == "TN":
        bban = (
            rng.choice(("10", "08", "07", "25"))
            + f"{rng.randrange(0, 999):03d}"
            + "".join(rng.choice("0123456789") for _ in range(15))
        )
    elif country == "NI":
        bban = rng.choice(("BAPR", "BCEN", "LAFI", "BAMC")) + "".join(rng.choice("0123456789") for _ in range(20))
    else:
        return set27.iban(country, rng, grouped)
    value = _with_check(country, bban)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id: ``ssn`` in the US and Puerto Rico."""
    return "national_id" if locale in NEW_IDS else set27.id_entity(locale)


# Licence plates by country, as the registration office issues them (L: a letter, 9: a digit).
_PLATES = {"DE": ("{c}-LL 999", "{c}-L 9999"), "AT": ("{c}-999LL",), "CH": ("{c} 999999",), "FR": ("LL-999-LL",),
           "RE": ("LL-999-LL",), "ES": ("9999 LLL",), "IT": ("LL 999LL",), "NL": ("99-LLL-9", "L-999-LL"),
           "BE": ("1-LLL-999",), "GB": ("LL99 LLL",), "IE": ("99-D-99999",), "US": ("9LLL999",),
           "PL": ("WL 99999",), "PT": ("LL-99-LL",), "SE": ("LLL 99L",), "BY": ("9999 LL-7",),
           "TN": ("999 تونس 9999", "999 TU 9999"), "TT": ("PLL 9999", "TLL 9999"), "BN": ("BL 9999",),
           "FJ": ("LL 999",), "CW": ("9999-L",), "NI": ("M 999-999", "GR 99999")}  # fmt: skip
_CITY_CODE = {"DE": ("B", "M", "HH", "K", "F", "S", "DO", "HB"), "AT": ("W", "G", "L", "S"), "CH": ("ZH", "BE", "VD")}


def plate(country: str, rng: random.Random) -> str:
    """A car's licence plate in ``country``'s layout (a generic ``LLL 999`` where this module has none)."""
    layout = rng.choice(_PLATES.get(country, ("LLL 999",)))
    layout = layout.replace("{c}", rng.choice(_CITY_CODE.get(country, ("A",))))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) if c == "L" else str(rng.randrange(10)) if c == "9" else c for c in layout)


_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                      strict=True))  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A vehicle identification number (17 characters, the ISO 3779 check digit in position 9)."""
    wmi = rng.choice(("WVW", "WBA", "VF1", "ZFA", "JTD", "TMB", "VSS", "WDD", "KNA", "SAL"))
    chars = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(14)))
    total = sum((int(c) if c.isdigit() else _VIN_VALUE[c]) * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def library_card(rng: random.Random, prefix: str) -> str:
    """A library card's barcode: the library's own prefix and a running number, 14 digits."""
    return prefix + "".join(rng.choice("0123456789") for _ in range(14 - len(prefix)))


def seat(rng: random.Random) -> str:
    """A theatre seat (``Stalls K12``, ``Circle B4``)."""
    return f"{rng.choice(('Stalls', 'Circle', 'Balcony', 'Box'))} {rng.choice('ABCDEFGHJKLMN')}{rng.randrange(1, 30)}"


def coupon(rng: random.Random) -> str:
    """A discount code a shop hands out (``SOMMER15``-like: a word and a number)."""
    return rng.choice(("WELCOME", "SUMMER", "FREESHIP", "VIP", "BLACKFRIDAY", "NEWS")) + str(rng.randrange(5, 30))
