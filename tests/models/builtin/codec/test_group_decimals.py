"""A number's decimals follow the row's category when one decides them (probe 5: yen with cents)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.group_decimals import find_group_decimals


def _prices(n: int = 800) -> pd.DataFrame:
    rng = np.random.default_rng(9413)
    currency = rng.choice(["EUR", "USD", "JPY"], size=n, p=[0.4, 0.35, 0.25])
    amount = rng.lognormal(5.5, 0.6, size=n)
    price = [f"{a * 150:.0f}" if c == "JPY" else f"{a:.2f}" for a, c in zip(amount, currency, strict=True)]
    return pd.DataFrame({"currency": currency, "total_price": price, "room": rng.choice(["STD", "DLX"], size=n)})


def test_yen_prices_stay_whole_and_cents_keep_their_zeros() -> None:
    raw = _prices()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(g.column, g.by, g.places) for g in codec.group_decimals] == [("total_price", "currency", {"JPY": 0})]
    tokens = codec.encode(frame)
    # Shuffle the price slots across rows: a yen row then gets a euro-sized price with cents.
    slots = [i for i, s in enumerate(codec.slots) if s.column == "total_price"]
    tokens[:, slots] = tokens[np.random.default_rng(1).permutation(len(tokens))][:, slots]
    made = codec.decode(tokens, np.random.default_rng(0))
    price, jpy = made["total_price"].astype(str), made["currency"] == "JPY"
    assert price[jpy].str.fullmatch(r"\d+").all()  # 17-19 % of yen prices had cents before
    assert price[~jpy].str.fullmatch(r"\d+\.\d\d").all()  # '255.80', never '255.8'
    assert TabularCodec.from_dict(codec.to_dict()).group_decimals == codec.group_decimals


def test_a_category_with_cents_or_few_rows_sets_no_places() -> None:
    raw = _prices()
    raw.loc[raw.index[raw["currency"] == "JPY"][:1], "total_price"] = "120.50"  # one yen price with cents
    raw["few"] = np.where(np.arange(len(raw)) < 10, "x", "y")
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    encoder = next(e for e in codec.encoders if e.column == "total_price")
    assert find_group_decimals(frame, [encoder], ["currency", "room", "few"]) == []


def test_a_category_of_one_repeated_whole_value_keeps_the_columns_places() -> None:
    # Probe 6: every error rate of a quiet device class is '0.0%'; it came back '0%' (a new layout).
    rng = np.random.default_rng(9419)
    kind = rng.choice(["quiet", "busy"], size=600)
    rate = [f"{v:.1f}%" if k == "busy" else "0.0%" for v, k in zip(rng.uniform(0.1, 9, size=600), kind, strict=True)]
    price = [f"{v:.2f}" if k == "busy" else f"{v:.0f}" for v, k in zip(rng.uniform(1, 99, 600), kind, strict=True)]
    raw = pd.DataFrame({"kind": kind, "rate": rate, "price": price})
    schema = infer_schema(raw)
    assert schema["price"].number_format.get("bare_whole") == "true"
    assert "bare_whole" not in schema["rate"].number_format
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    assert [(g.column, g.places) for g in codec.group_decimals] == [("price", {"quiet": 0})]
    made = codec.decode(codec.encode(frame), np.random.default_rng(0))
    assert made["rate"].astype(str).str.fullmatch(r"\d+\.\d%").all()
