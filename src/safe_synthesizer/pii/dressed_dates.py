"""Dates the token reader leaves: any one separator used twice, month words of any language, a weekday or an age
before the date.

Why: :mod:`date_reader` reads a date's fields joined by the separators it lists and month words of the languages
:mod:`month_names` lists. Each set writes its birth dates another way: ``25:10:2021`` (a colon), ``03~04~2003``,
``2014/ਜੂਨ/17`` (a script whose vowel signs are no word letters to a regular expression), ``4-fevriye-1960``
(a month of a language no table had), ``Thu-06-03-2014`` and ``mad-02-04-2019`` (a weekday of any language before
it), ``age 89 – 16.8.1937`` (the age before it, in the table's own word). Each was one more layout for one more
rule. This reader takes the structure instead:

- the date is three fields, numbers or one month word, joined by separators (any run of up to three characters
  that are no letters, digits or marks: ``:``, ``~``, ``|``, ``\\``, ``·``, ``_``, ``/``, `` - ``); a number only
  date uses ONE separator twice and needs a four-digit year (first or last), so a time (``20:15:30``), a score
  (``3:1``) or a version (``1.2.3``) is none, and nothing may be glued after it (a fourth group in the same
  layout);
- a month word is one of :mod:`date_reader`'s, or of :mod:`calendar_words_world` (about two hundred languages of
  the C library's locales), or a Latin word whose start is one month's alone (``Janyuwari``);
- before it may stand a weekday word of any language of those tables, when it names the date's own weekday, or an
  age (``age 89 –``, ``umur 53 –``: at most one word of any language, the number, a dash or a colon) when the
  number is the person's age from that date (as :mod:`age_annotated_dates` reads one after it).

The reading is a :class:`date_reader.DateReading` whose ``write`` keeps the layout: the separator, the field order
and widths, the month word in its language, form and case, the weekday recomputed for the new date in the same
language and form, the age recomputed with the same lag. :func:`date_reader.read_date_at` falls back to this
reader, so every birth-date reader of columns and notes, and the shifter of fakes, reads these layouts.

Example::

    read_dressed_date_at("Fèt: 4-fevriye-1960.", 5).date  # datetime.date(1960, 2, 4)
    read_dressed_date_at("Thu-06-03-2014", 0).write(date(2014, 3, 8))  # 'Sat-08-03-2014'
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from safe_synthesizer.pii.age_annotated_dates import MAX_AGE, MAX_LAG, age_on
from safe_synthesizer.pii.calendar_words_world import (
    month_by_start,
    month_forms,
    weekday_forms,
    world_month,
    world_weekdays,
    written_like,
)
from safe_synthesizer.pii.date_reader import MAX_YEAR, MIN_YEAR, DateReading, month_of_word

# The longest separator between a date's fields, and the longest word before a date (an age's word).
MAX_GLUE = 3
MAX_LEAD_WORD = 14
# How far into the text a date (with what stands before it) may reach.
MAX_SPAN = 48
_DASHES = "-\u2013\u2014:"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


def _run(text: str, pos: int) -> int:
    """The end of the run at ``pos``: digits, or letters and marks (``12ab`` is two runs)."""
    end = pos
    if text[pos].isdigit():
        while end < len(text) and text[end].isdigit():
            end += 1
        return end
    while end < len(text) and _is_word_char(text[end]) and not text[end].isdigit():
        end += 1
    return end


def _glue_end(text: str, pos: int) -> int:
    """The end of the separator at ``pos``: characters no word holds, up to :data:`MAX_GLUE` of them."""
    end = pos
    while end < len(text) and end - pos <= MAX_GLUE and not _is_word_char(text[end]):
        end += 1
    return end


@dataclass(frozen=True)
class DressedReading(DateReading):
    """A :class:`DateReading` with what the token reader has no piece for: ``lead`` (``("K", language, rank,
    written, glue)`` a weekday, ``("A", word, lag, glue)`` an age, or None) and world month words in ``pieces`` as
    ``("X", language, rank, written)``."""

    lead: tuple | None = None
    today: date | None = None

    def write(self, new: date) -> str:
        """``new`` written in this reading's layout, its weekday or age recomputed.

        Example::

            read_dressed_date_at("2014/ਜੂਨ/17", 0).write(date(2014, 7, 2))  # '2014/ਜੁਲਾਈ/02'
        """
        out = [self._lead(new)]
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif piece[0] == "X":
                _, lang, rank, written = piece
                out.append(written_like(month_forms()[lang][new.month - 1], rank, written))
            else:
                out.append(DateReading(new, (piece,), "", False, 0).write(new))
        return "".join(out)

    def _lead(self, new: date) -> str:
        if self.lead is None:
            return ""
        if self.lead[0] == "K":
            _, lang, rank, written, glue = self.lead
            return written_like(weekday_forms()[lang][(new.weekday() + 1) % 7], rank, written) + glue
        _, head, lag, glue = self.lead
        return f"{head}{max(age_on(new, self.today or date.today()) - lag, 0)}{glue}"


def _field(text: str, start: int, end: int, language: str | None) -> tuple | None:
    """("N", digits) or ("W", month, piece) of the field ``text[start:end]``."""
    word = text[start:end]
    if word.isdigit():
        return ("N", word) if len(word) <= 4 else None
    if any(ch.isdigit() for ch in word):
        return None
    if (known := month_of_word(word, language)) is not None and known[1].cut in (0, len(word)):
        return ("W", known[0], ("W", known[1]))
    if (found := world_month(word, language)) is not None:
        return ("W", found[0], ("X", found[1], found[2], word))
    if (month := month_by_start(word)) is not None:
        lang = language if language in month_forms() else "en"
        forms = month_forms()[lang][month - 1]
        return ("W", month, ("X", lang, len(forms) - 1, word))
    return None


def _fields_at(text: str, pos: int, language: str | None) -> tuple[list[tuple], list[str], int] | None:
    """Three fields at ``pos`` joined by separators, the same twice in a number only date: (fields, separators,
    end)."""
    fields: list[tuple] = []
    glues: list[str] = []
    for i in range(3):
        if pos >= len(text) or not _is_word_char(text[pos]):
            return None
        end = _run(text, pos)
        field = _field(text, pos, end, language)
        if field is None:
            return None
        fields.append(field)
        if i == 2:
            pos = end
            break
        after = _glue_end(text, end)
        sep = text[end:after]
        if not sep or after - end > MAX_GLUE:
            return None
        glues.append(sep)
        pos = after
    numbers_only = all(f[0] == "N" for f in fields)
    if numbers_only and (glues[0] != glues[1] or glues[0].isspace()):
        return None  # a number only date: one separator used twice (spaced ones are the token reader's)
    glue = glues[1]
    if pos < len(text) and _is_word_char(text[pos]):
        return None  # a field glued to a further word
    nxt = _glue_end(text, pos)
    if text[pos:nxt] == glue and nxt < len(text) and text[nxt].isdigit():
        return None  # a fourth group in the same layout
    return fields, glues, pos


def _order(fields: list[tuple], day_first: bool | None) -> tuple[int, int, int, bool] | None:
    """(year, month, day) positions of three fields and whether day and month could swap, else None."""
    words = [i for i, f in enumerate(fields) if f[0] == "W"]
    lengths = [len(f[1]) if f[0] == "N" else 0 for f in fields]
    if len(words) > 1:
        return None
    if words == [1] and lengths[2] == 2 and lengths[0] <= 2:
        return 2, 1, 0, False  # ``17-Jun-98``: a two-digit year only last, after a day
    if words:
        # Beside a month word the year (four digits) and the day (one or two) tell themselves apart in any order:
        # ``1948, 24 mars``, ``2014/ਜੂਨ/17``, ``mars 24, 1948``.
        others = [i for i in range(3) if i != words[0]]
        years = [i for i in others if lengths[i] == 4]
        days = [i for i in others if 1 <= lengths[i] <= 2]
        return (years[0], words[0], days[0], False) if len(years) == 1 and len(days) == 1 else None
    if lengths[0] == 4 and max(lengths[1:]) <= 2:
        return 0, 1, 2, False
    if lengths[2] == 4 and max(lengths[:2]) <= 2:
        first, second = int(fields[0][1]), int(fields[1][1])
        ambiguous = first <= 12 and second <= 12
        day_at_first = first > 12 or (ambiguous and day_first is not False)
        return (2, 1, 0, ambiguous) if day_at_first else (2, 0, 1, ambiguous)
    return None


def _core_at(text: str, pos: int, language: str | None, day_first: bool | None):
    """(date, pieces, order, ambiguous, end) of the three-field date at ``pos``, else None."""
    found = _fields_at(text, pos, language)
    if found is None:
        return None
    fields, glues, end = found
    order = _order(fields, day_first)
    if order is None:
        return None
    year_at, month_at, day_at, ambiguous = order
    year_text = fields[year_at][1]
    year = int(year_text) + (0 if len(year_text) == 4 else 1900 if int(year_text) > 30 else 2000)
    month = int(fields[month_at][1])
    if not MIN_YEAR <= year <= MAX_YEAR or len(fields[day_at][1]) > 2:
        return None
    try:
        found_date = date(year, month, int(fields[day_at][1]))
    except ValueError:
        return None
    slots = {year_at: ("Y", len(year_text)), day_at: ("D", 2 if len(fields[day_at][1]) == 2 else 1, "")}
    slots[month_at] = fields[month_at][2] if fields[month_at][0] == "W" else ("M", len(fields[month_at][1]))
    pieces = (slots[0], glues[0], slots[1], glues[1], slots[2])
    written = "".join("M" if slots[i][0] in ("W", "X") else slots[i][0] for i in range(3))
    return found_date, pieces, written, ambiguous, end


def _leads_at(text: str, pos: int) -> list[tuple[str, int, str, int]]:
    """What may stand before a date at ``pos``: (a word, -1, its separator, where the date starts) and (the words
    before an age, the age, its separator, where the date starts), each where the text allows it."""
    if pos >= len(text) or not _is_word_char(text[pos]):
        return []
    if text[pos].isdigit():
        age = _age_number_at(text, pos, "")
        return [age] if age is not None else []
    end = _run(text, pos)
    after = _glue_end(text, end)
    glue = text[end:after]
    if end - pos > MAX_LEAD_WORD or not glue or after >= len(text) or not _is_word_char(text[after]):
        return []
    out = [(text[pos:end], -1, glue, after)]
    if text[after].isdigit() and glue.isspace():
        age = _age_number_at(text, after, text[pos:after])
        out += [age] if age is not None else []
    return out


def _age_number_at(text: str, pos: int, head: str) -> tuple[str, int, str, int] | None:
    """``89 – `` at ``pos``: a number of up to three digits, then spaces and a dash or a colon, then the date."""
    end = pos
    while end < len(text) and text[end].isdigit() and end - pos < 4:
        end += 1
    if end == pos or end - pos > 3:
        return None
    after = _glue_end(text, end)
    glue = text[end:after]
    if not glue.strip() or glue.strip() not in _DASHES or not glue.startswith(" "):
        return None
    return head, int(text[pos:end]), glue, after


def read_dressed_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None, today: date | None = None
) -> DressedReading | None:
    """The date written at ``text[start:]`` in a layout the module reads, with a weekday or an age before it, or
    None; the reading's ``end`` is where the date stops.

    Example::

        read_dressed_date_at("Nascita: 17:05:1960. Conferma", 9).end  # 19
    """
    if start >= len(text) or not _is_word_char(text[start]):
        return None
    window = text[: start + MAX_SPAN]
    core = _core_at(window, start, language, day_first)
    if core is not None:
        return DressedReading(*core)
    for head, number, glue, at in _leads_at(window, start):
        core = _core_at(window, at, language, day_first)
        if core is None:
            continue
        born = core[0]
        if number < 0:
            weekday = (born.weekday() + 1) % 7
            named = [w for w in world_weekdays(head) if w[0] == weekday]
            if named:  # a word before the date that is its weekday
                _, lang, rank = sorted(named, key=lambda w: (w[1] != language, w[1]))[0]
                return DressedReading(*core, lead=("K", lang, rank, head, glue))
            continue
        today = today or date.today()
        lag = age_on(born, today) - number
        if 0 <= lag <= MAX_LAG and number <= MAX_AGE:  # the number is the age of this date
            return DressedReading(*core, lead=("A", head, lag, glue), today=today)
    return None
