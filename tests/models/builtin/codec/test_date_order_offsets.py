"""Stamps written with UTC offsets (sender's and receiver's zones) stay in order (probe 6)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec

ZONES = {"JP": 9, "DE": 1, "GB": 0, "BR": -3, "US": -5}


def _zoned(stamps: pd.DatetimeIndex, hours: np.ndarray) -> list[str]:
    """ISO stamps at each row's offset (UTC ``stamps`` shown at local time)."""
    local = stamps + pd.to_timedelta(hours, unit="h")
    return [f"{t:%Y-%m-%dT%H:%M:%S}{'+' if h >= 0 else '-'}{abs(h):02d}:00" for t, h in zip(local, hours, strict=True)]


def _shipments(n: int = 800) -> pd.DataFrame:
    rng = np.random.default_rng(9467)
    sender = rng.choice(list(ZONES), n)
    receiver = rng.choice(list(ZONES), n)
    shipped = pd.Timestamp("2024-03-01") + pd.to_timedelta(rng.integers(0, 60 * 24 * 60, n), unit="min")
    delivered = shipped + pd.to_timedelta(rng.integers(6 * 60, 5 * 24 * 60, n), unit="min")
    return pd.DataFrame({
        "origin": sender, "destination": receiver,
        "shipped_at": _zoned(shipped, np.array([ZONES[c] for c in sender])),
        "delivered_at": _zoned(delivered, np.array([ZONES[c] for c in receiver])),
    })


def _utc(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, format="ISO8601", utc=True)


def test_zoned_stamps_are_compared_in_utc_and_keep_their_offsets() -> None:
    raw = _shipments()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(o.early, o.late) for o in codec.date_orders] == [("shipped_at", "delivered_at")]
    rng = np.random.default_rng(0)
    tokens = codec.encode(frame)
    for j in range(tokens.shape[1]):  # every pairing of the two stamps occurs
        tokens[:, j] = tokens[rng.permutation(len(tokens)), j]
    unrepaired = TabularCodec(codec.encoders, codec.column_order, codec.pairs)
    before = unrepaired.decode(tokens.copy(), np.random.default_rng(1))
    assert (_utc(before["delivered_at"]) < _utc(before["shipped_at"])).mean() > 0.3
    out = codec.decode(tokens, np.random.default_rng(1))
    gap = _utc(out["delivered_at"]) - _utc(out["shipped_at"])
    assert (gap >= pd.Timedelta(0)).all()
    offsets = {f"{'+' if h >= 0 else '-'}{abs(h):02d}:00" for h in ZONES.values()}
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)$")
    written = out["delivered_at"].map(lambda v: stamp.match(v).group(1))
    assert set(written) <= offsets and written.nunique() >= 3  # moved stamps keep their row's offset
    moved = out["delivered_at"] != before["delivered_at"]
    assert (written[moved] == before["delivered_at"][moved].str[-6:]).all()
