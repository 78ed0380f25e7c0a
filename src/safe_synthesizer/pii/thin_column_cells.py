"""A column's filled cells with its junk taken out, and how thin the column is: what the thin-column pass reads.

Why: a mostly empty column (a swarm contact, who found the animal, an emergency phone filled in one row in five)
was judged with every share over all its rows, so its empty cells and its junk (``(none given)``, ``no data``,
``s/ info``, ``0000``, ``---``, a form's missing-cell word in the table's language) counted against the few cells
that held a person, a phone or an e-mail (set 44: 29 of 91 person-column misses shown, more hidden, and phone,
e-mail and id columns filled at 20-60 %). Here the cells are taken over FILLED, NON-JUNK cells and the fill rate
is kept as a number to weigh, not a veto.

Junk is told by what it is, not by a list of a set's words:

* the not-known words of any language the detectors know and such a word with a remark
  (:func:`not_known_cells.not_known_keys`);
* no letter and no digit (``---``, ``?``, ``#``), or digits that are one digit repeated (``0000``, ``000-000``);
* a cell wholly in brackets or led by a symbol (``(none given)``, ``<blank>``, ``#N/A``, ``~``) with no digit and no
  ``@``;
* a lower-case phrase of two to four words with no digit, ``@`` or handle separator (``left blank``, ``did not
  say``, ``mana kanchu``) in a column whose other lettered cells are mostly not lower case: there a person, a place
  or an address is written with capitals, and the phrase is a clerk's remark.

Lone lower-case words (``pendiente`` or a login ``ylegrand``) are not junk here: which they are is for the reader of
the entity to say (a handle is vouched for by the column's other names).

Example::

    view = thin_view(pd.Series(["", "Anna Berg", "(none given)", "", "0000", "Leon Berg (son)"]))
    view.cells  # ("Anna Berg", "Leon Berg (son)")
    view.fill, view.n_junk  # (0.6666666666666666, 2)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = ["ThinView", "junk_cells", "thin_view"]

# Rows read: a thin column's evidence is in its first rows as much as anywhere.
MAX_ROWS = 2000
# Share of a column's lettered cells written in lower case above which a lower-case phrase may be a name.
MAX_LOWER_FOR_REMARK = 0.5

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_ONE_DIGIT_REPEATED = re.compile(r"^(\d)(?:[\s./\-]*\1)*$")
_BRACKETED = re.compile(r"^\s*[(\[<{].*[)\]>}]\s*$")
_SYMBOL_LED = re.compile(r"^[#~*?!/\\|_=+-]")
_HANDLE_MARK = re.compile(r"[._@]")


@dataclass(frozen=True)
class ThinView:
    """A column read for the thin-column pass: ``cells`` (filled, not junk, trimmed, in row order), ``n_rows`` (rows
    read), ``n_filled`` (rows with any text), ``n_junk`` (filled rows that are junk)."""

    cells: tuple[str, ...]
    n_rows: int
    n_filled: int
    n_junk: int

    @property
    def fill(self) -> float:
        """Share of the rows read that hold any text (junk included)."""
        return self.n_filled / self.n_rows if self.n_rows else 0.0

    @property
    def distinct(self) -> tuple[str, ...]:
        """The distinct cells, in first-seen order."""
        return tuple(dict.fromkeys(self.cells))


def _lower_share(values: Sequence[str]) -> float:
    """Share of the lettered word cells (no digit, no ``@``: e-mails and phone cells say nothing of how the column
    writes words) in lower case."""
    words = [v for v in values if "@" not in v and not _DIGIT.search(v)]
    cased = [v for v in words if any(ch.isalpha() and ch.lower() != ch.upper() for ch in v)]
    if not cased:
        return 0.0
    return sum(v == v.lower() for v in cased) / len(cased)


def _structural_junk(value: str, remarks_allowed: bool) -> bool:
    if not _LETTER_OR_DIGIT.search(value):
        return True
    if _ONE_DIGIT_REPEATED.match(value):
        return True
    if "@" in value or _DIGIT.search(value):
        return False
    if _BRACKETED.match(value) or _SYMBOL_LED.match(value):
        return True
    words = value.split()
    return (
        remarks_allowed
        and 2 <= len(words) <= 4
        and value == value.lower()
        and value != value.upper()  # a cased script
        and not _HANDLE_MARK.search(value)
    )


def junk_cells(distinct: Sequence[str]) -> set[str]:
    """The cells of ``distinct`` (a column's distinct trimmed filled values) that are junk (module docstring).

    >>> sorted(junk_cells(["Anna Berg", "no data", "(none given)", "0000", "ylegrand"]))
    ['(none given)', '0000', 'no data']
    """
    junk = set(not_known_keys(list(distinct), E.NAME))
    rest = [v for v in distinct if v not in junk]
    remarks_allowed = _lower_share(rest) <= MAX_LOWER_FOR_REMARK
    junk |= {v for v in rest if _structural_junk(v, remarks_allowed)}
    return junk


def thin_view(series: pd.Series, max_rows: int = MAX_ROWS) -> ThinView:
    """The column's filled cells without its junk, with its fill rate (module docstring).

    >>> thin_view(pd.Series(["", "Anna Berg", "n/a", None])).cells
    ('Anna Berg',)
    """
    head = series.iloc[:max_rows]
    filled = [" ".join(v.split()) for v in head.to_numpy() if isinstance(v, str) and v.strip()]
    junk = junk_cells(list(dict.fromkeys(filled)))
    cells = tuple(v for v in filled if v not in junk)
    return ThinView(cells, len(head), len(filled), len(filled) - len(cells))
