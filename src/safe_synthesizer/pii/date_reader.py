"""One reader of calendar dates in any layout: tokens, not a list of layouts.

Why: birth dates come in layouts no list names (``1951-Nov-13``, ``05 / 10 / 1949``, ``27th of November 2019``,
``Oct 08 1976``, ``1976 10 08``, ``11.Dec.2013``), and every new export writes another. Each layout the code
listed read the set it was made from and missed the next. This reader parses the structure instead: a date is
three fields (numbers, a month word of any language :mod:`month_names` knows, full or cut short with or without a
dot, in any case, or a month in roman numerals), joined by any separators (``-./,`` and spaces, in any amount) and
the joining words dates use (``of``, ``de``, ``del``, ``d'``...), a day with any ordinal ending (``2nd``, ``1er``,
``5º``, ``2de``), in any order a date is written (day-month-year, month-day-year, year-month-day), and accepted
only when it is a real calendar date. The reading keeps the layout (:class:`DateReading`), so a shifted date is
written back exactly so (:func:`shift_any_date`): same order, separators, padding, ordinal style and month word in
the same language, case and length.

Month words cut short are found as the start of a month's name (``Sept``, ``Févr``, ``Okt``): the table of those
starts is generated from the month names, not listed. A number only date (``2020 01 30``) needs a four-digit year
and the same separator twice, so a phone number or a score line does not read as one.

Example::

    read_date("27th of November 2019").date  # datetime.date(2019, 11, 27)
    read_date("1951-Nov-13").write(date(1960, 2, 3))  # '1960-Feb-03'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from safe_synthesizer.pii.month_names import CELL_MONTHS, DATE_MONTHS, MORE_DATE_MONTHS, month_key

# Words that join a date's fields (``27th of November``, ``20 de junio de 1997``, ``15 d'agost``).
JOINERS = frozenset({"of", "the", "de", "del", "di", "do", "da", "du", "d"})
# Ordinal endings of a day, glued to it (English, French, Spanish/Portuguese/Italian, Dutch).
_ORDINAL = r"st|nd|rd|th|ère|er|re|ème|ste|de|e|º|ª|°"
_ENGLISH_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_TOKEN = re.compile(
    rf"(?P<num>\d{{1,4}})(?!\d)(?:(?P<ord>{_ORDINAL})(?![^\W\d_]))?"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sep>[\s\-./,\u2013\u2019'_\u00b7|~\\]+)",
    re.IGNORECASE,
)
# Separators exports also write between a date's fields (``26_05_1948``, ``30·05·1971``, ``30|05|1971``), read only
# when the date uses the same one twice.
_RARE_SEPARATORS = frozenset("_\u00b7|~\\")
ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
MIN_YEAR, MAX_YEAR = 1800, 2199
# The most tokens a date takes: three fields, two glues of up to three tokens each.
_MAX_TOKENS = 9
# Tables of abbreviations of several languages at once: read, but a fake is written in a language's own names.
_MIXED_TABLES = frozenset({"abbr"})
# How many of a column's values tell the order of its number only dates (a sample: the first values decide).
MAX_ORDER_VALUES = 2000


@dataclass(frozen=True)
class MonthWord:
    """How a month word was written: its language's table, which of the month's forms, how many letters of it
    (0: whole) and its case (``upper``, ``title`` or ``lower``)."""

    language: str
    form: int
    cut: int
    case: str


@dataclass(frozen=True)
class DateReading:
    """A date read from text, with its layout: ``pieces`` are the literal glue (``str``) and the three fields
    (``("Y", width)``, ``("M", width)``, ``("W", MonthWord)``, ``("R", upper)``, ``("D", width, ordinal)``) in
    the order written; ``ambiguous``: day and month both 12 or less in a number only date (read day first unless
    told)."""

    date: date
    pieces: tuple
    order: str
    ambiguous: bool
    end: int

    def write(self, new: date) -> str:
        """``new`` written in this reading's layout.

        Example::

            read_date("2.Apr.1998").write(date(1998, 5, 12))  # '12.May.1998'
        """
        out = []
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif piece[0] == "Y":
                out.append(f"{new.year:04d}" if piece[1] == 4 else f"{new.year % 100:02d}")
            elif piece[0] == "M":
                out.append(_padded(new.month, piece[1]))
            elif piece[0] == "R":
                roman = ROMAN_MONTHS[new.month - 1]
                out.append(roman.upper() if piece[1] else roman)
            elif piece[0] == "W":
                out.append(_month_word(new.month, piece[1]))
            else:
                out.append(_padded(new.day, piece[1]) + _ordinal(new.day, piece[2]))
        return "".join(out)


#: Fallback readers of :func:`read_date_at`, tried in order when the token reader reads nothing: ``(reader, tails)``
#: with ``reader(text, start, language, day_first)`` -> a reading or None, and ``tails`` whether :data:`DATE_TAILS`
#: extend its reading. The readers build on this module, so it cannot import them: :mod:`date_fallbacks` fills the
#: lists once, imported first by the package's ``__init__``.
DATE_FALLBACKS: list[tuple[Callable[..., DateReading | None], bool]] = []
#: What may follow a date a reader found (a time of day, a serialiser's zone): ``tail(text, reading)`` -> reading.
DATE_TAILS: list[Callable[[str, DateReading], DateReading]] = []
#: Readers of a whole cell the token reader reads nothing in (a serialisation longer than a date, a tagged literal,
#: a date in words): ``reader(text, language, day_first)`` -> a reading or None.
CELL_FALLBACKS: list[Callable[..., DateReading | None]] = []


def _padded(number: int, width: int) -> str:
    return f"{number:02d}" if width == 2 else str(number)


def _ordinal(day: int, written: str) -> str:
    """The ordinal ending of ``day`` in the style of ``written`` (English endings follow the day; French ``er``
    is written on the first only; other endings are kept as they are)."""
    if not written:
        return ""
    low = written.casefold()
    if low in _ENGLISH_ORDINALS:
        end = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return end.upper() if written.isupper() else end
    if low in ("er", "re", "ère"):
        return written if day == 1 else ""
    return written


@lru_cache(maxsize=1)
def _languages() -> dict[str, list[list[str]]]:
    """Language -> its twelve months, each the list of its forms as written (lower case, accents kept)."""
    out: dict[str, list[list[str]]] = {}
    for table in (CELL_MONTHS, DATE_MONTHS, MORE_DATE_MONTHS):
        for lang, names in table.items():
            months = [[alt.replace("_", " ") for alt in month.split("/")] for month in names.split()]
            if len(months) == 12 and lang not in out:
                out[lang] = months
    return out


@lru_cache(maxsize=1)
def _month_index() -> tuple[dict[str, list[tuple[str, int, int]]], dict[str, list[tuple[str, int, int]]]]:
    """(whole month words, starts of month words of three letters or more) -> [(language, month, form)], in the
    order the languages are listed (English first)."""
    whole: dict[str, list[tuple[str, int, int]]] = {}
    starts: dict[str, list[tuple[str, int, int]]] = {}
    for lang, months in _languages().items():
        for month, forms in enumerate(months, start=1):
            for form, name in enumerate(forms):
                key = month_key(name)
                whole.setdefault(key, []).append((lang, month, form))
                for cut in range(3, len(key)):
                    starts.setdefault(key[:cut], []).append((lang, month, form))
    return whole, starts


def month_of_word(word: str, language: str | None = None) -> tuple[int, MonthWord] | None:
    """The month a month word names (whole, or cut to its first three letters or more) and how it is written;
    ``language`` (a language code of :mod:`month_names`) is preferred where a word is a month of several.

    Example::

        month_of_word("Sept")[0]  # 9
    """
    key = month_key(word)
    whole, starts = _month_index()
    found = [(lang, month, form, 0) for lang, month, form in whole.get(key, ())]
    if len(key) >= 3:
        found += [(lang, month, form, len(word)) for lang, month, form in starts.get(key, ())]
    found = [f for f in found if f[0] not in _MIXED_TABLES]
    if not found:
        return None
    # ``lis``: November in Polish, October in Croatian; ``Nov``: a month's start in English, Hungarian's ``nov.``
    # whole: the preferred language first, then English, then a whole name before a start, in the tables' order.
    lang, month, form, cut = min(found, key=lambda f: (f[0] != language, f[0] != "en", f[3] != 0))
    case = "upper" if word.isupper() and len(word) > 1 else "title" if word[:1].isupper() else "lower"
    return month, MonthWord(lang, form, cut, case)


def month_language(locale: str | None) -> str | None:
    """The language of :mod:`month_names`' tables a locale writes its month words in (``fr_CA`` -> ``fr``,
    ``de_AT`` -> ``de_at``, ``nb_NO`` -> ``no``), or None.

    Example::

        month_language("nb_NO")  # 'no'
    """
    if not locale:
        return None
    lang = locale.replace("-", "_").split("_")[0].casefold()
    lang = {"nb": "no", "nn": "no"}.get(lang, lang)
    if locale.casefold() == "de_at":
        lang = "de_at"
    return lang if lang in _languages() else None


def _month_word(month: int, how: MonthWord) -> str:
    forms = _languages()[how.language][month - 1]
    name = forms[min(how.form, len(forms) - 1)].replace(".", "")
    if how.cut:
        # The shortest start of three letters or more no other month of the language shares (``Sept`` -> ``Oct``,
        # French ``juil`` -> ``août``).
        months = _languages()[how.language]
        others = [f[min(how.form, len(f) - 1)].replace(".", "") for i, f in enumerate(months) if i != month - 1]
        length = min(how.cut, 3)
        while length < len(name) and any(o.startswith(name[:length]) for o in others):
            length += 1
        name = name[:length]
    if how.case == "upper":
        return name.upper()
    if how.case == "title":
        return name[:1].upper() + name[1:]
    return name


def _tokens(text: str, start: int) -> list[tuple[str, str, str, int, int]]:
    """(kind, text, ordinal, start, end) of up to :data:`_MAX_TOKENS` tokens of ``text`` from ``start``."""
    out = []
    pos = start
    while len(out) < _MAX_TOKENS + 2 and pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        kind = m.lastgroup if m.lastgroup != "ord" else "num"
        if m.group("num") is not None:
            out.append(("num", m.group("num"), m.group("ord") or "", m.start(), m.end()))
        else:
            out.append((kind, m.group(0), "", m.start(), m.end()))
        pos = m.end()
    return out


def _field(token: tuple[str, str, str, int, int], language: str | None) -> tuple | None:
    """A field of a date: ("N", digits, ordinal), ("W", month, MonthWord) or ("R", month, upper)."""
    kind, text, ordinal, _, _ = token
    if kind == "num":
        return ("N", text, ordinal)
    if kind != "word" or text.casefold() in JOINERS:
        return None
    if text.casefold() in ROMAN_MONTHS and (text.isupper() or text.islower()):
        return ("R", ROMAN_MONTHS.index(text.casefold()) + 1, text.isupper())
    found = month_of_word(text, language)
    return ("W", *found) if found is not None else None


def _glue(tokens: list, i: int) -> tuple[str, int]:
    """The glue between two fields from token ``i``: separators and at most one joining word; (its text, the
    index of the next token)."""
    parts = []
    joiners = 0
    while i < len(tokens):
        kind, text = tokens[i][0], tokens[i][1]
        if kind == "sep":
            parts.append(text)
        elif kind == "word" and text.casefold() in JOINERS and joiners < 2:
            joiners += 1
            parts.append(text)
        else:
            break
        i += 1
    return "".join(parts), i


def read_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None
) -> DateReading | None:
    """The date written at ``text[start:]`` (its first three fields), or None; the reading's ``end`` is where the
    date stops. ``language`` prefers a language's month words; ``day_first`` reads an ambiguous number only date
    (``06 / 07 / 1944``) day first (True, the default) or month first (False). What the tokens do not read (any
    one separator used twice, month words of any language, a weekday or an age before the date) is read by
    :mod:`dressed_dates`.

    Example::

        read_date_at("DOB 1992-Aug-19, see desk", 4).end  # 15
    """
    reading = _read_tokens_at(text, start, language, day_first)
    tails = True
    if reading is None:
        # The registry's readers in order (:mod:`date_fallbacks`: dressed dates, ISO week and ordinal dates, three
        # fields wherever they stand, serialisations, tagged literals, dates in words).
        for reader, reader_tails in DATE_FALLBACKS:
            reading = reader(text, start, language, day_first)
            if reading is not None:
                tails = reader_tails
                break
        else:
            return None
    if tails:
        # ``21-05-2013 15:57``, ``21/08/1990 [36 сыл]``: the rest read by its shape; ``1954-08-27+01:00``: a zone.
        for tail in DATE_TAILS:
            reading = tail(text, reading)
    return reading


def _read_tokens_at(text: str, start: int, language: str | None, day_first: bool | None) -> DateReading | None:
    tokens = _tokens(text, start)
    fields, glues, i = [], [], 0
    while i < len(tokens) and len(fields) < 3:
        if fields:
            glue, i = _glue(tokens, i)
            if i >= len(tokens) or len(glue) > 6:
                return None
            glues.append(glue)
        field = _field(tokens[i], language)
        if field is None:
            return None
        fields.append((field, tokens[i]))
        i += 1
    if len(fields) < 3:
        return None
    if _RARE_SEPARATORS.intersection(glues[0] + glues[1]) and glues[0] != glues[1]:
        return None  # ``_ · | ~`` join a date's fields only when used alike twice (``26_05_1948``, ``30·MAY·1971``)
    end = fields[-1][1][4]
    after, nxt = _glue(tokens, i)
    if nxt < len(tokens) and tokens[nxt][0] == "num" and after == glues[-1]:
        return None  # a fourth number in the same layout: a number in groups, not a date
    if nxt < len(tokens) and not after:
        return None  # a field glued to a further word or number
    return _interpret([f for f, _ in fields], glues, end, day_first)


def _interpret(fields: list[tuple], glues: list[str], end: int, day_first: bool | None) -> DateReading | None:
    words = [i for i, f in enumerate(fields) if f[0] in ("W", "R")]
    if len(words) > 1:
        return None
    if words:
        at = words[0]
        numbers = [i for i in range(3) if i != at]
        # Year last (day-month-year, month-day-year) or year first (year-month-day); a two-digit year only last.
        options = []
        a, b = numbers
        if len(fields[b][1]) == 4 or (len(fields[b][1]) == 2 and not fields[b][2] and len(fields[a][1]) <= 2):
            options.append((b, a))
        if len(fields[a][1]) == 4 and at == 1:
            options.append((a, b))
        for year_at, day_at in options:
            reading = _build(fields, glues, year_at, at, day_at, end, ambiguous=False)
            if reading is not None:
                return reading
        return None
    if any(f[2] for f in fields) or glues[0].strip() != glues[1].strip() or glues[0] != glues[1]:
        return None  # number only dates: no ordinal, the same separator twice
    if not glues[0]:
        return None
    lengths = [len(f[1]) for f in fields]
    if lengths[0] == 4 and max(lengths[1:]) <= 2:
        return _build(fields, glues, 0, 1, 2, end, ambiguous=False)
    if lengths[2] == 4 and max(lengths[:2]) <= 2:
        first, second = int(fields[0][1]), int(fields[1][1])
        ambiguous = first <= 12 and second <= 12
        if first > 12 or (ambiguous and day_first is not False):
            return _build(fields, glues, 2, 1, 0, end, ambiguous=ambiguous)
        return _build(fields, glues, 2, 0, 1, end, ambiguous=ambiguous)
    return None


def _build(fields, glues, year_at: int, month_at: int, day_at: int, end: int, ambiguous: bool):
    year_text = fields[year_at][1]
    if fields[year_at][0] != "N" or fields[day_at][0] != "N" or fields[year_at][2] or len(fields[day_at][1]) > 2:
        return None
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year > 30 else 2000
    elif len(year_text) != 4:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    kind, month_value = fields[month_at][0], fields[month_at][1]
    if kind == "N":
        if fields[month_at][2] or len(month_value) > 2:
            return None
        month = int(month_value)
    else:
        month = month_value
    try:
        day = date(year, month, int(fields[day_at][1]))
    except ValueError:
        return None
    # A day with an ordinal ending is padded only where it was written with a zero (``2nd``, not ``02nd``).
    day_text, ordinal = fields[day_at][1], fields[day_at][2]
    day_width = 2 if day_text.startswith("0") or (len(day_text) == 2 and not ordinal) else 1
    slots = {year_at: ("Y", len(year_text)), day_at: ("D", day_width, ordinal)}
    if kind == "N":
        slots[month_at] = ("M", _width(month_value))
    elif kind == "R":
        slots[month_at] = ("R", fields[month_at][2])
    else:
        slots[month_at] = ("W", fields[month_at][2])
    pieces = (slots[0], glues[0], slots[1], glues[1], slots[2])
    order = "".join(slots[i][0].replace("W", "M").replace("R", "M") for i in range(3))
    return DateReading(day, pieces, order, ambiguous, end)


def _width(digits: str) -> int:
    return 2 if len(digits) == 2 else 1


def read_date(value: str, language: str | None = None, day_first: bool | None = None) -> DateReading | None:
    """The date a whole cell holds in any layout (leading and trailing spaces and a closing dot allowed), else
    None.

    Example::

        read_date("05 / 10 / 1949").date  # datetime.date(1949, 10, 5)
        read_date("Oct 08 1976").order  # 'MDY'
    """
    text = unicodedata.normalize("NFC", value).strip()
    if not text or len(text) > 40 or not any(ch.isdigit() for ch in text[:6] + text[-6:]):
        # ``Thu Apr 02 1998 00:00:00 GMT+0100 (Central European Summer Time)``: a serialisation longer than a date.
        return _read_cell(text, language, day_first)
    reading = read_date_at(text, 0, language, day_first)
    if reading is None or text[reading.end :].strip(". ") != "":
        return _read_cell(text, language, day_first)
    return reading


def _read_cell(text: str, language: str | None, day_first: bool | None) -> DateReading | None:
    """The first reading of the registry's whole-cell readers (:data:`CELL_FALLBACKS`), else None."""
    for reader in CELL_FALLBACKS:
        if (reading := reader(text, language, day_first)) is not None:
            return reading
    return None


