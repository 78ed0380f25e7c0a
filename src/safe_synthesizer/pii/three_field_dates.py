"""A date as three fields wherever they stand in a cell, what stands beside them set aside by its shape.

Why: the date readers read a date's fields joined by separators and words they list, and a cell that is the date
and nothing else. Set 49 wrote the next notations: a day with a superscript ordinal (``December 21ˢᵗ, 2015``,
``2ᵉ avril 1998``), a year in brackets (``2 April (1998)``, ``Eneru 14 (2011)``), a month of two words
(Sakha ``25 кулун тутар (2021)``), an ordinal and joining words together (``19º de Abrit de 1951``), a time of
birth after the date (``02-04-1998 07:45``), the age in square brackets (``21/08/1990 [36 сыл]``,
``02/04/1998 [28 yrs]``). Each was one more layout no reader listed. This reader takes the structure:

- three fields: numbers (the day may carry any ordinal ending: superscript letters of any language, ``º ª °``, or
  the plain endings :mod:`date_reader` knows) and at most one month word of any language of
  :mod:`calendar_words_world` (one word or the two-word names some languages write);
- joined by any run of characters that are no letters or digits (brackets too) and at most two joining words
  (``of``, ``de``...); a field opened by a bracket must be closed right after it; a number only date uses one
  separator twice and a four-digit year;
- after the date, by SHAPE and not by word: a time of day (hours and minutes, seconds, am/pm) kept as written, and
  an age in brackets (a number and at most two words of any script) accepted only when it IS the person's age from
  that date (as :mod:`age_annotated_dates` reads one), recomputed for a fake.

:func:`read_field_date_at` is a fallback under :func:`date_reader.read_date_at`: every birth reader of columns and
notes and the shifter of fakes then read these notations, and a fake keeps the layout (ordinal style, month word in
its language, brackets, time, the age of the fake date).

Example::

    read_field_date_at("December 21ˢᵗ, 2015").date  # datetime.date(2015, 12, 21)
    read_field_date_at("21/08/1990 [36 сыл]", today=date(2026, 12, 7)).write(date(1991, 1, 2))
    # '02/01/1991 [35 сыл]'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii.age_annotated_dates import MAX_AGE, MAX_LAG, age_on
from safe_synthesizer.pii.calendar_words_world import fold, month_by_start, month_forms, world_month, written_like
from safe_synthesizer.pii.date_reader import JOINERS, MAX_YEAR, MIN_YEAR, DateReading, month_of_word
from safe_synthesizer.pii.script_marks import marks_as_letters

# The longest run of separator characters between two fields, and the most joining words between them.
MAX_GLUE_CHARS = 5
MAX_JOINERS = 2
# How far from its start a date with its residue may reach (a cell or a note's span).
MAX_SPAN = 64
# Plain ordinal endings glued to a day (English, French, Spanish/Portuguese/Italian, Dutch, German ``-ten``...).
_PLAIN_ORDINALS = frozenset({"st", "nd", "rd", "th", "er", "re", "ère", "ème", "e", "de", "ste", "o", "a"})
_ENGLISH = {"st", "nd", "rd", "th"}
# Symbols used as ordinal endings (masculine and feminine ordinal indicators, a degree sign typed for them).
_ORDINAL_SYMBOLS = frozenset("ºª°")
_OPEN_CLOSE = {"(": ")", "[": "]", "{": "}", "\uff08": "\uff09", "\u3010": "\u3011"}
# A time of day after the date: a gap (spaces, ``T``, a comma), hours, minutes (``:`` ``h`` ``.``), seconds, am/pm.
_TIME = re.compile(
    r"(?:\s*,\s*|\s+[-\u2013@|]\s+|\s+|T)(?P<h>\d{1,2})(?P<sep>[:h.])(?P<m>\d{2})(?:(?P=sep)\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?(?!\w)"
)
# An age in brackets after the date: an optional word before the number, up to two short words after it.
_AGE = re.compile(
    r"(?P<head>\s*[,;]?\s*(?P<open>[(\[{\uff08])\s*(?:[^\W\d_][^\s\d()\[\]{}]{0,11}\.?:?\s*)?)"
    r"(?P<age>\d{1,3})"
    r"(?P<foot>(?:\s?[^\W\d_][^\s\d()\[\]{}]{0,9}\.?){0,2}\s*(?P<close>[)\]}\uff09]))"
)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


def _is_superscript_letter(ch: str) -> bool:
    """``ˢ ᵗ ⁿ ᵈ ʳ ʰ ᵉ``: a modifier or superscript letter, as ordinals are typeset."""
    return unicodedata.category(ch) == "Lm" or unicodedata.decomposition(ch).startswith("<super>")


_DESUPER = {ch: unicodedata.normalize("NFKC", ch) for ch in "ˢᵗⁿᵈʳʰᵉᵐᵃᵒ"}
_SUPER = {v: k for k, v in _DESUPER.items()}


def _plain(ordinal: str) -> str:
    return "".join(_DESUPER.get(ch, unicodedata.normalize("NFKC", ch)) for ch in ordinal)


@lru_cache(maxsize=1)
def _spaced_months() -> dict[str, list[tuple[str, int, str, int]]]:
    """First word (folded) of month names written as two words or more -> [(whole name, month, language, rank)],
    longest first (``кулун тутар``, ``атырдьах ыйа``)."""
    out: dict[str, list[tuple[str, int, str, int]]] = {}
    for lang, months in month_forms().items():
        for month, forms in enumerate(months, start=1):
            for rank, form in enumerate(forms):
                if " " in form.strip():
                    out.setdefault(fold(form.split()[0]), []).append((fold(form), month, lang, rank))
    for found in out.values():
        found.sort(key=lambda f: -len(f[0]))
    return out


def _run_end(text: str, pos: int) -> int:
    """End of the run at ``pos``: digits, or letters and marks."""
    end = pos
    digit = text[pos].isdigit()
    while end < len(text) and _is_word_char(text[end]) and text[end].isdigit() == digit:
        if not digit and _is_superscript_letter(text[end]):
            break
        end += 1
    return end


def _month_at(text: str, pos: int, end: int, language: str | None) -> tuple[int, tuple, int] | None:
    """(month, piece, end) of a month word at ``text[pos:end]`` (or two words from ``pos``), else None."""
    word = text[pos:end]
    for whole, month, lang, rank in _spaced_months().get(fold(word), ()):
        stop = pos + len(whole)
        if fold(text[pos:stop]) == whole and (stop >= len(text) or not _is_word_char(text[stop])):
            return month, ("X", lang, rank, text[pos:stop]), stop
    known = month_of_word(word, language)
    if known is not None and known[1].cut == 0:
        return known[0], ("W", known[1]), end
    # A whole word of the world tables before the start of a word of date_reader's (``Septembri``: Chamorro, not
    # the start of Latvian ``septembrī``).
    if (found := world_month(word, language)) is not None:
        return found[0], ("X", found[1], found[2], word), end
    if known is not None and known[1].cut == len(word):
        return known[0], ("W", known[1]), end
    if (month := month_by_start(word)) is not None:
        lang = language if language in month_forms() else "en"
        return month, ("X", lang, len(month_forms()[lang][month - 1]) - 1, word), end
    return None


def _field_at(text: str, pos: int, language: str | None) -> tuple | None:
    """("N", digits, ordinal, end) or ("W", month, piece, end) at ``pos``, else None."""
    if pos >= len(text) or not _is_word_char(text[pos]):
        return None
    end = _run_end(text, pos)
    if text[pos].isdigit():
        if end - pos > 4:
            return None
        stop = end
        while stop < len(text) and (_is_superscript_letter(text[stop]) or text[stop] in _ORDINAL_SYMBOLS):
            stop += 1
        if stop == end and stop < len(text) and text[stop].isalpha():
            word_end = _run_end(text, stop)
            if text[stop:word_end].casefold() not in _PLAIN_ORDINALS:
                return None
            stop = word_end
        return ("N", text[pos:end], text[end:stop], stop)
    found = _month_at(text, pos, end, language)
    return ("W", found[0], found[1], found[2]) if found is not None else None


def _glue_at(text: str, pos: int) -> tuple[str, int]:
    """The glue from ``pos``: separator characters and up to :data:`MAX_JOINERS` joining words; (text, end)."""
    end, joiners, chars = pos, 0, 0
    while end < len(text):
        ch = text[end]
        if not _is_word_char(ch):
            chars += not ch.isspace()
            end += 1
            continue
        run = _run_end(text, end) if not ch.isdigit() else end
        word = text[end:run].casefold()
        if run > end and word in JOINERS and joiners < MAX_JOINERS and run < len(text) and not text[run].isalnum():
            joiners += 1
            end = run
            continue
        break
    if chars > MAX_GLUE_CHARS or end - pos > MAX_GLUE_CHARS + 8:
        return "", pos
    return text[pos:end], end


@dataclass(frozen=True)
class FieldDateReading(DateReading):
    """A :class:`DateReading` whose ``pieces`` may also hold ``("S", width, ordinal)`` (a day with a superscript or
    other ordinal ending), ``("X", language, rank, written)`` (a month word of :mod:`calendar_words_world`) and
    ``("A", lag)`` (an age recomputed for the written date with the same lag); ``today`` dates the ages."""

    today: date | None = None

    def write(self, new: date) -> str:
        """``new`` in this reading's layout, the age beside it recomputed.

        Example::

            read_field_date_at("2ᵉ avril 1998").write(date(1998, 5, 12))  # '12ᵉ mai 1998'
        """
        out = []
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif piece[0] == "S":
                out.append((f"{new.day:02d}" if piece[1] == 2 else str(new.day)) + _ordinal_for(new.day, piece[2]))
            elif piece[0] == "X":
                _, lang, rank, written = piece
                out.append(written_like(month_forms()[lang][new.month - 1], rank, written))
            elif piece[0] == "A":
                out.append(str(max(age_on(new, self.today or date.today()) - piece[1], 0)))
            else:
                out.append(DateReading(new, (piece,), "", False, 0).write(new))
        return "".join(out)


def _ordinal_for(day: int, written: str) -> str:
    """The ordinal ending of ``day`` in the style of ``written``: English endings follow the day (superscript kept
    superscript), French ``er`` only on the first, any other ending kept as written."""
    plain = _plain(written).casefold()
    if plain in _ENGLISH:
        end = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        if written != plain and all(ch in _DESUPER for ch in written):
            return "".join(_SUPER[ch] for ch in end)
        return end.upper() if written.isupper() else end
    if plain in ("er", "re", "ère") and day != 1:
        return ""
    return written


def _order(fields: list[tuple], glues: list[str], day_first: bool | None) -> tuple[int, int, int, bool] | None:
    """(year, month, day) positions of three fields and whether day and month could swap, else None."""
    words = [i for i, f in enumerate(fields) if f[0] == "W"]
    lengths = [len(f[1]) if f[0] == "N" else 0 for f in fields]
    ordinals = [i for i, f in enumerate(fields) if f[0] == "N" and f[2]]
    if len(words) > 1 or len(ordinals) > 1:
        return None
    if words:
        others = [i for i in range(3) if i != words[0]]
        years = [i for i in others if lengths[i] == 4 and not fields[i][2]]
        days = [i for i in others if 1 <= lengths[i] <= 2]
        if len(years) != 1 or len(days) != 1 or (ordinals and ordinals != days) or years[0] == 1:
            return None  # the year first or last, never between the day and the month
        return years[0], words[0], days[0], False
    # A number only date: one separator twice (brackets aside), a four-digit year first or last.
    if ordinals or _bare(glues[0]) != _bare(glues[1]) or not _bare(glues[0]).strip():
        return None
    if lengths[0] == 4 and max(lengths[1:]) <= 2:
        return 0, 1, 2, False
    if lengths[2] == 4 and max(lengths[:2]) <= 2:
        first, second = int(fields[0][1]), int(fields[1][1])
        ambiguous = first <= 12 and second <= 12
        return (2, 1, 0, ambiguous) if first > 12 or (ambiguous and day_first is not False) else (2, 0, 1, ambiguous)
    return None


def _bare(glue: str) -> str:
    return "".join(ch for ch in glue if ch not in _OPEN_CLOSE and ch not in _OPEN_CLOSE.values())


def _core_at(text: str, start: int, language: str | None, day_first: bool | None):
    """(date, pieces, order, ambiguous, end) of the three fields at ``start``, else None."""
    fields, glues, closes = [], [], []
    pos = start
    for i in range(3):
        field = _field_at(text, pos, language)
        if field is None:
            return None
        pos = field[3]
        close = ""
        opened = [ch for ch in (glues[-1] if glues else "") if ch in _OPEN_CLOSE]
        if opened:  # a field opened by a bracket is closed right after it
            if len(opened) > 1 or pos >= len(text) or text[pos] != _OPEN_CLOSE[opened[0]]:
                return None
            close = text[pos]
            pos += 1
        fields.append(field)
        closes.append(close)
        if i < 2:
            glue, nxt = _glue_at(text, pos)
            if not glue:
                return None  # fields glued together: a code, not a date
            glues.append(glue)
            pos = nxt
    order = _order(fields, [c + g for c, g in zip(closes, glues, strict=False)], day_first)
    if order is None:
        return None
    if pos < len(text) and _is_word_char(text[pos]):
        return None  # a field glued to a further word
    after, nxt = _glue_at(text, pos)
    numbers_only = all(f[0] == "N" for f in fields)
    if numbers_only and after == glues[-1] and nxt < len(text) and text[nxt].isdigit() and not _TIME.match(text, pos):
        return None  # a fourth group in the same layout: a number in groups (a month word is none)
    year_at, month_at, day_at, ambiguous = order
    year = int(fields[year_at][1])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    month = fields[month_at][1] if fields[month_at][0] == "W" else int(fields[month_at][1])
    try:
        found = date(year, month, int(fields[day_at][1]))
    except ValueError:
        return None
    day_text = fields[day_at][1]
    slots = {year_at: ("Y", 4)}
    # The day is padded where it was written with a zero, or beside a padded number month (``21-05-2013``).
    padded = day_text.startswith("0") or (len(day_text) == 2 and fields[month_at][0] == "N" and not fields[day_at][2])
    slots[day_at] = ("S", 2 if padded else 1, fields[day_at][2])
    slots[month_at] = fields[month_at][2] if fields[month_at][0] == "W" else ("M", len(fields[month_at][1]))
    pieces: list = []
    for i in range(3):
        pieces.append(slots[i])
        if closes[i]:
            pieces.append(closes[i])
        if i < 2:
            pieces.append(glues[i])
    written = "".join("M" if slots[i][0] in ("W", "X", "M") else slots[i][0].replace("S", "D") for i in range(3))
    return found, pieces, written, ambiguous, pos


def _residue(text: str, pos: int, born: date, today: date, ages: bool = True) -> tuple[list, int]:
    """What stands after a date, by its shape: a time of day (kept), an age in brackets that agrees with the date
    (recomputed; only with ``ages``); (pieces, end)."""
    pieces: list = []
    for _ in range(2):
        m = _TIME.match(text, pos)
        if m is not None and int(m.group("h")) <= 24 and int(m.group("m")) <= 59:
            pieces.append(m.group(0))
            pos = m.end()
            continue
        m = _AGE.match(marks_as_letters(text), pos) if ages else None
        if m is not None and _OPEN_CLOSE[m.group("open")] == m.group("close"):
            lag = age_on(born, today) - int(m.group("age"))
            if 0 <= lag <= MAX_LAG and int(m.group("age")) <= MAX_AGE:
                pieces += [m.group("head"), ("A", lag), m.group("foot")]
                pos = m.end()
                continue
        break
    return pieces, pos


def read_field_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None, today: date | None = None
) -> FieldDateReading | None:
    """The date written at ``text[start:]`` as three fields (see the module) with the time or age after it, or
    None; the reading's ``end`` is where it stops.

    Example::

        read_field_date_at("born 19º de Abrit de 1951, at", 5).end  # 24
    """
    if start >= len(text) or not _is_word_char(text[start]) or (start > 0 and _is_word_char(text[start - 1])):
        return None  # a date starts a word: ``12 May`` is not ``2 May``, ``v1.2.2020`` no date
    window = text[: start + MAX_SPAN]
    core = _core_at(window, start, language, day_first)
    if core is None:
        return None
    born, pieces, order, ambiguous, end = core
    today = today or date.today()
    more, end = _residue(window, end, born, today)
    return FieldDateReading(born, tuple(pieces + more), order, ambiguous, end, today=today)


def with_residue(text: str, reading: DateReading, today: date | None = None) -> DateReading:
    """``reading`` (of any reader) extended over the time of day written after it (and the bracket its separator
    opened before the year), so a whole cell ``02-04-1998 07:45`` or ``Eneru 14 (2011)`` reads as a date;
    ``reading`` itself when nothing follows.

    Example::

        r = read_date_at("21-05-2013 15:57")  # end 10
        with_residue("21-05-2013 15:57", r).end  # 16
    """
    today = today or date.today()
    end, more = reading.end, []
    glue = "".join(p for p in reading.pieces if isinstance(p, str))
    opened = [ch for ch in glue if ch in _OPEN_CLOSE]
    closed = [ch for ch in glue if ch in _OPEN_CLOSE.values()]
    if len(opened) == len(closed) + 1 and text[end : end + 1] == _OPEN_CLOSE[opened[-1]]:
        more, end = [text[end]], end + 1  # ``Eneru 14 (2011)``: the bracket a separator opened before the year
    # Ages after another reader's date are :mod:`age_annotated_dates`' and :mod:`text_birth_age_tails`' to read
    # (they read the date, then the age after its end): only the time of day is added here.
    tail, end = _residue(text[: end + MAX_SPAN], end, reading.date, today, ages=False)
    more += tail
    if not more:
        return reading
    lead = getattr(reading, "lead", None)
    if lead is not None:  # a dressed reading writes its weekday or age first: keep its own writer around the date
        return _Wrapped(reading.date, tuple(more), reading.order, reading.ambiguous, end, today=today, inner=reading)
    return FieldDateReading(
        reading.date, tuple(reading.pieces) + tuple(more), reading.order, reading.ambiguous, end, today=today
    )


@dataclass(frozen=True)
class _Wrapped(FieldDateReading):
    """A reading of another reader (its own ``write``) followed by residue pieces."""

    inner: DateReading | None = None

    def write(self, new: date) -> str:
        head = self.inner.write(new) if self.inner is not None else ""
        return head + FieldDateReading.write(self, new)
