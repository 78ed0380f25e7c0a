"""Categorical columns over one value set that never match in training never match at decode (probe 5)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.distinct_pairs import (
    DistinctPair,
    apply_distinct_pairs,
    find_distinct_pairs,
)

AIRPORTS = ["FRA", "AMS", "HND", "SFO", "LHR", "CDG", "JFK", "MAD"]


def _trips(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(9411)
    origin = rng.choice(AIRPORTS, size=n)
    destination = np.array([rng.choice([a for a in AIRPORTS if a != o]) for o in origin])
    return pd.DataFrame({"origin": origin, "destination": destination,
                         "cabin": rng.choice(["Y", "J"], size=n)})  # fmt: skip


def test_origin_and_destination_never_match_after_decoding() -> None:
    raw = _trips()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(p.first, p.second) for p in codec.distinct] == [("origin", "destination")]
    tokens = codec.encode(frame)
    # Shuffle the destination slot across rows: the columns are then sampled apart, as a model does.
    slot = codec.modelled_columns.index("destination")
    tokens[:, slot] = np.random.default_rng(1).permutation(tokens[:, slot])
    made = codec.decode(tokens, np.random.default_rng(0))
    assert not (made["origin"] == made["destination"]).any()  # 1 row in 8 before
    assert made["destination"].value_counts(normalize=True).min() > 0.05  # every airport still drawn
    assert TabularCodec.from_dict(codec.to_dict()).distinct == codec.distinct


def test_pairs_that_can_match_or_share_nothing_are_not_rules() -> None:
    frame = _trips()
    frame["home"] = frame["origin"].to_numpy()
    frame.loc[:5, "home"] = frame.loc[:5, "destination"].to_numpy()  # matches the destination 6 times
    frame["gate"] = np.where(frame["cabin"] == "J", "A1", "B2")  # no value shared with anyone
    pairs = find_distinct_pairs(frame, ["origin", "destination", "cabin", "home", "gate"])
    assert [(p.first, p.second) for p in pairs] == [("origin", "destination")]


def test_the_rewritten_column_brings_the_columns_it_decides() -> None:
    made = pd.DataFrame({"origin": ["AMS", "FRA", "HND", "AMS"] * 20, "destination": ["AMS", "HND", "AMS", "HND"] * 20,
                         "currency": ["EUR", "JPY", "EUR", "JPY"] * 20})  # fmt: skip
    out = apply_distinct_pairs(made.copy(), [DistinctPair("origin", "destination")],
                               {"destination": ["currency"]}, np.random.default_rng(0))  # fmt: skip
    assert not (out["origin"] == out["destination"]).any()
    # destination decides currency, so origin (deciding nothing) is the one rewritten
    assert (out["destination"] == made["destination"]).all() and (out["currency"] == made["currency"]).all()
    # A tie (each decides one column): the later one, destination, moves with its currency.
    made["cabin"] = ["Y", "J"] * 40
    decides = {"destination": ["currency"], "origin": ["cabin"]}
    out = apply_distinct_pairs(made.copy(), [DistinctPair("origin", "destination")], decides, np.random.default_rng(0))
    assert not (out["origin"] == out["destination"]).any() and (out["origin"] == made["origin"]).all()
    assert set(zip(out["destination"], out["currency"], strict=True)) <= {("AMS", "EUR"), ("HND", "JPY")}
