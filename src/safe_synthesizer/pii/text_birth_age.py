"""A date of birth told by the person's age beside it, without a birth word.

Notes and referrals write a patient's age and birth date side by side: ``Mrs Kovač, 74 y/o, 12/03/1950``,
``Müller, Hans (74 J., 12.03.1950)``, ``Ana Pérez, 74 años, 12/03/1950``, ``Иванов, 74 года, 12.03.1950``,
``김현주(74세, 1950.03.12)``. No cue says "born"; the age does, and it can be checked: a birth date's year
plus the age is a year the note can have been written in (from 1990 to this year). A visit date beside
an age fails that check (``74 y/o, seen 12/03/2024``: 2024 + 74 is in the future), as does an event long
ago (``74 y/o, operated 1990-05-02``: 2064).

Rule: an age (a number of 0 to 120 with an age word of the language: ``y/o``, ``years old``, ``aged``,
``J.``, ``Jahre``, ``ans``, ``años``, ``anni``, ``jaar``, ``år``, ``lat``, ``let``, ``éves``, ``ani``,
``yaşında``, ``лет``, ``років``, ``ετών``, ``歳``, ``岁``, ``세``...) and a full date on the same line, at most
30 characters and two short words apart, either order, the date's year plus the age from 1990 to this year.

Example::

    age_dob_spans("Mrs Kovač, 74 y/o, 12/03/1950, fall at home.", DATE)  # [(19, 29, 'date_of_birth')]
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

# Age words after the number ("74 y/o", "74-year-old", "74 Jahre", "74-jährig", "74 ans", "74岁", "74세").
_AGE_AFTER = (
    r"y/?o|yo|yrs?(?:[ \t]+old)?|years?(?:[ \t]+old)?|-?year-old|j\.|jahre?|-?jährige?[rn]?|ans|años|anos|anni|"
    r"jaar|jr\.?|år|v\.|-?vuotias|vuotta|lat|l\.|let|rokov|roků|éves|ani|yaşında|yaş|ετών|χρονών|"
    r"лет|года?|год\.|р\.|років|роки|рокiв|god\.|godin[ae]|metų|gadi|aastat|歳|岁|세"
)
# Age words before the number ("aged 74", "Alter: 74", "âge 74", "edad: 74", "età 74", "wiek 74", "возраст 74").
_AGE_BEFORE = (
    r"aged|age|alter|âge|âgée?[ \t]+de|edad|idade|età|leeftijd|ålder|alder|ikä|wiek|věk|vek|életkor|vârsta|"
    r"vârstă|yaş|ηλικία|возраст|вік|dob/age|만"
)
_AGE = re.compile(
    rf"(?i)(?<![\w.,/])(?:(?P<n1>\d{{1,3}})[ \t]?(?:{_AGE_AFTER})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:{_AGE_BEFORE})[ \t]*[:=]?[ \t]*(?P<n2>\d{{1,3}})(?![\d.,/]\d))"
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_GAP = 30  # characters between the age and the date, at most
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _dates(date: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d./\-])(?:{date})(?![\d/.\-]\d)")


def _short_words(gap: str) -> bool:
    """Between the age and the date at most two short words (a label: ``DOB``, ``geb.``, ``male``, ``né le``);
    a sentence there (``5 years old, vaccinated 12/03/2019``) is about something else."""
    words = _WORDS.findall(gap)
    return len(words) <= 2 and all(len(w) <= 6 for w in words)


def _written_then(year: int, age: int) -> bool:
    """A person born in ``year`` was ``age`` in a year a note can be from (1990 to this year)."""
    return 1990 <= year + age <= dt.date.today().year + 1


def age_dob_spans(text: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates beside the person's age in ``text``; ``date`` is the regex of a full date (the caller's)."""
    if not any(ch.isdigit() for ch in text):
        return []
    ages = [(m.start(), m.end(), int(m.group("n1") or m.group("n2"))) for m in _AGE.finditer(text)]
    ages = [(a, b, n) for a, b, n in ages if n <= 120]
    if not ages:
        return []
    out = []
    for m in _dates(date).finditer(text):
        years = _YEAR.findall(m.group())
        if not years:
            continue
        year = int(years[0]) if "年" in m.group() or "년" in m.group() else int(years[-1])
        for a, b, n in ages:
            gap = text[b : m.start()] if b <= m.start() else text[m.end() : a] if m.end() <= a else None
            if gap is None or len(gap) > _GAP or "\n" in gap or _YEAR.search(gap) or not _short_words(gap):
                continue
            if _written_then(year, n):
                out.append((m.start(), m.end(), E.DATE_OF_BIRTH))
                break
    return out
