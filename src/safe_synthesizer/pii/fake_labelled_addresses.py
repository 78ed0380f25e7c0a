"""Fakes of labelled address cells (``Street: BP 3996, Town: Conakry``): each label kept, each part faked as what
its label says it is.

Why: an address cell faked whole comes out as the fake address's own layout (``684 Christopher Alley,
Taylorchester``): the export's labels vanish and a consumer that splits the cell on them finds nothing. Reading the
cell by its labels (:func:`~safe_synthesizer.pii.address_labelled_cells.read_labelled_address`) gives each part's
kind; the caller's faker makes a street, a town or a postcode of the table's locale for it, and the cell is written
back with the original labels and separators.

Example::

    relabelled_addresses(["Street: BP 3996, Town: Conakry"], lambda kind, part: {"city": "Kindia"}.get(kind, "Rue 7"))
    # ["Street: Rue 7, Town: Kindia"]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_labelled_cells import read_labelled_address

# A part under a label no cue knows (``PC: 13043``) is faked as a postcode.
_CODE_KIND = E.POSTCODE


def relabelled_addresses(originals: Sequence[str], fake: Callable[[str, str], str]) -> list[str | None]:
    """Per original: the cell with every labelled part replaced by ``fake(kind, part)`` and the labels and separators
    kept, or ``None`` when the original is not a labelled address cell.

    Example::

        relabelled_addresses(["-", "Rue: Kaloum; Ville: Kindia"], fake)  # [None, "Rue: ...; Ville: ..."]
    """
    out: list[str | None] = []
    for original in originals:
        parts = read_labelled_address(original)
        if parts is None:
            out.append(None)
            continue
        text, at = original, 0
        pieces: list[str] = []
        for kind, part in parts:
            start = text.index(part, at)
            pieces.append(text[at:start])
            pieces.append(fake(_CODE_KIND if kind == "code" else kind, part))
            at = start + len(part)
        pieces.append(text[at:])
        out.append("".join(pieces))
    return out
