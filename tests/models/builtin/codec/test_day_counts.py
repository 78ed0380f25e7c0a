"""An integer that counts the days between two ordered dates keeps counting them (probe 5)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec


def _stays(n: int = 600, break_one: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(9239)
    check_in = pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    nights = rng.choice([1, 2, 3, 7, 14], n)
    frame = pd.DataFrame({"check_in": check_in.strftime("%Y-%m-%d"), "nights": nights,
                          "check_out": (check_in + pd.to_timedelta(nights, unit="D")).strftime("%Y-%m-%d"),
                          "guests": rng.integers(1, 5, n)})  # fmt: skip
    if break_one:
        frame.loc[0, "nights"] = frame.loc[0, "nights"] + 1
    return frame


def _decode_shuffled(codec: TabularCodec, frame: pd.DataFrame) -> pd.DataFrame:
    """Decode tokens whose columns were shuffled apart: nights and dates no longer agree."""
    rng = np.random.default_rng(0)
    tokens = codec.encode(frame)
    for j in range(tokens.shape[1]):
        tokens[:, j] = tokens[rng.permutation(len(tokens)), j]
    return codec.decode(tokens, rng)


def _nights(frame: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(frame["check_out"]) - pd.to_datetime(frame["check_in"])).dt.days


def test_nights_equal_the_days_between_the_dates() -> None:
    raw = _stays()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(c.early, c.late, c.days) for c in codec.day_counts] == [("check_in", "check_out", "nights")]
    made = _decode_shuffled(codec, frame)
    assert (_nights(made) == made["nights"].astype(int)).all()  # was 82 % wrong in probe 5
    assert set(made["nights"].astype(int)) <= {1, 2, 3, 7, 14}
    again = TabularCodec.from_dict(codec.to_dict())
    assert again.day_counts == codec.day_counts


def test_a_count_that_differs_once_is_no_day_count() -> None:
    raw = _stays(break_one=True)
    schema = infer_schema(raw)
    codec = TabularCodec.fit(apply_schema(raw, schema), schema, protection=Protection())
    assert codec.day_counts == []
