"""NumericEncoder with number formats and special values: round trips, protection, DP, old JSON."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection
from safe_synthesizer.models.builtin.codec.numeric import NumericEncoder

OFF = Protection(enabled=False)
THOUSANDS = {"thousands": ",", "decimal": ".", "prefix": "", "suffix": ""}


def _fit(series: pd.Series, protection: Protection = OFF, stats=None, **kwargs) -> NumericEncoder:
    kwargs.setdefault("is_integer", True)
    kwargs.setdefault("decimals", None)
    return NumericEncoder.fit("x", series, stats=stats or ExactStatistics(), protection=protection, **kwargs)


def _roundtrip(encoder: NumericEncoder, series: pd.Series) -> pd.Series:
    tokens = encoder.encode(series)
    sizes = np.array([s.size for s in encoder.slots])
    assert ((tokens >= 0) & (tokens < sizes)).all()
    return encoder.decode(tokens, np.random.default_rng(0))


def test_formatted_integers_and_specials_roundtrip_as_written() -> None:
    # Typed input as apply_schema gives it: Python ints, the special strings, None for missing.
    values = [1_484_622, 2_001, "inf", None, -45_000, "n/a", 7] * 20
    series = pd.Series(values, dtype=object)
    encoder = _fit(series, number_format=THOUSANDS, special_values=["inf", "n/a"])
    back = _roundtrip(encoder, series)
    assert back.tolist() == ["1,484,622", "2,001", "inf", None, "-45,000", "n/a", "7"] * 20
    # Seed data arrives formatted: same tokens.
    written = pd.Series(back.tolist(), dtype=object)
    assert (encoder.encode(written) == encoder.encode(series)).all()


def test_special_tokens_sit_after_the_missing_token() -> None:
    series = pd.Series([1, 2, None, "<5", 3] * 10, dtype=object)
    encoder = _fit(series, special_values=["<5"])
    assert encoder.special_token(0) == encoder.missing_token + 1
    assert encoder.slots[0].size == encoder.special_token(0) + 1
    assert encoder.encode(pd.Series(["<5"], dtype=object))[0, 0] == encoder.special_token(0)


def test_rare_special_values_are_encoded_as_missing() -> None:
    series = pd.Series([10, 20, 30] * 10 + ["unknown"] * 6 + ["<5"] * 2, dtype=object)
    encoder = _fit(series, Protection(min_count=5, quantile=0.0), special_values=["unknown", "<5"])
    assert encoder.special_values == ["unknown"] and encoder.has_missing
    back = _roundtrip(encoder, series)
    assert "<5" not in set(back.dropna()) and back.isna().sum() == 2
    assert (back == "unknown").sum() == 6


def test_float_infinity_takes_the_columns_spelling() -> None:
    series = pd.Series([1.5, float("inf"), 2.25, -np.inf] * 10)
    encoder = _fit(series, is_integer=False, decimals=2, special_values=["Infinity", "-Infinity"])
    assert _roundtrip(encoder, series).tolist() == ["1.5", "Infinity", "2.25", "-Infinity"] * 10


def test_money_keeps_prefix_and_fixed_decimals() -> None:
    fmt = {"thousands": ",", "decimal": ".", "prefix": "$", "suffix": "", "fixed_decimals": "true"}
    series = pd.Series(["$1,200.50", "$3.00", "$12,000.25"] * 10)
    back = _roundtrip(_fit(series, is_integer=False, decimals=2, number_format=fmt), series)
    assert back.tolist() == series.tolist()


class _PrivateStatistics(ExactStatistics):
    private = True

    def __init__(self) -> None:
        self.calls: list[list] = []

    def frequent_values(self, values, min_count):
        self.calls.append(list(values))
        return super().frequent_values(values, min_count)


def test_private_specials_come_from_the_one_vocabulary_release() -> None:
    stats = _PrivateStatistics()
    series = pd.Series([5, 6, 7, "n/a"] * 30, dtype=object)
    encoder = _fit(series, stats=stats, special_values=["n/a"])
    assert len(stats.calls) == 1 and "n/a" in stats.calls[0]
    assert encoder.special_values == ["n/a"]


def test_codec_json_without_the_new_keys_still_loads() -> None:
    series = pd.Series(np.arange(100) % 17)
    encoder = _fit(series)
    old = {k: v for k, v in encoder.to_dict().items() if k not in ("number_format", "special_values")}
    loaded = NumericEncoder.from_dict(old)
    assert (loaded.encode(series) == encoder.encode(series)).all()
    assert loaded.decode(loaded.encode(series), np.random.default_rng(0)).tolist() == series.tolist()
    again = NumericEncoder.from_dict(_fit(pd.Series([1, "inf"] * 9, dtype=object), special_values=["inf"]).to_dict())
    assert again.special_values == ["inf"]


def test_a_column_from_tiny_to_huge_floats_stays_in_range() -> None:
    # 1e-7 .. 1e10 at 10 decimals spans ~1e20 units, past int64: the offsets overflowed and
    # decoded to large negative values in an all-positive column.
    rng = np.random.default_rng(3126)
    values = pd.Series(np.concatenate([rng.lognormal(np.log(1e-7), 0.5, 500), rng.lognormal(np.log(3.2e9), 0.3, 500)]))
    encoder = _fit(values.round(10), is_integer=False, decimals=10)
    back = _roundtrip(encoder, values.round(10))
    assert back.min() >= encoder.lo and back.max() <= encoder.hi
    assert np.corrcoef(np.log(back), np.log(values))[0, 1] > 0.99


def test_ordinary_columns_keep_exact_integer_offsets() -> None:
    # Under DP integers keep their digit offsets (cells are outside DP only): exact, no overflow.
    values = pd.Series(np.random.default_rng(5).integers(-(10**9), 10**9, 2000))
    encoder = _fit(values, stats=_PrivateStatistics())
    assert encoder.cells == 0 and not encoder._wide
    back = _roundtrip(encoder, values)
    assert back.min() >= encoder.lo and back.max() <= encoder.hi
    small = pd.Series(np.random.default_rng(5).integers(-500, 500, 2000))
    assert _roundtrip(_fit(small), small).tolist() == small.tolist()


def test_a_sentinel_is_a_code_not_a_number() -> None:
    """Probe 4: '-9999' ("no reading") in a 2-8 degree sensor was a number of the distribution,
    so generated temperatures fell anywhere between -9999 and 8."""
    values = [3.5, 4.0, 7.25, "-9999", None, 5.5, "n/a", 2.0] * 30
    series = pd.Series(values, dtype=object)
    encoder = _fit(series, is_integer=False, decimals=2, special_values=["-9999", "n/a"])
    assert encoder.special_values == ["-9999", "n/a"]
    back = _roundtrip(encoder, series)
    assert back.tolist().count("-9999") == 30
    numbers = [float(v) for v in back if v not in (None, "-9999", "n/a")]
    assert min(numbers) >= 2.0 and max(numbers) <= 7.25


def test_amounts_are_not_encoded_to_their_own_cents() -> None:
    """Probe 3/4: with two base-100 digits per bin, 2-decimal amounts (64 bins of ~20 values)
    round-tripped exactly, so the model learnt each training value's digits: 12-60 % of
    synthetic amounts equalled a training value while the test split's overlap was 0 %."""
    rng = np.random.default_rng(5)
    amounts = pd.Series(np.round(rng.lognormal(10.6, 0.35, 1500), 2))
    encoder = _fit(amounts, is_integer=False, decimals=2)
    assert encoder.cells == 23 and encoder.digits == 1 and encoder.slots[1].size == 23
    back = _roundtrip(encoder, amounts).astype(float)
    assert (back == amounts).mean() < 0.02  # was 1.0: every training value's own digits
    assert back.min() >= amounts.min() and back.max() <= amounts.max()
    # Still close: within 1/cells of the value's bin.
    assert (np.abs(back - amounts) <= max(np.diff(encoder.edges)) / encoder.cells + 0.01).all()


