"""A generated column present exactly in some categories' rows stays so (probe 6 claims ledger)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.presence import find_presence


def _ledger(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(9423)
    kind = rng.choice(["payment", "reserve", "reversal"], size=n, p=[0.6, 0.25, 0.15])
    ids = [f"L{i:07d}" for i in rng.choice(10**6, size=n, replace=False)]
    return pd.DataFrame({"line_id": [f"M{i:07d}" for i in range(n)], "entry_type": kind,
                         "reverses": [i if k == "reversal" else None for i, k in zip(ids, kind, strict=True)],
                         "amount": np.round(rng.lognormal(6, 1, size=n), 2)})  # fmt: skip


def test_reverses_is_set_on_reversal_lines_only() -> None:
    raw = _ledger()
    schema = infer_schema(raw)
    assert schema["reverses"].type.value == "identifier"
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(p.column, p.by, p.present) for p in codec.presence] == [("reverses", "entry_type", ["reversal"])]
    made = TabularCodec.from_dict(codec.to_dict()).decode(codec.encode(frame), np.random.default_rng(0))
    assert (made["reverses"].notna() == (made["entry_type"] == "reversal")).all()  # 23 % broken before
    assert made.loc[made["entry_type"] == "reversal", "reverses"].str.fullmatch(r"L\d{7}").all()


def test_a_column_missing_at_random_has_no_presence_rule() -> None:
    raw = _ledger()
    raw.loc[raw.index[raw["entry_type"] == "payment"][:3], "reverses"] = "L0000001"
    assert find_presence(raw, ["reverses"], ["entry_type"]) == []
