"""Birth dates in notes told by the age in brackets after them, in any language, with no birth word before them.

Why: the note readers find a birth date after a birth word of the languages they know; a note in another language
(Sakha ``төрөөбүт күнэ 16/06/1980 [46 сыл]``, Armenian ``ծննդյան ամսաթիվ՝ 10/12/1987 [38 տարեկան]``) had its cue
unread and its birth date published. The age beside the date says what the date is, whatever the words: a number in
brackets right after a date, with at most one word before it and two after it in any script, that IS the person's
age from that date (as :mod:`age_annotated_dates` reads one in a cell: the same lag of at most
:data:`age_annotated_dates.MAX_LAG` years). Counts in brackets (``12/03/2024 (2 items)``) agree with a recent date
by chance: the age must be :data:`MIN_AGE` or more.

Example::

    aged_date_spans("төрөөбүт күнэ 16/06/1980 [46 сыл]. Эрийиҥ", today=date(2026, 12, 7))
    # [(14, 33, 'date_of_birth')]
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii import date_reader
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.age_annotated_dates import MAX_AGE, MAX_LAG, age_on
from safe_synthesizer.pii.script_marks import marks_as_letters

# The youngest age read as one (a count of 1-2 agrees with a recent date by chance).
MIN_AGE = 3
# How far before the bracket a date may start.
MAX_DATE_CHARS = 40
# A bracket holding a number with at most one word before it and two after it (marks read as letters).
_AGE = re.compile(
    r"[ \t]*[(\[](?:[^\W\d_]{1,12}\.?:?[ \t]*)?(?P<age>\d{1,3})(?:[ \t]?[^\W\d_]{1,10}\.?){0,2}[ \t]*[)\]]"
)


def aged_date_spans(text: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ``date_of_birth``) of each date in ``text`` followed by its agreeing age in brackets, the span
    over both (the fake date's age is written for it).

    Example::

        aged_date_spans("Ծննդյան տոն՝ Գոհար, ամսաթիվ՝ 10/12/1987 [38 տարեկան]։", today=date(2026, 12, 7))[0][2]
        # 'date_of_birth'
    """
    if "[" not in text and "(" not in text:
        return []
    lettered = marks_as_letters(text)
    today = today or date.today()
    out = []
    for m in _AGE.finditer(lettered):
        age = int(m.group("age"))
        if not MIN_AGE <= age <= MAX_AGE:
            continue
        for start in range(max(0, m.start() - MAX_DATE_CHARS), m.start()):
            if not text[start].isalnum() or (start > 0 and text[start - 1].isalnum()):
                continue  # a date starts a word
            reading = date_reader.read_date_at(text, start)
            if reading is None or reading.end > m.start():
                continue
            if text[reading.end : m.start()].strip(" \t") or not 0 <= age_on(reading.date, today) - age <= MAX_LAG:
                continue
            out.append((start, m.end(), E.DATE_OF_BIRTH))
            break
    return out
