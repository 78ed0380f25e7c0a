"""A phone column's sample with each labelled, annotated or listed cell read as its first number.

Why: a contact column writes a number with its kind, its extension or when to call (``mob 07406 858784``,
``01330 252288 ext. 21``, ``07406 858784 (after 6pm)``, ``081281 22665 - evenings``, ``49138 or 61389``). The phone
checks read a cell as one number, so when a third of the cells were so written the column fell below the share
the values must reach, and with a mangled header nothing else found it (held-out set 42: 38 phone columns hidden,
7 shown). :func:`~safe_synthesizer.pii.phone_cell_grammar.read_phone_cell` reads the closed class of labels, notes
and extensions; the sample handed on holds the cell's first number in its place (a number with its extension
alone stays as written: the phone checks read extensions), and every check the phone numbers
must pass (validity in one region, spread beyond chance, look-alike vetoes) still decides. The sample is rewritten
only when most of its values read as phone cells (so the checks after the phone ones, which read the same sample,
see a column of numbers only where it is one) and a new sample is returned, the caller's left as it was.

Column-level (a sample's): detection only; the fakes read each cell on its own (:mod:`fake_phone_read`).

Example::

    labelled_phone_sample(sample)  # None when no cell is dressed, else a new sample of bare numbers
"""

from __future__ import annotations

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_cell_grammar import read_phone_cell

__all__ = ["MIN_READ_SHARE", "labelled_phone_sample"]

# Share of the sample's values that must read as phone cells (bare or dressed): missing-cell words
# (``NULL``, ``see above``, ``refused to give``) may fill the rest.
MIN_READ_SHARE = 0.5


def labelled_phone_sample(sample: ValueSample) -> ValueSample | None:
    """``sample`` with each dressed phone cell as its first number, or ``None`` when no cell is dressed or too few
    values read as phone cells.

    Example::

        labelled_phone_sample(ValueSample(["mob 07406 858784", "07406 858785"], counts, 2)).values
        # ["07406 858784", "07406 858785"]
    """
    cells = [read_phone_cell(v) for v in sample.values]
    # A number with its extension alone (``0387712204 x318``) stays as written: the phone checks read extensions,
    # and a sparse column's only evidence may be them (as the fakes leave such a cell to the phone faker).
    rewrite = [c is not None and c.dressed and c.numbers != (v,) for v, c in zip(sample.values, cells, strict=True)]
    if not any(rewrite):
        return None
    if sum(c is not None for c in cells) < MIN_READ_SHARE * len(cells):
        return None
    values = [c.bare[0] if r and c is not None else v for v, c, r in zip(sample.values, cells, rewrite, strict=True)]
    return ValueSample(values, sample.counts.copy(), sample.n_distinct)
