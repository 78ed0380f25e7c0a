"""A person's delimited record pasted into a text cell without its header line.

Why: notes receive rows copied out of another system without their header line:
``Pasted from the old system (row HF-2552-90643): "Sellers","Grant","02/17/2003","(260) 876-0488",
"kyle@x.net",...``. No key says what a field is; the fields themselves say whose record it is: a person's
name, a way to reach them (an e-mail, a phone) and one date. A person record's only date is its birth date
far more often than not (customer, patient and member exports carry the birth date as the one personal
date); a record about an order or an invoice either names no person with a contact, or carries two dates
(ordered, shipped), or a recent one (a booking).

Rule: at least four fields (quoted, or a whole line split by ``;``, ``|``, a tab or a comma), one of them a
name (one to three words, no town, a listed given name in Latin script, a listed name of its script in
another; or two neighbouring fields of one non-Latin script, as surname and given name the lists lack), one
an e-mail or a phone-like number (seven digits or more), exactly one a full date, and that date's year from
1900 to four years before this year (a date in the last years is more often the record's own: created,
booked). The date is a birth date and the name fields are names.

Example::

    record_spans('"Sellers","Grant","02/17/2003","(260) 876-0488","kyle@x.net"', DATE)
    # [(1, 8, 'name'), (12, 17, 'name'), (21, 31, 'date_of_birth')]
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_dates import plausible_birth_year
from safe_synthesizer.pii.text_records_header import DELIMITERS as _DELIMITERS
from safe_synthesizer.pii.validators.scripts import (
    script_family_known,
    script_full_name,
    script_given_known,
    script_letters,
    script_of,
    script_town,
)

# A run of four or more quoted fields, separated by a comma, a semicolon, a bar or a tab.
_QUOTED_ROW = re.compile(r'"[^"\n]{0,80}"(?:[ \t]*[,;|\t][ \t]*"[^"\n]{0,80}"){3,}')
_QUOTED_FIELD = re.compile(r'"([^"\n]{0,80})"')
_EMAIL = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")
_PHONE_LIKE = re.compile(r"^\+?[\d ()\-./]{7,24}$")
# One to three words of letters with inner hyphens or apostrophes ("Korbinian-Jörg-Peter", "O'Neil").
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
_NAME_FIELD = re.compile(rf"^{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_RECENT = 4  # years before this one whose dates are more often a record's own than a birth date


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    given = gazetteers.column_first_names()
    return given, given | gazetteers.column_surname_words(), gazetteers.all_cities()


def _has_given(field: str) -> bool:
    """A Latin field holds a listed given name (surname lists hold many words: ``Oak``, ``Brown``)."""
    given = _lists()[0]
    # compound given names count by their parts ("Korbinian-Jörg-Peter")
    words = re.split(r"[\s\-]+", field.lower())
    return bool(_NAME_FIELD.match(field)) and any(w in given or gazetteers.plain_form(w) in given for w in words)


def _is_name(field: str) -> bool:
    """One to three words of letters: listed given names or surnames, no town (``Коцева``, ``Grant``)."""
    if not _NAME_FIELD.match(field) and not (not _LATIN.search(field) and script_letters(field)):
        return False
    if not _LATIN.search(field):
        known = script_given_known(field) or script_family_known(field) or script_full_name(field)
        return known and not script_town(field) and len(field.split()) <= 3
    _, names, towns = _lists()
    low = field.lower()
    if low in towns:
        return False
    return any(w in names or gazetteers.plain_form(w) in names for w in re.split(r"[\s\-]+", low))


def _script_pair(values: list[str]) -> list[int]:
    """Two neighbouring fields of one non-Latin script, one to three words each and no listed town: a
    surname and a given name the lists lack (``"นิลสลัว","ลักษมี"``)."""
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        if _LATIN.search(a + b) or not (script_letters(a) and script_letters(b)):
            continue
        if script_of(a) == script_of(b) and not script_town(a) and not script_town(b):
            return [i, i + 1]
    return []


def _is_contact(field: str) -> bool:
    if _EMAIL.match(field):
        return True
    return _PHONE_LIKE.match(field) is not None and sum(ch.isdigit() for ch in field) >= 7


def _birth_date(field: str, date: re.Pattern[str], text: str) -> bool:
    years, now = _YEAR.findall(field), dt.date.today().year
    if years and now - _RECENT < int(years[0]) <= now:
        return False
    return plausible_birth_year(field, text)


def _row_spans(fields: list[tuple[int, int]], text: str, date: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Spans of one header-less row, given its fields' (start, end)."""
    # a closing dot belongs to Hungarian, Croatian and Latvian dates ("14.11.1975.")
    values = [text[a:b].strip().removesuffix(".") if date.fullmatch(text[a:b].strip()[:-1]) else text[a:b].strip()
              for a, b in fields]  # fmt: skip
    dates = [i for i, v in enumerate(values) if date.fullmatch(v)]
    names = [i for i, v in enumerate(values) if _is_name(v)]
    # a listed given name anywhere in the row, even one that is also a town's name ("Elliot")
    latin_given = any(_LATIN.search(v) and _has_given(v) for v in values)
    if not latin_given and not any(not _LATIN.search(values[i]) for i in names):
        names = _script_pair(values)
    contact = any(_is_contact(v) for k, v in enumerate(values) if k not in dates)
    if len(dates) != 1 or not names or not contact:
        return []
    i = dates[0]
    if not _birth_date(values[i], date, text):
        return []
    out = []
    for j in [*names, i]:
        a, b = fields[j]
        a += len(text[a:b]) - len(text[a:b].lstrip())
        out.append((a, a + len(values[j]), E.DATE_OF_BIRTH if j == i else E.NAME))
    return sorted(out)


def _line_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of a whole line's fields, split by its first delimiter giving four or more short fields."""
    line = text[start:end]
    for sep in _DELIMITERS:
        parts = line.split(sep)
        if len(parts) >= (5 if sep == "," else 4) and all(len(p) <= 60 for p in parts):
            out, pos = [], start
            for p in parts:
                out.append((pos, pos + len(p)))
                pos += len(p) + 1
            return out
    return []


def record_spans(text: str, date: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """(start, end, entity) of the birth dates and names of the person records pasted in ``text`` without a
    header; ``date`` is the caller's compiled regex of a full date."""
    if text.count(",") + text.count(";") + text.count("|") + text.count("\t") < 3:
        return []
    out = []
    if text.count('"') >= 8:
        for m in _QUOTED_ROW.finditer(text):
            fields = [(f.start(1), f.end(1)) for f in _QUOTED_FIELD.finditer(text, m.start(), m.end())]
            out += _row_spans(fields, text, date)
    if not out:
        pos = 0
        for line in text.split("\n"):
            if '"' not in line:
                fields = _line_fields(text, pos, pos + len(line))
                if fields:
                    out += _row_spans(fields, text, date)
            pos += len(line) + 1
    return out
