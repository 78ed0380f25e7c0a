"""The town column beside a street column only the learned classifier found.

Why: the town of an address block is found beside the people's street column (:mod:`column_block_towns`), in the
table passes, which run before the learned classifier's rescue. Streets the rules cannot read (``Seroe Blanco 81``,
``Hala Tupou``: no street word, a neighbourhood and a house number) are found by the classifier afterwards, and the
town column beside them, of towns no list knows (``Paradera``, ``Kolomotu'a``), was then never looked at and was
published as written (set 33: pap_AW, to_TO hidden town columns beside rescued streets). This pass runs the same
block-town check again for the rescued street columns only; everything the rules or the classifier decided stays.

Example::

    towns_beside_rescued_streets(df, names, found, rescued)  # {"c007": ColumnDetection(..., "city", ...)}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii.column_block_towns import block_town_columns
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_place_round import ADDRESSES


def towns_beside_rescued_streets(
    df: pd.DataFrame,
    names: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    rescued: Mapping[str, ColumnDetection | None],
) -> dict[str, ColumnDetection]:
    """Town columns (see the module) beside the street columns of ``rescued``; ``found``: every decision so far."""
    streets = {c for c, d in rescued.items() if d is not None and d.entity in ADDRESSES}
    if not streets:
        return {}
    decided = {c: d.entity for c, d in found.items() if d is not None}
    # Only the rescued streets lend a side: the others had their turn in the table passes.
    lent = {c: e for c, e in decided.items() if c in streets or e not in ADDRESSES}
    towns = block_town_columns(df, list(names), lent)
    return {
        column: ColumnDetection(
            column, f.entity, f.confidence, f.confidence, "values+rescued-street", 0, None, f.evidence
        )
        for column, f in towns.items()
        if column not in decided and lookalike_reason(df[column], column, f.entity) is None
    }
