"""A birth date's span in a note grown over the age written after it (``o tsholetswe ka 1983-05-01 → 43``).

Why: the note readers find the birth date and stop where the date stops, so the fake date was written beside the
true age (``1983-12-12 → 43``): the age is the person's, it says the birth year the shift hides, and it no longer
agrees with the date beside it. A cell reader already reads a date with its age (:mod:`age_annotated_dates`: any
symbol, a dash, a bracket, an age word, the number, accepted only when the number IS the age of that date), and the
fakes of a birth date rewrite the age for the fake date with the same lag. So a note's birth-date span is grown
over what follows it when the two together read so: after the date a short run of symbols then the number
(``→ 43``, ``- 43``, ``=> 43``), or a bracket holding the number with up to one word each side (``(43)``, ``(age
43)``, ``[43 ans]``). Nothing else is grown: a number that is no age of the date (``→ 12``), a list (``, 43``),
another kind of span.

Example::

    with_age_tails("born 1983-05-01 → 43, tel", [(5, 15, "date_of_birth")], today=date(2026, 12, 7))
    # [(5, 20, 'date_of_birth')]
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.age_annotated_dates import read_aged_date
from safe_synthesizer.pii.script_marks import marks_as_letters

# What may follow a birth date as its age: a spaced run of symbols and the number (no digit after it), or a bracket
# holding the number with at most one short word before and after it.
_TAIL = re.compile(
    r"[ \t]+[^\w\s,;/()\[\].]{1,3}[ \t]*\d{1,3}(?![\d.,:/]\d)(?!\w)"
    r"|[ \t]*[(\[](?:[^\W\d_]{1,8}\.?:?[ \t]*)?\d{1,3}(?:[ \t]?[^\W\d_]{1,8}\.?)?[)\]]"
)


def with_age_tails(
    text: str, spans: list[tuple[int, int, str]], today: date | None = None
) -> list[tuple[int, int, str]]:
    """``spans`` with each birth-date span grown over the agreeing age written right after it (see the module); a
    new list, the other spans as they are.

    Example::

        with_age_tails("Wodzi: 2007-03-27 (19), fon", [(7, 17, "date_of_birth")], today=date(2026, 12, 7))
        # [(7, 22, 'date_of_birth')]
    """
    if not any(e == E.DATE_OF_BIRTH for _, _, e in spans):
        return list(spans)
    today = today or date.today()
    out = []
    for start, end, entity in spans:
        # ``[15 വയസ്സ്]``: an age word of a script with vowel signs, read with its marks standing as letters.
        m = _TAIL.match(marks_as_letters(text), end) if entity == E.DATE_OF_BIRTH else None
        if m is not None and read_aged_date(text[start : m.end()], today) is not None:
            end = m.end()
        out.append((start, end, entity))
    return out
