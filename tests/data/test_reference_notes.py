"""An id column naming other rows' ids (a ledger's ``reverses``) gets a note: its links are lost (probe 6)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema_notes import is_format_note


def _ledger(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(9437)
    lines = [f"L{i:07d}" for i in range(1, n + 1)]
    reversal = rng.random(n) < 0.15
    reversal[0] = False
    reverses = [lines[rng.integers(0, i)] if r else None for i, r in enumerate(reversal)]
    return pd.DataFrame({"line_id": lines, "entry_type": np.where(reversal, "reversal", "payment"),
                         "amount": np.round(rng.uniform(10, 900, n), 2).astype(str), "reverses": reverses})


def test_a_column_of_other_rows_ids_is_noted_as_a_warning() -> None:
    notes = [n for n in infer_schema(_ledger()).notes if n.startswith("'reverses'")]
    assert len(notes) == 1 and "'line_id' of another row" in notes[0]
    assert not is_format_note(notes[0])  # shown under "Check these"
    assert "L0000" not in notes[0]  # counts and names only, never a value


def test_an_alias_in_the_same_row_and_unrelated_ids_are_not_references() -> None:
    ledger = _ledger()
    ledger["line_alias"] = ledger["line_id"]  # a second spelling of the same row's id
    ledger["reverses"] = [f"X{i}" if v else None for i, v in enumerate(ledger["reverses"])]
    assert not [n for n in infer_schema(ledger).notes if "of another row" in n]
