"""Which schema notes only say how values are written back, and which ask for a look.

``TableSchema.notes`` holds one sentence per type decision a reader might not expect. Some of
them change nothing a user must check: the column keeps its written form (``4.235,50``, ``255.80``,
several date layouts, ``n/a`` codes next to numbers) or the types were read from a sample and
checked on every row. Those are *format notes*: the console lists them under "Notes", apart
from "Check these", so that a real warning (a column kept as text because 30 % of it is not a
date, Excel serials typed as integers, JSON kept as free text) is not lost among five lines of
"written back the same way" (probe 6: payroll_de's one warning sat beside five such notes).

Each note carries its ``kind`` ("check" or "format"), set where it is made: ``format_note`` and
``check_note`` build a :class:`SchemaNote` (a ``str``, so ``TableSchema.notes`` and ``schema.json``
keep plain sentences). A note read back from ``schema.json`` is a plain string; its kind is then
recognised by how it ends (``FORMAT_NOTE_ENDINGS``). The two agree by construction: ``format_note``
refuses a sentence without a format ending and ``check_note`` one with it, so a new format note
cannot be shown as a warning after a round trip (nor a warning hidden among the notes).

Example:
    >>> note = format_note("'Netto': numbers written with a '$' prefix; written back the same way")
    >>> note.kind, note_kind(str(note)), note_kind(check_note("'visit': 40% of values unparsable as dates"))
    ('format', 'format', 'check')
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = [
    "FORMAT_NOTE_ENDINGS",
    "NoteKind",
    "SchemaNote",
    "check_note",
    "format_note",
    "group_notes",
    "is_format_note",
    "note_kind",
]

NoteKind = Literal["check", "format"]

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


class SchemaNote(str):
    """A schema note: the sentence itself, plus ``kind`` ("check": worth a look; "format": the
    column keeps its written form, nothing to check)."""

    kind: NoteKind

    def __new__(cls, text: str, kind: NoteKind) -> SchemaNote:
        note = super().__new__(cls, text)
        note.kind = kind
        return note

    def __reduce__(self) -> tuple:  # copies and pickles keep the kind
        return SchemaNote, (str(self), self.kind)


def format_note(text: str) -> SchemaNote:
    """A note that only says how a column is written back; ``text`` must end with one of
    ``FORMAT_NOTE_ENDINGS`` (so that it reads back as a format note from ``schema.json``)."""
    if not is_format_note(text):
        raise ValueError(f"a format note must end with one of FORMAT_NOTE_ENDINGS: {text!r}")
    return SchemaNote(text, "format")


def check_note(text: str) -> SchemaNote:
    """A note the user should check; ``text`` must not end like a format note."""
    if is_format_note(text):
        raise ValueError(f"a note to check must not end like a format note: {text!r}")
    return SchemaNote(text, "check")


def note_kind(note: str) -> NoteKind:
    """The note's kind: as made (``SchemaNote``), or, for a plain string read back from a file,
    recognised by its ending."""
    kind = getattr(note, "kind", None)
    if kind in ("check", "format"):
        return kind
    return "format" if is_format_note(note) else "check"


def group_notes(notes: list[str]) -> dict[NoteKind, list[str]]:
    """``notes`` by kind, notes to check first, each group in the notes' order.

    Example:
        >>> group_notes([format_note("'a': x; written back so"), check_note("'b': kept as text")])
        {'check': ["'b': kept as text"], 'format': ["'a': x; written back so"]}
    """
    groups: dict[NoteKind, list[str]] = {"check": [], "format": []}
    for note in notes:
        groups[note_kind(note)].append(note)
    return groups
