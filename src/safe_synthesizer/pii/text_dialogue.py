"""A date of birth given as the answer to a question about it, in a transcript or a chat.

Why: call transcripts, chat logs and voice-assistant records ask for the birth date in one turn and get it
in the next: ``ASSISTANT: Can you confirm your date of birth? CALLER: 1988-02-03.``. The answer carries no
birth word; the question does. The date-of-birth rule of ``text_patterns`` wants its date right after the
cue and stops at the question mark and the speaker's label.

Rule: a birth cue of the caller's (the date-of-birth words of every supported language: ``date of birth``,
``born``, ``Geburtsdatum``, ``fecha de nacimiento``, ``data di nascita``...), a question mark (``?``, ``？``,
``؟``) closing the same sentence within 60 characters, then at the start of the answer (on the same line or
the next) an optional speaker label (``CALLER:``, ``Kunde:``, ``A:``), at most two short words (``it's``,
``yes,``, ``sure``, ``c'est le``) and a full date of a year from 1900 to this year. A question about another
date (``When is the appointment? 12/03/2025``) has no birth cue; a date later in the answer (``Date of
birth? Not given, seen 2024-05-01``) is past the two short words.

Example::

    dialogue_dob_spans("Q: Your date of birth? A: 1988-02-03.", "date of birth|born", r"\\d{4}-\\d{2}-\\d{2}")
    # [(26, 36, 'date_of_birth')]
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

_QUESTION_MARKS = ("?", "？", "؟")
# The rest of the question after its cue: no sentence end and no line break before the question mark.
_REST = r"[^?？؟.!\n]{0,60}[?？؟]"
# The answer's speaker label (``CALLER:``, ``Client 2:``, ``A:``) and its short opening words (``it's``,
# ``yes,``, ``sure``, ``c'est le``, ``es el``): at most two, of at most ten letters each.
_LABEL = r"(?:[^\W\d_][^\W_:]{0,15}(?:[ \t][^\W_:]{1,15})?[ \t]*:[ \t]*)?"
_FILLER = r"(?:[^\W\d_]{1,10}(?:['’][^\W\d_]{1,3})?[ \t]*[,\-–]?[ \t]+){0,2}"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@lru_cache(maxsize=4)
def _answer(cue: str, date: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<!\w)(?:{cue})(?:(?<=[.)])|(?!\w)){_REST}[ \t]*(?:\r?\n[ \t]*)?{_LABEL}{_FILLER}"
        rf"(?P<date>{date})(?![\d/.\-]\d)"
    )


def dialogue_dob_spans(text: str, cue: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates answering a birth-date question in ``text``; ``cue`` is the regex of the caller's birth
    words, ``date`` that of a full date."""
    if not any(q in text for q in _QUESTION_MARKS):
        return []
    out = []
    for m in _answer(cue, date).finditer(text):
        years = _YEAR.findall(m.group("date"))
        if years and not 1900 <= int(years[-1]) <= dt.date.today().year:
            continue
        out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    return out
