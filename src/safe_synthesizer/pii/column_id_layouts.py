"""National id schemes python-stdnum lacks, told by their written layout (and a check digit where one exists).

Why: a Ghana Card (``GHA-712345678-1``), a Maltese id card (``0123456M``), a Sri Lankan NIC (``853202937V``,
``198532002937``), a Saudi id (``1012345678``), an Emirates ID (``784-1985-1234567-1``), a Kazakh IIN, a
Mongolian register number (``УБ85031212``), a Bosnian JMBG, a Honduran DNI (``0801-1985-12345``) or a British NHS
number (``943 476 5919``, mod 11: printed 3-3-4 like a North American phone, it was taken for one) has no ``stdnum``
module, so a column of them with its name hidden was found by nothing. Each layout here is one no other column
type writes: fixed letters in fixed places (``GHA``, a Maltese check letter, the Sri Lankan ``V``/``X``, two
Cyrillic capitals), a birth date or a day of the year inside, a country prefix (``784``),
or a check digit (Luhn, mod 11).
A column where nearly all values pass one scheme is an id column (:func:`layout_id_schemes` feeds
:func:`~safe_synthesizer.pii.validators.national_ids.column_id_schemes`).

Schemes of bare digits with no check and no date (a Nigerian NIN, a Georgian personal number, an
Azerbaijani FIN) are ids only where the table is of that country: :mod:`column_id_country`.

Example::

    layout_id_schemes("GHA-712345678-1")  # ["gh.card"]
    layout_id_schemes("853202937V")       # ["lk.nic"]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_SEPARATORS = re.compile(r"[\s\-./]")


def luhn_ok(digits: str) -> bool:
    """``digits`` end in their Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _day_of_year_ok(year: int, doy: int) -> bool:
    """A day of the year, women's written +500 (the Sri Lankan NIC)."""
    if doy > 500:
        doy -= 500
    # The NIC counts every year as a leap year (day 60 is 29 February).
    return 1 <= doy <= 366


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return born <= date.today()


_GHANA = re.compile(r"^GHA[\-\s]?\d{9}[\-\s]?\d$")
# Five to seven digits (zero-padded to seven on the card) and the registration letter; fewer digits read as
# flat or part numbers (``101A``, ``1002B``).
_MALTA = re.compile(r"^\d{5,7}[MGAPLHBZ]$")
_LK_OLD = re.compile(r"^(\d{2})(\d{3})\d{4}[VX]$")
_LK_NEW = re.compile(r"^(19[2-9]\d|200\d)(\d{3})\d{5}$")
_SAUDI = re.compile(r"^[12]\d{9}$")
_EMIRATES = re.compile(r"^784[\-\s]?(?:19[2-9]\d|20[0-2]\d)[\-\s]?\d{7}[\-\s]?\d$")
_KZ_IIN = re.compile(r"^(\d{2})(\d{2})(\d{2})[1-6]\d{5}$")
_MONGOL = re.compile(r"^[А-ЯЁӨҮ]{2}(\d{2})(\d{2})(\d{2})\d{2}$")
# Honduran DNI: department (01-18) and municipality, the year of registration at birth, a 5-digit serial;
# written 4-4-5 with dashes (``0801-1985-12345``) or as 13 digits.
_HN_DNI = re.compile(r"^(0[1-9]|1[0-8])(0[1-9]|[1-2]\d|3[0-2])[\-\s]?(19[0-9]\d|20[0-2]\d)[\-\s]?\d{5}$")


def _ghana(value: str) -> bool:
    return bool(_GHANA.match(value))


def _malta(value: str) -> bool:
    return bool(_MALTA.match(value))


def _sri_lanka(value: str) -> bool:
    compact = _SEPARATORS.sub("", value)
    if m := _LK_OLD.match(compact):
        return _day_of_year_ok(1900 + int(m.group(1)), int(m.group(2)))
    if m := _LK_NEW.match(compact):
        return _day_of_year_ok(int(m.group(1)), int(m.group(2))) and compact[7] == "0"
    return False


def _saudi(value: str) -> bool:
    """Saudi national id (``1...``) or iqama (``2...``): ten digits, the last a Luhn check digit."""
    return bool(_SAUDI.match(value)) and luhn_ok(value)


def _emirates(value: str) -> bool:
    """Emirates ID: the country code 784, the birth year, seven digits and a Luhn check digit."""
    return bool(_EMIRATES.match(value)) and luhn_ok(_SEPARATORS.sub("", value))


def _kazakh(value: str) -> bool:
    """Kazakh IIN: ``YYMMDD``, a century-and-sex digit (1-6), four digits and a mod-11 check digit."""
    m = _KZ_IIN.match(value)
    if not m:
        return False
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[value[6]]
    if not _date_ok(century + int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return False
    digits = [int(d) for d in value]
    check = sum(d * w for d, w in zip(digits[:11], range(1, 12), strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits[:11], (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    return check == digits[11]


def _mongolia(value: str) -> bool:
    """Mongolian register number: two Cyrillic capitals, ``YYMMDD`` (month +20 from 2000) and two digits."""
    m = _MONGOL.match(value)
    if not m:
        return False
    yy, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year = 2000 + yy if month > 20 else 1900 + yy
    return _date_ok(year, month - 20 if month > 20 else month, day)


def _honduras(value: str) -> bool:
    """Honduran DNI: a department of the 18 and a municipality, a year not after this one, five digits."""
    m = _HN_DNI.match(value)
    return m is not None and int(m.group(3)) <= date.today().year


def _jmbg(value: str) -> bool:
    """JMBG of the former Yugoslav countries (``DDMMYYYRRBBBK``, mod 11)."""
    if len(value) != 13 or not value.isdigit():
        return False
    year = int(value[4:7]) + (1000 if value[4] == "9" else 2000)
    if not _date_ok(year, int(value[2:4]), int(value[:2])):
        return False
    rest = 11 - sum(int(d) * w for d, w in zip(value[:12], (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return rest != 10 and int(value[12]) == (0 if rest == 11 else rest)


def nhs_ok(digits: str) -> bool:
    """``digits`` are ten ending in the mod-11 check digit of a British NHS number or a Scottish CHI number
    (weights 10 down to 2; a remainder giving check 10 is never issued)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    return check != 10 and check % 11 == int(digits[9])


def _nhs(value: str) -> bool:
    # Printed ``943 476 5919``, typed bare or with hyphens: only digits and separators.
    return nhs_ok(_SEPARATORS.sub("", value))


_SCHEMES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("gh.card", _ghana), ("mt.id", _malta), ("lk.nic", _sri_lanka), ("sa.id", _saudi), ("ae.eid", _emirates),
    ("kz.iin", _kazakh), ("mn.rd", _mongolia), ("ba.jmbg", _jmbg), ("hn.dni", _honduras),
    ("gb.nhs", _nhs),
)  # fmt: skip


def layout_id_schemes(value: str) -> list[str]:
    """Every scheme of this module ``value`` passes (upper-cased, outer blanks dropped)."""
    text = value.strip().upper()
    if not 4 <= len(text) <= 20 or sum(ch.isdigit() for ch in text) < 3:
        return []
    return [name for name, check in _SCHEMES if check(text)]