def test_small_range_integers_keep_unit_digits() -> None:
    # Ages, hours, counts: bins of <= 100 units keep exact values (they identify nobody).
    ints = pd.Series(np.random.default_rng(6).integers(17, 91, 1500))
    assert _fit(ints).cells == 0 and (_roundtrip(_fit(ints), ints).astype(int) == ints).all()


def test_wide_integers_are_not_encoded_to_their_own_units() -> None:
    """Probe 4: epoch seconds were written back to the second, 5-7 % of synthetic values
    equalled a training value (test split 0 %); probe 3's integer fees the same."""
    rng = np.random.default_rng(7)
    epochs = pd.Series(rng.integers(1_700_000_000, 1_730_000_000, 1500))
    encoder = _fit(epochs)
    assert encoder.cells >= 10 and encoder.digits == 1
    back = _roundtrip(encoder, epochs)
    assert back.dtype == np.int64
    assert (back == epochs).mean() < 0.01  # was 1.0
    assert back.min() >= epochs.min() and back.max() <= epochs.max()
    assert (np.abs(back - epochs) <= max(np.diff(encoder.edges)) / encoder.cells + 1).all()
    # Wide amounts that repeat (Adult's capital-gain: ~120 values) are levels, kept exact.
    levels = pd.Series(rng.choice(rng.integers(100, 99_999, 300), 1500))
    assert _fit(levels).cells == 0 and (_roundtrip(_fit(levels), levels) == levels).all()


def test_plain_floats_with_specials_keep_a_decimal() -> None:
    """Probe 4: a sensor column '4.0', '3.7', 'n/a' came back '4' in 8.8 % of rows."""
    series = pd.Series([4.0, 3.7, "n/a", 5.0, 2.2] * 40, dtype=object)
    encoder = _fit(series, is_integer=False, decimals=1, special_values=["n/a"])
    back = _roundtrip(encoder, series)
    assert set(back.dropna()) <= {"4.0", "3.7", "n/a", "5.0", "2.2"}
