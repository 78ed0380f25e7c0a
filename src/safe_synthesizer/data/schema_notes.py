"""Which schema notes only say how values are written back, and which ask for a look.

``TableSchema.notes`` holds one sentence per type decision a reader might not expect. Some of
them change nothing a user must check: the column keeps its written form (``4.235,50``, ``255.80``,
several date layouts, ``n/a`` codes next to numbers) or the types were read from a sample and
checked on every row. Those are *format notes*: the console lists them under "Notes", apart
from "Check these", so that a real warning (a column kept as text because 30 % of it is not a
date, Excel serials typed as integers, JSON kept as free text) is not lost among five lines of
"written back the same way" (probe 6: payroll_de's one warning sat beside five such notes).

A note is recognised by how it ends: every format note that ``data.inference`` and
``data.sampled_schema`` write ends with one of ``FORMAT_NOTE_ENDINGS``; a new note is a warning
unless its ending is added here.
"""

from __future__ import annotations

import re

__all__ = ["FORMAT_NOTE_ENDINGS", "is_format_note"]

FORMAT_NOTE_ENDINGS = (
    "written back the same way",  # thousands separators, decimal comma, currency, units
    "written back so",  # fixed decimals, trailing zeros included
    "each value is written back in its own format",  # several date layouts
    "kept as special values next to the numbers",
    "kept as special values next to the dates",
    "checked on every row",  # types inferred from a sample of a large file
)
# The sampled-schema note may name the columns inferred again on all rows after its ending.
_SAMPLED_AGAIN = re.compile(r"; inferred again on all rows: .*$")


def is_format_note(note: str) -> bool:
    """True when ``note`` only says a column keeps its written form (nothing to check).

    Example:
        >>> is_format_note("'Netto': numbers written with thousands '.' and decimal ','; written back the same way")
        True
        >>> is_format_note("'visit': 40% of values unparsable as dates, kept as categorical")
        False
    """
    return _SAMPLED_AGAIN.sub("", note.strip()).endswith(FORMAT_NOTE_ENDINGS)
