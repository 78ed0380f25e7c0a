"""A phone column's sample with each cell of numbers and words read as its first number, whatever the words.

Why: contact columns write a number with words no list holds (``06 19114744 - vragen naar Loïs``, ``Denmark: 34 47
68 30``, ``kāinga: 07 302 2840; pūkoro: 0274 386 233``); the phone checks read a cell as one number, so a column
where many cells were so written fell below the share its values must reach, and with the header hidden nothing
else found it (held-out set 43: 17 phone columns missed shown, 60 hidden). Each cell is read by its structure
(:func:`~safe_synthesizer.pii.phone_cell_reader.read_phone_words`: a few numbers in a phone's grouping and a few
words); the sample handed on holds the cell's first number in place of each cell so read, and every check the
numbers must pass (validity in one region, spread beyond chance, look-alike vetoes) still decides. The sample is
rewritten only when most of its values read as phone cells, some hold words and nearly all numbers so read are
written as phones of some plan (a street column's house numbers and postcodes are not); a new sample is returned.

Column-level (a sample's): detection only; the fakes read each cell on its own (:mod:`fake_phone_read`).

Example::

    words_phone_sample(sample)  # None when no cell holds words, else a new sample of numbers
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_people import contact_people
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_cell_grammar import PhoneCell
from safe_synthesizer.pii.phone_cell_reader import dialled_number, leading_person, read_phone_words

__all__ = ["MIN_READ_SHARE", "words_phone_sample"]

# Share of the sample's values that must read as phone cells: missing-cell words (``pending``, ``n/k``) fill the rest.
MIN_READ_SHARE = 0.5
# Share of the rewritten cells whose number must be written as a phone of some plan: the checks after the phone ones
# (streets, addresses) read the same sample, and a street's house number or postcode must not be all they see.
MIN_PHONE_SHARE = 0.8
_WORD = re.compile(r"[^\W\d_]{2,}")


def _coded(cell: PhoneCell) -> bool:
    """Digits among the cell's "words" with no word of two letters: one code written in groups (a pension number
    ``31 200152 S 464``, whose id checks must see it whole), not a number with words."""
    return any(any(ch.isdigit() for ch in piece) and not _WORD.search(piece) for piece in cell.pieces)


def _worded_phone(value: str) -> bool:
    return any(ch.isalpha() for ch in value) and V.is_phone_any(value)


def words_phone_sample(sample: ValueSample) -> ValueSample | None:
    """``sample`` with each cell of numbers and words as its first number (a calling code written another way
    dialled: ``(90) 507 742 05 70`` -> ``+90 507 742 05 70``), or ``None`` when no cell changes or fewer than
    :data:`MIN_READ_SHARE` of the values read as phone cells.

    Example::

        words_phone_sample(ValueSample(["06 19114744 - vragen naar Loïs", "06 30217840"], counts, 2)).values
        # ["06 19114744", "06 30217840"]
    """
    if contact_people(sample) is not None:
        return None  # ``Joana Ferreira 912 345 678``: a person's contact, faked whole as a name (its name included)
    # A cell with letters that already reads as a phone stays as written (``0387712204 x318``: its extension is
    # evidence the checks after read).
    cells = [None if _worded_phone(v) else read_phone_words(v) for v in sample.values]
    cells = [None if c is not None and _coded(c) else c for c in cells]
    values = [dialled_number(c.numbers[0]) if c is not None else v for v, c in zip(sample.values, cells, strict=True)]
    changed = [new for new, old in zip(values, sample.values, strict=True) if new != old]
    if not changed:
        return None
    if sum(V.is_phone_any(v, cued=True) for v in changed) < MIN_PHONE_SHARE * len(changed):
        return None  # ``1234 Main Street``, ``Via Roma 12, 00184 Roma``: streets and towns, whose numbers are no phones
    if sum(c is not None for c in cells) < MIN_READ_SHARE * len(cells):
        return None
    read = [c for c in cells if c is not None]
    if sum(leading_person(c) is not None for c in read) >= MIN_READ_SHARE * len(read):
        return None  # ``Anna Kowalska (Mother) +48 512 345 678``: contacts, whose names the phone fakes would keep
    return ValueSample(values, sample.counts.copy(), sample.n_distinct)
