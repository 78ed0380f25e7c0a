"""A table's person cells seen through their machine encodings: decoded for the column judges, dressed back after
the fakes are drawn.

Why: every person reader (the form-free parts reader, the joined-name reader, the slot and caseless readers, the
classifier) reads a column's cells as they are written, so a column of names in a directory's, a card's or a web
form's dress (``CN=Misty Gonzalez,OU=Users``, ``N:Zaguri;Enrico;;;``, ``Mark%20Martinez``) and the plain names
beside them were left as written. One layer under all of them decodes the cells
(:mod:`cell_machine_encodings`) before any judge reads the column (:func:`undressed_frame`) and, for a column
judged to hold people, fakes the decoded name and writes the fake back in the cell's own dress
(:class:`EncodedValueCells`): ``CN=Lena Fischer,OU=Users``, ``N:Fischer;Lena;;;``, ``Lena%20Fischer``. The same
person in two dresses is one decoded name, so one fake.

Only cells whose decoded text is plain words (letters, spaces, ``.,'-()``; no digit, ``@``, ``/``, ``<``) are read
decoded (a printer's DN ``CN=PRINTER-04``, a file path, a product URL, an income band ``<=50K`` keep their own
text), and only in a column where a real share of the sampled cells are so dressed (a note that happens to start
``tel:`` changes nothing).

Example::

    frame = undressed_frame(pd.DataFrame({"guest": ["CN=Ana Berg,OU=Users", "Ana+Berg", "Leon Kraus"]}))
    frame["guest"].tolist()  # ["Ana Berg", "Ana Berg", "Leon Kraus"]
    cells = EncodedValueCells.of(["CN=Ana Berg,OU=Users", "Leon Kraus"], "name")
    cells.values  # ["Ana Berg", "Leon Kraus"]
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cell_machine_encodings import EncodedCell, may_be_dressed, undress_encoded_cell
from safe_synthesizer.pii.person_across_forms import same_person_spellings
from safe_synthesizer.pii.value_cells import ValueCells

__all__ = ["EncodedValueCells", "person_encoding", "undressed_frame", "undressed_person_text"]

# Distinct cells read to decide whether a column is dressed, and the share of them that must be.
SAMPLE_CELLS = 400
MIN_DRESSED_SHARE = 0.05
_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def person_encoding(cell: str) -> EncodedCell | None:
    """The cell's machine dress when what it wraps could be a person's name (letters; no digit, ``@`` or ``/``)."""
    found = undress_encoded_cell(cell)
    if found is None:
        return None
    inner = found.inner
    if not any(ch.isalpha() for ch in inner) or not all(_plain_word_char(ch) for ch in inner):
        return None
    return found


def _plain_word_char(ch: str) -> bool:
    """A character of words a person writes: letters (and their marks), spaces and a name's punctuation."""
    return ch.isalpha() or ch.isspace() or ch in ".,'’-()" or unicodedata.category(ch).startswith("M")


def undressed_person_text(cell: str) -> str:
    """The name a dressed person cell wraps (``CN=Ana Berg,OU=Users`` -> ``Ana Berg``), else the cell itself: for the
    readers of a found person column's words (the row's people looked for in its notes).

    Example::

        undressed_person_text("Ana%20Berg")  # "Ana Berg"
    """
    found = person_encoding(cell)
    return cell if found is None else found.inner


def _column_decoding(series: pd.Series) -> dict[str, str] | None:
    """Cell -> decoded text for a column a real share of whose sampled cells are dressed, else ``None``."""
    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
        return None
    head = series.iloc[: SAMPLE_CELLS * 20].dropna()
    sample = [v for v in pd.unique(head) if isinstance(v, str) and v.strip()][:SAMPLE_CELLS]
    if not sample or not any(may_be_dressed(v) for v in sample):
        return None
    dressed = sum(person_encoding(v) is not None for v in sample)
    if not dressed or dressed < MIN_DRESSED_SHARE * len(sample):
        return None
    decoded = {}
    for v in pd.unique(series.dropna()):
        if isinstance(v, str) and (found := person_encoding(v)) is not None:
            decoded[v] = found.inner
    return decoded or None


def undressed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the dressed person cells of its dressed columns decoded (a new frame; ``frame`` unchanged,
    and returned itself when no column is dressed)."""
    changed = {}
    for name in frame.columns:
        decoding = _column_decoding(frame[name])
        if decoding:
            changed[name] = frame[name].map(lambda v, d=decoding: d.get(v, v) if isinstance(v, str) else v)
    if not changed:
        return frame
    out = frame.copy()
    for name, values in changed.items():
        out[name] = values
    return out


@dataclass(frozen=True)
class EncodedValueCells:
    """A person column's cells with their dress taken off: the inner cells sorted by :class:`ValueCells`, and per
    dressed cell its dress, put back round the fake of what it wraps."""

    inner: ValueCells
    dresses: dict[str, EncodedCell]

    @property
    def values(self) -> list[str]:
        """The distinct values to fake (decoded)."""
        return self.inner.values

    @property
    def phones(self) -> list[str]:
        """The distinct phone numbers written beside a name, to fake as phones."""
        return self.inner.phones

    @classmethod
    def of(cls, cells: Sequence[str], entity: str, *, per_record: bool = False) -> ValueCells | EncodedValueCells:
        """The column's distinct cells sorted for replacement; a plain :class:`ValueCells` when none is dressed or
        the column holds no people."""
        if entity not in _NAMES or not any(may_be_dressed(c) for c in cells):
            return ValueCells.of(cells, entity, per_record=per_record)
        dresses = {c: found for c in cells if (found := person_encoding(c)) is not None}
        if not dresses:
            return ValueCells.of(cells, entity, per_record=per_record)
        # One person in several dresses (``#TorbjornHaugen``, ``STAFF\\torbjorn.haugen``, ``Torbjørn Haugen``) is
        # faked under one spelling, so one fake (:mod:`person_across_forms`).
        plain = [c for c in cells if c not in dresses]
        spelled = same_person_spellings({c: f.inner for c, f in dresses.items()}, plain)
        dresses = {c: dataclasses.replace(f, inner=spelled.get(c, f.inner)) for c, f in dresses.items()}
        inner = list(dict.fromkeys(dresses[c].inner if c in dresses else c for c in cells))
        return cls(ValueCells.of(inner, entity, per_record=per_record), dresses)

    def mapping(self, fakes: dict[str, str], phone_fakes: dict[str, str] | None = None) -> dict[str, str]:
        """Cell -> what is written: a dressed cell gets the fake of its decoded name in its own dress; a decoded
        text of no value (``n/a``) leaves the cell as written."""
        inner = self.inner.mapping(fakes, phone_fakes)
        out = {}
        for cell in self.inner.cells:
            out[cell] = inner[cell]
        for cell, found in self.dresses.items():
            fake = inner[found.inner]
            out[cell] = cell if fake == found.inner else found.dress(fake)
        return out
