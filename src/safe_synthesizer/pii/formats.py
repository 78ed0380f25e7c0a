"""Format-preserving fakes for identifiers: the fake keeps the original's layout.

Each digit is replaced by a random digit and each letter by a random letter of the same case, so
``(555) 123-4567`` stays a phone-shaped string. Checksums are recomputed where the entity has one
(Luhn for cards, mod-97 for IBANs) and SSN rules are respected, so fakes still pass validators.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
from stdnum import iban as stdnum_iban
from stdnum import luhn

from safe_synthesizer.pii.apostrophe_year_dates import shift_apostrophe_date
from safe_synthesizer.pii.month_names import CELL_MONTHS
from safe_synthesizer.pii.roman_month_dates import shift_roman_date
from safe_synthesizer.pii.run_together_dates import shift_run_date
from safe_synthesizer.pii.text_dates_local import shift_month_name_date
from safe_synthesizer.pii.weekday_dates import shift_weekday_date

#: Words that open a phone extension in the languages exports are written in (``ext. 12``, French ``poste 1388``,
#: Italian ``interno 47``, German ``Durchwahl 12``, Dutch ``toestel 3``, Spanish/Portuguese ``anexo 5``/``ramal 5``,
#: Polish ``wew. 12``, Czech ``linka 12``, Hungarian ``mellék 12``, Swedish ``ankn. 12``, Turkish ``dahili 12``).
#: A regex alternation; longer words first so a match never stops inside one.
PHONE_EXTENSION_WORDS = (
    r"extension|extensi[oó]n|extn|ext|durchwahl|interno|toestel|anknytning|ankn|dahili|anexo|ramal|poste|linka"
    r"|klapka|mell[eé]k|wew|int|apparat|app|dw|tst|x"
)
#: A phone's trailing extension: separators, one of those words, its number (``.ext..9066``, `` poste 1388``).
PHONE_EXTENSION_TAIL = rf"[\s.,;]*(?:{PHONE_EXTENSION_WORDS})\.?[\s.:=]*(?P<digits>\d{{1,6}})"
_DIGITS = string.digits
_UPPER = string.ascii_uppercase
_LOWER = string.ascii_lowercase


_DATE_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
_DATE_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def renumber_date(value: str, rng: np.random.Generator, *, today: date | None = None) -> str | None:
    """A birth date the shifter cannot read, with new numbers: its words kept (``Agosti``, ``ዓ.ም.``), its year
    moved 1-5 years (never past last year) and each one- or two-digit number made 1-12 in the same width (a
    valid day and month, so ``03/1956`` stays a month); ``None`` without a four-digit year.

    Why: scrambling letters and digits alike wrote junk (``4 Agosti 1979`` -> ``1 Lquwfp 5843``); a month name
    identifies no one, the day and year are what a birth date gives away.

    Example::

        renumber_date("4 Agosti 1979", np.random.default_rng(0))  # e.g. '7 Agosti 1976'
    """
    last_year = (today or date.today()).year - 1
    if not _DATE_YEAR.search(value):
        return None

    def year(m: re.Match[str]) -> str:
        moved = int(m.group()) + int(rng.choice((-1, 1))) * int(rng.integers(1, 6))
        return str(min(moved, last_year))

    def day(m: re.Match[str]) -> str:
        return f"{int(rng.integers(1, 13)):0{len(m.group())}d}"

    return _DATE_SMALL_NUMBER.sub(day, _DATE_YEAR.sub(year, value))


def scramble(value: str, rng: np.random.Generator, *, keep: int = 0, nonzero_first: bool = False) -> str:
    """Replace digits and letters (after the first ``keep`` of them) by random ones of the same class.

    ``nonzero_first`` keeps the first replaced digit non-zero (integer columns lose leading zeros).
    """
    chars = list(value)
    # One draw per call (not per character): this runs for every distinct identifier.
    digits = rng.integers(0, 10, size=len(chars))
    letters = rng.integers(0, 26, size=len(chars))
    seen = 0
    first_digit = True
    for i, ch in enumerate(chars):
        if not ch.isascii() or not ch.isalnum():
            continue
        seen += 1
        if seen <= keep:
            first_digit = False
            continue
        if ch.isdigit():
            d = int(digits[i])
            if nonzero_first and first_digit and d == 0:
                d = 1 + int(letters[i]) % 9
            chars[i] = _DIGITS[d]
            first_digit = False
        elif ch.isupper():
            chars[i] = _UPPER[letters[i]]
        else:
            chars[i] = _LOWER[letters[i]]
    return "".join(chars)


def _put_digits(layout: str, digits: str) -> str:
    """Write ``digits`` into the digit positions of ``layout``, keeping separators."""
    it = iter(digits)
    return "".join(next(it) if ch.isdigit() else ch for ch in layout)


def fake_card(value: str, rng: np.random.Generator) -> str:
    """Same network prefix (4 digits: brand, not person) and layout, random body, valid Luhn digit."""
    digits = re.sub(r"\D", "", value)
    if len(digits) < 12:
        return scramble(value, rng)
    body = digits[:4] + "".join(str(d) for d in rng.integers(0, 10, size=len(digits) - 5))
    return _put_digits(value, body + luhn.calc_check_digit(body))


def fake_ssn(value: str, rng: np.random.Generator) -> str:
    """A random SSN passing the SSA rules, in the original layout (dashed or not)."""
    area = int(rng.integers(1, 900))
    while area == 666:
        area = int(rng.integers(1, 900))
    digits = f"{area:03d}{int(rng.integers(1, 100)):02d}{int(rng.integers(1, 10000)):04d}"
    if sum(ch.isdigit() for ch in value) != 9:
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    return _put_digits(value, digits)


def fake_iban(value: str, rng: np.random.Generator) -> str:
    """Same country and layout, random account part, valid mod-97 check digits."""
    compact = re.sub(r"\s", "", value).upper()
    if len(compact) < 15:
        return scramble(value, rng)
    bban = scramble(compact[4:], rng)
    check = stdnum_iban.calc_check_digits(compact[:2] + "00" + bban)
    new = compact[:2] + check + bban
    it = iter(new)
    return "".join(next(it) if not ch.isspace() else ch for ch in value)


def fake_phone(value: str, rng: np.random.Generator, *, nanp: bool = True) -> str:
    """Keep the country prefix and layout; randomise the subscriber digits.

    For North American numbers the area code and exchange start with 2-9, as real ones do.
    """
    stripped = value.lstrip()
    keep = 0
    if stripped.startswith("+"):
        keep = len(re.match(r"\+\s*(\d+)", stripped).group(1)) if re.match(r"\+\s*\d", stripped) else 0
        keep = min(keep, 3)
    elif stripped.startswith("00"):
        keep = len(re.match(r"(\d+)", stripped).group(1))
        keep = min(keep, 5)
    main = re.split(r"(?i)\s*(?:x|ext\.?|extension)\s*", value, maxsplit=1)
    faked = scramble(main[0], rng, keep=keep)
    digits = re.sub(r"\D", "", faked)
    national = digits[keep:]
    if nanp and keep in (0, 1, 3) and len(national) in (10, 11):
        if len(national) == 11 and keep == 0:  # leading trunk "1"
            national = national[:1] + _nanp(national[1:], rng)
        elif len(national) == 10:
            national = _nanp(national, rng)
        faked = _put_digits(faked, digits[:keep] + national)
    if len(main) == 2:
        ext = value[len(main[0]) : len(value) - len(main[1])]
        faked += ext + scramble(main[1], rng)
    return faked


def _nanp(national: str, rng: np.random.Generator) -> str:
    chars = list(national)
    chars[0] = str(int(rng.integers(2, 10)))
    chars[3] = str(int(rng.integers(2, 10)))
    return "".join(chars)


def fake_ipv4(rng: np.random.Generator) -> str:
    """A random public-looking IPv4 address."""
    first = int(rng.integers(1, 224))
    while first in (10, 127, 169, 172, 192):
        first = int(rng.integers(1, 224))
    rest = rng.integers(0, 256, size=3)
    return f"{first}.{rest[0]}.{rest[1]}.{rest[2]}"


def fake_ipv6(rng: np.random.Generator) -> str:
    """A random global-unicast IPv6 address (2000::/3), compressed form."""
    import ipaddress

    high = 0x2000 | int(rng.integers(0, 0x2000))
    rest = int.from_bytes(rng.bytes(14), "big")
    return str(ipaddress.IPv6Address((high << 112) | rest))


# A compact birth date as integer exports write it (``19310821``, ``19310821.0`` from a float column).
_COMPACT = re.compile(r"^(1[89]\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\.0)?$")
# The separator may be a dot and a space (Hungarian ``1973. 09. 19.``, Czech ``18. 12. 1942``).
_ISO = re.compile(r"^(\d{4})(\.[ \t]|[-/.])(\d{1,2})\2(\d{1,2})(.*)$", re.DOTALL)
_US = re.compile(r"^(\d{1,2})(\.[ \t]|[-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$", re.DOTALL)
# Chinese and Japanese dates: year, month and day each followed by its kanji (``1955年01月17日``).
_KANJI = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(.*)$", re.DOTALL)


# English month names, as the shifted date writes them back (the one month table: :mod:`month_names`).
_MONTH_NAMES = CELL_MONTHS["en"].split()
_DAY_MONTH = re.compile(r"^(\d{1,2})(st|nd|rd|th)?( )([A-Za-z]+)(\.?,? )(\d{4})$")
_MONTH_DAY = re.compile(r"^([A-Za-z]+)(\.? )(\d{1,2})(st|nd|rd|th)?(,? )(\d{4})$")


def _month(word: str) -> int | None:
    word = word.lower()
    return next((i + 1 for i, m in enumerate(_MONTH_NAMES) if len(word) >= 3 and m.startswith(word)), None)


def _month_word(month: int, like: str) -> str:
    name = _MONTH_NAMES[month - 1]
    name = name[: len(like)] if len(like) <= 4 and len(like) < len(_MONTH_NAMES[_month(like) - 1]) else name  # type: ignore[operator]
    return name.capitalize() if like[:1].isupper() else name


def _shift_written(value: str, days: int) -> str | None:
    """``3 March 1980`` / ``March 3, 1980`` (English month names, full or short)."""
    if (m := _DAY_MONTH.match(value)) and (month := _month(m.group(4))):
        new = _shifted(int(m.group(6)), month, int(m.group(1)), days)
        if new is None:
            return None
        suffix = _ordinal(new.day) if m.group(2) else ""
        day = _pad(new.day, m.group(1))
        return f"{day}{suffix}{m.group(3)}{_month_word(new.month, m.group(4))}{m.group(5)}{new.year}"
    if (m := _MONTH_DAY.match(value)) and (month := _month(m.group(1))):
        new = _shifted(int(m.group(6)), month, int(m.group(3)), days)
        if new is None:
            return None
        suffix = _ordinal(new.day) if m.group(4) else ""
        day = _pad(new.day, m.group(3))
        return f"{_month_word(new.month, m.group(1))}{m.group(2)}{day}{suffix}{m.group(5)}{new.year}"
    return None


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Locales that write numeric dates month first (``07/04/1980`` is 4 July); every other locale writes
# the day first (``06/07/1944`` is 6 July in a British note).
MONTH_FIRST_LOCALES = frozenset({"en_US", "en_PH", "es_US", "en_FM", "en_MH", "en_PW"})
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")


def day_first_of(values: Sequence[str], locale: str | None = None) -> bool | None:
    """Whether ambiguous numeric dates (``06/07/1944``) among ``values`` are day first.

    The unambiguous ones decide (``25/08/1964`` is day first, ``08/25/1964`` month first); when they
    do not (none, or a tie), the locale's custom does; ``None`` when neither tells.
    """
    day = month = 0
    for value in values:
        for m in _NUMERIC_DATE.finditer(value):
            a, b = int(m.group(1)), int(m.group(3))
            day += a > 12 >= b
            month += b > 12 >= a
    if day != month:
        return day > month
    if locale:
        return locale not in MONTH_FIRST_LOCALES
    return None


# A time of day after a date (``10 April 1989 00:00``, ``17/06/86 14:30:00``).
_TIME_TAIL = re.compile(r"(?<=\d)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


def shift_date_string(
    value: str, days: int, formats: Sequence[str] = (), *, day_first: bool | None = None
) -> str | None:
    """Shift a written date by ``days``, keeping its layout; ``None`` if it is not a date.

    ``formats`` (the column's strftime patterns, when the schema knows them) are tried first, so
    an ambiguous ``05/03/1980`` is read the way the rest of its column is. ``day_first`` reads an
    ambiguous ``06/07/1944`` (both parts 12 or less) day first (see :func:`day_first_of`); the
    shifted date keeps the order it was read in, so a day-first note never gets ``12/21/1943``.

    Example::

        shift_date_string("1980-03-03", 2)  # '1980-03-05'
        shift_date_string("3 March 1980", -3)  # '29 February 1980'
    """
    iso = _ISO.match(value)
    # ISO dates are unambiguous: shifted in place, so a time part (milliseconds, '+02:00') is kept
    # as written rather than re-rendered by strftime ('.123000', '+0200').
    if formats and not (iso and iso.group(2) == "-") and (shifted := _shift_with_formats(value, days, formats)):
        return shifted
    # "Thursday, 5 March 1942": a long date's weekday is recomputed for the shifted date, in its own language.
    if not iso and (long_date := shift_weekday_date(value, days, _shift_part)) is not None:
        return long_date
    if not iso and (tail := _TIME_TAIL.search(value)) is not None and tail.start() > 0:
        # "10 April 1989 00:00": a timestamp column's date, shifted; its time of day kept as written.
        shifted = shift_date_string(value[: tail.start()], days, formats, day_first=day_first)
        if shifted is not None:
            return shifted + tail.group(0)
    if written := _shift_written(value, days):
        return written
    if local := shift_month_name_date(value, days):  # "12 de marzo de 1985", "5 maja 1990"
        return local
    if roman := shift_roman_date(value, days):  # "2.IV.1998": a roman-month cell gets a roman-month fake
        return roman
    if run := shift_run_date(value, days, day_first):  # "01282019": eight digits, in the order they were read
        return run
    if apostrophe := shift_apostrophe_date(value, days):  # "Feb 7 '18": month name, padding and 'yy kept
        return apostrophe
    if m := iso:
        year, sep, month, day, rest = m.groups()
        new = _shifted(int(year), int(month), int(day), days)
        if new is None:
            return None
        return f"{new.year:04d}{sep}{_pad(new.month, month)}{sep}{_pad(new.day, day)}{rest}"
    if m := _COMPACT.match(value.strip()):
        year, month, day, rest = m.groups()
        new = _shifted(int(year), int(month), int(day), days)
        return None if new is None else f"{new.year:04d}{new.month:02d}{new.day:02d}{rest or ''}"
    if m := _KANJI.match(value):
        year, month, day, rest = m.groups()
        new = _shifted(int(year), int(month), int(day), days)
        if new is None:
            return None
        # ``1953年3月28日`` pads neither part (a two-digit day is no padding), ``1955年01月17日`` both.
        padded = month.startswith("0") or day.startswith("0") or (len(month) == 2 and len(day) == 2)
        month_text, day_text = (f"{new.month:02d}", f"{new.day:02d}") if padded else (str(new.month), str(new.day))
        return f"{new.year:04d}年{month_text}月{day_text}日{rest}"
    if m := _US.match(value):
        a, sep, b, year, rest = m.groups()
        # Ambiguous (both parts 12 or less): as the text, column or locale writes dates (month first
        # when nothing tells, but day first between dots: ``10.04.1989`` is written so day first).
        told = day_first if day_first is not None else sep.strip() == "."
        day_first = int(a) > 12 if int(a) > 12 or int(b) > 12 else told
        month, day = (b, a) if day_first else (a, b)
        full_year = int(year) + (0 if len(year) == 4 else 1900 if int(year) > 30 else 2000)
        new = _shifted(full_year, int(month), int(day), days)
        if new is None:
            return None
        y = f"{new.year:04d}" if len(year) == 4 else f"{new.year % 100:02d}"
        m_s, d_s = _pad(new.month, month), _pad(new.day, day)
        first, second = (d_s, m_s) if day_first else (m_s, d_s)
        return f"{first}{sep}{second}{sep}{y}{rest}"
    from safe_synthesizer.data.datetimes import DATETIME_FORMATS

    return _shift_with_formats(value, days, DATETIME_FORMATS)


def _shift_part(part: str, days: int, day_first: bool | None) -> str | None:
    """The date part of a long date shifted (no weekday left in it to find again)."""
    return shift_date_string(part, days, day_first=day_first)


def _shift_with_formats(value: str, days: int, formats: Sequence[str]) -> str | None:
    """The first of ``formats`` that reads ``value``, shifted and written back with it."""
    from datetime import datetime

    for fmt in formats:
        try:
            parsed = datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
        try:
            return (parsed + timedelta(days=days)).strftime(fmt)
        except OverflowError:
            return None
    return None


def _shifted(year: int, month: int, day: int, days: int) -> date | None:
    try:
        return date(year, month, day) + timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def _pad(number: int, like: str) -> str:
    return f"{number:0{len(like)}d}" if len(like) == 2 else str(number)
