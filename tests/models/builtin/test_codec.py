"""Codec round-trips for every column type, missing values, precision, formats, value protection."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.base import RARE_PLACEHOLDER

OFF = Protection(enabled=False)


def _roundtrip(df: pd.DataFrame, schema: TableSchema, protection: Protection = OFF) -> pd.DataFrame:
    codec = TabularCodec.fit(df, schema, protection=protection)
    tokens = codec.encode(df)
    sizes = np.array([s.size for s in codec.slots])
    assert tokens.shape == (len(df), len(sizes))
    assert ((tokens >= 0) & (tokens < sizes)).all()
    return codec.decode(tokens, np.random.default_rng(0))


def test_adult_roundtrip_is_exact_without_protection(adult, adult_schema):
    back = _roundtrip(adult, adult_schema(adult))
    # Wide near-unique integers keep their cell of the bin, not their own digits.
    wide = {"fnlwgt"}
    for column in adult.columns:
        if column in wide:
            continue
        assert back[column].astype(str).tolist() == adult[column].astype(str).tolist(), column
    for column in wide & set(adult.columns):
        kept = adult[column] == back[column]
        # Point masses (0) keep their exact token; binned values are drawn inside their cell.
        assert (adult[column][kept] == 0).mean() > 0.9 or kept.mean() < 0.1, column


def test_integers_with_missing_roundtrip_exactly():
    rng = np.random.default_rng(1)
    # A narrow range (bins of <= 100 units) round-trips exactly; wide ones are cells (test_numeric).
    values = pd.Series(rng.integers(-500, 500, 400), dtype="Int64")
    values[rng.random(400) < 0.1] = pd.NA
    df = pd.DataFrame({"x": values})
    back = _roundtrip(df, TableSchema([ColumnSchema("x", ColumnType.INTEGER)]))
    assert back["x"].dtype == "Int64"
    assert back["x"].isna().tolist() == df["x"].isna().tolist()
    assert (back["x"].dropna().to_numpy() == df["x"].dropna().to_numpy()).all()


def test_floats_keep_their_decimals(read_slice):
    df = read_slice("california_housing.csv", 800)
    schema = TableSchema([ColumnSchema(c, ColumnType.FLOAT, decimals=None) for c in df.columns])
    back = _roundtrip(df, schema)
    # Few decimals over a short range: exact.
    for column in ["Longitude", "Latitude", "HouseAge"]:
        assert np.allclose(back[column], df[column], rtol=0, atol=1e-9), column
    # Otherwise the one digit resolves each bin to 1/cells of its width (cells = training values
    # per bin, 10-100; the rest is sampled, so no value's own digits are kept); the decimals
    # written stay those of the input.
    encoders = {e.column: e for e in TabularCodec.fit(df, schema, protection=OFF).encoders}
    for column in df.columns:
        enc = encoders[column]
        step = max(np.diff(enc.edges)) / enc.cells if enc.cells else 1e-2 * (df[column].max() - df[column].min())
        assert np.abs(back[column] - df[column]).max() <= step + 1e-9, column
        decimals = max(len(f"{v:.6f}".rstrip("0").split(".")[1]) for v in df[column])
        assert (np.round(back[column], decimals) == back[column]).all(), column


def test_wide_floats_are_coarsened_but_keep_decimal_count():
    rng = np.random.default_rng(2)
    df = pd.DataFrame({"x": np.round(rng.normal(0, 1e6, 300), 4)})
    schema = TableSchema([ColumnSchema("x", ColumnType.FLOAT, decimals=4)])
    back = _roundtrip(df, schema)
    enc = TabularCodec.fit(df, schema, protection=OFF).encoders[0]
    assert enc.cells == 20  # 300 values over 15 bins
    assert np.abs(back["x"] - df["x"]).max() <= max(np.diff(enc.edges)) / enc.cells
    assert (np.round(back["x"], 4) == back["x"]).all()


@pytest.mark.parametrize("fmt", ["%Y-%m-%d", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S", "%b %d, %Y"])
def test_datetimes_roundtrip_in_their_format(fmt):
    rng = np.random.default_rng(3)
    stamps = pd.Timestamp("1990-01-01") + pd.to_timedelta(rng.integers(0, 20 * 365 * 86400, 300), unit="s")
    text = pd.Series(stamps.strftime(fmt), dtype=object)
    text[::17] = None
    df = pd.DataFrame({"when": text})
    back = _roundtrip(df, TableSchema([ColumnSchema("when", ColumnType.DATETIME, datetime_format=fmt)]))
    assert back["when"].tolist() == df["when"].tolist()


def test_categories_and_missing_roundtrip():
    df = pd.DataFrame({"c": ["a", "b", None, "a", "c", None] * 10, "n": [1, 2, 3, 1, 2, 3] * 10})
    schema = TableSchema([ColumnSchema("c", ColumnType.CATEGORICAL), ColumnSchema("n", ColumnType.CATEGORICAL)])
    back = _roundtrip(df, schema)
    assert back["c"].isna().tolist() == df["c"].isna().tolist()
    assert back["c"].dropna().tolist() == df["c"].dropna().tolist()
    assert back["n"].tolist() == df["n"].tolist()


def test_text_roundtrips_and_truncates(read_slice):
    df = read_slice("womens_clothing_reviews.csv", 400)[["Title"]]
    schema = TableSchema([ColumnSchema("Title", ColumnType.TEXT)])
    back = _roundtrip(df, schema)
    assert back["Title"].isna().tolist() == df["Title"].isna().tolist()
    assert back["Title"].dropna().tolist() == df["Title"].dropna().tolist()
    long = read_slice("womens_clothing_reviews.csv", 200)[["Review Text"]]
    codec = TabularCodec.fit(long, TableSchema([ColumnSchema("Review Text", ColumnType.TEXT)]), text_max_tokens=16)
    assert len(codec.slots) == 16
    decoded = codec.decode(codec.encode(long), np.random.default_rng(0))["Review Text"].dropna()
    original = long["Review Text"].dropna()
    assert all(o.startswith(d) for d, o in zip(decoded, original, strict=True))
    assert decoded.str.len().max() < original.str.len().max()


def test_identifiers_are_new_unique_values_in_the_same_format():
    ids = pd.Series([f"AB-{i:05d}" for i in range(0, 1000, 3)])
    df = pd.DataFrame({"id": ids, "num": range(len(ids))})
    schema = TableSchema([ColumnSchema("id", ColumnType.IDENTIFIER), ColumnSchema("num", ColumnType.IDENTIFIER)])
    codec = TabularCodec.fit(df, schema)
    assert codec.slots == []
    out = codec.decode(np.zeros((500, 0), dtype=np.int64), np.random.default_rng(0))
    assert out["id"].is_unique and out["num"].is_unique
    assert not out["id"].isin(ids).any() and not out["num"].isin(df["num"]).any()
    assert out["id"].str.fullmatch(r"[A-Z]{2}-\d{5}").all()


def test_constant_and_empty_columns_are_reproduced():
    df = pd.DataFrame({"k": ["same"] * 20, "e": [None] * 20, "v": list("ab") * 10})
    schema = TableSchema(
        [
            ColumnSchema("k", ColumnType.CONSTANT),
            ColumnSchema("e", ColumnType.EMPTY),
            ColumnSchema("v", ColumnType.CATEGORICAL),
        ]
    )
    back = _roundtrip(df, schema)
    assert list(back.columns) == ["k", "e", "v"]
    assert (back["k"] == "same").all() and back["e"].isna().all()


def test_value_protection_hides_rare_categories_and_extremes(adult, adult_schema):
    protection = Protection(enabled=True, min_count=5, quantile=0.01)
    codec = TabularCodec.fit(adult, adult_schema(adult), protection=protection)
    # Decode every possible token of every slot: nothing protected may come out.
    sizes = [s.size for s in codec.slots]
    n = max(sizes) * 50
    rng = np.random.default_rng(0)
    tokens = np.stack([rng.integers(0, s, n) for s in sizes], axis=1)
    out = codec.decode(tokens, rng)
    counts = adult["native-country"].value_counts()
    rare = set(counts[counts < 5].index)
    assert rare and not (set(out["native-country"]) & rare)
    # The rare token decodes to a frequent category by default, to the placeholder on request.
    assert RARE_PLACEHOLDER not in set(out["native-country"])
    assert set(out["native-country"].dropna()) <= set(counts[counts >= 5].index)
    token_codec = TabularCodec.fit(
        adult, adult_schema(adult), protection=Protection(min_count=5, quantile=0.01, rare_replacement="token")
    )
    assert RARE_PLACEHOLDER in set(token_codec.decode(tokens, rng)["native-country"])
    lo, hi = np.quantile(adult["fnlwgt"], [0.01, 0.99], method="lower")
    assert out["fnlwgt"].min() >= lo and out["fnlwgt"].max() <= hi
    assert adult["fnlwgt"].max() > hi


def test_text_protection_drops_rare_subwords(read_slice):
    df = read_slice("womens_clothing_reviews.csv", 300)[["Title"]].dropna()
    df = pd.concat([df, pd.DataFrame({"Title": ["Zyxwvut Qqqqq"] * 3})], ignore_index=True)
    schema = TableSchema([ColumnSchema("Title", ColumnType.TEXT)])
    protected = TabularCodec.fit(df, schema, protection=Protection(min_count=5))
    pieces = set(protected.encoders[0].pieces)
    assert not any("Zyx" in p or "Qqq" in p for p in pieces)
    back = protected.decode(protected.encode(df), np.random.default_rng(0))
    assert back["Title"].iloc[-1] == "Zyxwvut Qqqqq"  # still spelled (byte by byte) in training


def test_codec_json_roundtrip(adult, adult_schema, tmp_path):
    codec = TabularCodec.fit(adult, adult_schema(adult))
    codec.save(tmp_path)
    loaded = TabularCodec.load(tmp_path)
    tokens = codec.encode(adult)
    assert (loaded.encode(adult) == tokens).all()
    pd.testing.assert_frame_equal(
        loaded.decode(tokens, np.random.default_rng(0)), codec.decode(tokens, np.random.default_rng(0))
    )


def test_statistics_provider_is_used(adult):
    class TopThree(ExactStatistics):
        def frequent_values(self, values, min_count):
            return dict(list(super().frequent_values(values, min_count).items())[:3])

    codec = TabularCodec.fit(adult[["workclass"]], TableSchema([ColumnSchema("workclass", ColumnType.CATEGORICAL)]))
    small = TabularCodec.fit(
        adult[["workclass"]], TableSchema([ColumnSchema("workclass", ColumnType.CATEGORICAL)]), stats=TopThree()
    )
    assert len(small.encoders[0].categories) == 3 < len(codec.encoders[0].categories)


class _WildPrivateStatistics(ExactStatistics):
    """Private-mode statistics whose bounds are as far off as DP noise can make them on tiny data."""

    private = True

    def bounds(self, values: np.ndarray, quantile: float) -> tuple[float, float]:
        return 5.7e18, 8.7e18


def test_private_integer_bounds_stay_in_the_exact_float_range():
    df = pd.DataFrame({"n": np.arange(300) % 7})
    schema = TableSchema([ColumnSchema("n", ColumnType.INTEGER)], n_rows=len(df))
    codec = TabularCodec.fit(df, schema, stats=_WildPrivateStatistics(), seed=0)
    decoded = codec.decode(codec.encode(df), np.random.default_rng(0))
    assert decoded["n"].dtype.kind == "i"
    assert decoded["n"].abs().max() <= 2**53