def day_first_among(values: list[str], default: bool | None = None) -> bool | None:
    """Whether a column's number only dates are written day first, told by its unambiguous ones (``17 / 09 / 1938``
    day first, ``09 / 17 / 1938`` month first, the more of them deciding), else ``default``.

    Example::

        day_first_among(["05 / 10 / 1949", "17 / 09 / 1938"])  # True
    """
    day = month = 0
    for value in values[:MAX_ORDER_VALUES]:
        reading = read_date(value)
        if reading is None or reading.ambiguous or reading.order not in ("DMY", "MDY"):
            continue
        if all(isinstance(p, str) or p[0] != "W" for p in reading.pieces):  # a month word says nothing of it
            day += reading.order == "DMY"
            month += reading.order == "MDY"
    return day > month if day != month else default


def shift_any_date(value: str, days: int, day_first: bool | None = None, language: str | None = None) -> str | None:
    """``value`` (a whole cell) moved by ``days`` and written back in its own layout, or None when it is no date.

    Example::

        shift_any_date("27th of November 2019", 5)  # '2nd of December 2019'
    """
    stripped = value.strip()
    reading = read_date(stripped, language, day_first)
    if reading is None:
        return None
    try:
        new = reading.date + timedelta(days=days)
    except OverflowError:
        return None
    lead = value[: len(value) - len(value.lstrip())]
    tail = stripped[reading.end :] + value[len(value.rstrip()) :]
    return lead + reading.write(new) + tail
