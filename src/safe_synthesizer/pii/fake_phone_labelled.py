"""Fakes of phone cells written with labels, notes, extensions or a second number: each number faked, the words kept.

Why: ``07469 335565 - evenings`` was faked ``47463 858654 - evenings`` (the trunk ``0`` lost: no valid number) and
``01526 5684134 (ab 18 Uhr)`` as ``65230 0018695 (ab 69 Uhr)`` (the note's hour scrambled with the number): the
phone faker reads a cell as one number in one layout. Each cell is read by
:func:`~safe_synthesizer.pii.phone_cell_grammar.read_phone_cell`; its numbers are faked with the column's other
numbers (so ``07445 232006 (work)`` and ``07445 232006`` get the same fake, in the column's country) and written back
between the cell's own label, extension, note and separators, which are closed-class words and no one's data. A
cell that does not read (``0176 77461776 (Ernestine Bien)``) is faked as before. Each cell is read on its own: the
same under DP.

Example::

    labelled_phone_fakes(["mob 07406 858784", "07406 858784"], fake_numbers)
    # {"mob 07406 858784": "mob 07700 900123", "07406 858784": "07700 900123"}  (fake_numbers' own fakes)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from safe_synthesizer.pii.phone_cell_grammar import read_phone_cell

__all__ = ["labelled_phone_fakes"]

# The fast path: a cell with no letter and no list separator is one bare number (or no phone cell at all).
_MAYBE_DRESSED = re.compile(r"[^\W\d_]|\s/|/\s|[,;]\s")


def labelled_phone_fakes(
    uniques: Sequence[str], fake_numbers: Callable[[list[str]], dict[str, str]]
) -> dict[str, str] | None:
    """Original -> fake for ``uniques`` when some cell is dressed (``None`` otherwise): the numbers of every cell
    (a cell that does not read stands as one) are faked by one call of ``fake_numbers`` (bare number -> fake) and
    each dressed cell is rebuilt around its numbers' fakes.

    Example::

        labelled_phone_fakes(["49138 or 61389"], lambda ns: {n: "6" + n[1:] for n in ns})
        # {"49138 or 61389": "69138 or 61389"}
    """
    # A number with its extension alone (``01330 252288 ext. 21``) is the phone faker's own to fake (its extension too).
    cells = {
        v: c
        for v in uniques
        if _MAYBE_DRESSED.search(v) and (c := read_phone_cell(v)) is not None and c.dressed and c.numbers != (v,)
    }
    if not cells:
        return None
    plain = list(dict.fromkeys(n for v in uniques for n in (cells[v].numbers if v in cells else (v,))))
    fakes = fake_numbers(plain)
    return {v: cells[v].rebuild([fakes[n] for n in cells[v].numbers]) if v in cells else fakes[v] for v in uniques}
