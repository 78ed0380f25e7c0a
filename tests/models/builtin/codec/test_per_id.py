"""Columns fixed per repeated id in training stay fixed per new id after decoding (probe 5)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.per_id import find_per_id_columns


def _visits(n_patients: int = 150) -> pd.DataFrame:
    rng = np.random.default_rng(9337)
    rows = []
    for p in range(n_patients):
        sex, site = rng.choice(["F", "M"]), rng.choice(["north", "south", "east"])
        for _ in range(int(rng.integers(2, 6))):
            rows.append({"Patient ID": f"P-{100000 + p}", "Sex": sex, "Site": site,
                         "Hb": round(float(rng.normal(13.5 if sex == "M" else 12.5, 1.2)), 1)})  # fmt: skip
    return pd.DataFrame(rows)


def test_a_patient_keeps_one_sex() -> None:
    raw = _visits()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(p.id_column, p.columns) for p in codec.per_id] == [("Patient ID", ["Sex", "Site"])]
    rng = np.random.default_rng(0)
    made = codec.decode(codec.encode(frame), rng)
    assert made["Patient ID"].nunique() < len(made)  # ids repeat
    assert (made.groupby("Patient ID")["Sex"].nunique() == 1).all()  # was 70 % of ids with two sexes
    assert (made.groupby("Patient ID")["Site"].nunique() == 1).all()
    assert made["Hb"].nunique() > 50  # per-row columns are left alone
    assert TabularCodec.from_dict(codec.to_dict()).per_id == codec.per_id


def test_columns_that_vary_within_an_id_or_never_vary_are_not_fixed() -> None:
    frame = pd.DataFrame({"id": np.repeat(np.arange(40), 3), "const": "x",
                          "visit": np.tile([1, 2, 3], 40), "sex": np.repeat(["F", "M"] * 20, 3)})  # fmt: skip
    assert [p.columns for p in find_per_id_columns(frame, ["id"], ["const", "visit", "sex"])] == [["sex"]]
    frame.loc[0, "sex"] = "M"  # one id with two values: not fixed
    assert find_per_id_columns(frame, ["id"], ["sex"]) == []
