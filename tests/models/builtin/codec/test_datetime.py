"""DatetimeEncoder with several formats and special values: shares and formats survive."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection
from safe_synthesizer.models.builtin.codec.datetime import DatetimeEncoder

OFF = Protection(enabled=False)
FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y"]


def _mixed(n: int = 300) -> pd.Series:
    rng = np.random.default_rng(4)
    stamps = pd.Timestamp("2001-01-01") + pd.to_timedelta(rng.integers(0, 9000, n), unit="D")
    which = rng.choice(3, size=n, p=[0.6, 0.3, 0.1])
    return pd.Series([s.strftime(FORMATS[w]) for s, w in zip(stamps, which, strict=True)], dtype=object)


def _fit(series: pd.Series, protection: Protection = OFF, private: bool = False, **kwargs) -> DatetimeEncoder:
    stats = ExactStatistics()
    if private:
        stats.private = True  # type: ignore[misc]  # instance flag: the private code path
    return DatetimeEncoder.fit("d", series, datetime_format=FORMATS[0], stats=stats, protection=protection, **kwargs)


def test_each_value_comes_back_in_its_own_format() -> None:
    series = _mixed()
    encoder = _fit(series, datetime_formats=FORMATS)
    assert [s.name for s in encoder.slots][:2] == ["d#year", "d#format"]
    tokens = encoder.encode(series)
    assert encoder.decode(tokens, np.random.default_rng(0)).tolist() == series.tolist()


def test_format_shares_are_kept_when_tokens_are_resampled() -> None:
    series = _mixed(1000)
    encoder = _fit(series, datetime_formats=FORMATS)
    tokens = encoder.encode(series)
    shuffled = tokens[np.random.default_rng(1).permutation(len(tokens))]
    shuffled[:, 1] = tokens[:, 1]  # the format slot as the model would learn it; other parts mixed
    out = encoder.decode(shuffled, np.random.default_rng(0))
    shares = [out.str.match(p).mean() for p in (r"^\d{4}-", r"^\d{2}/", r"^[A-Z]")]
    expected = [series.str.match(p).mean() for p in (r"^\d{4}-", r"^\d{2}/", r"^[A-Z]")]
    assert np.allclose(shares, expected)


def test_special_values_are_year_tokens_and_rare_ones_missing() -> None:
    series = pd.Series(["2020-01-02", "unknown", "2021-03-04", None, "2022-05-06"] * 10 + ["never"] * 2, dtype=object)
    encoder = _fit(series, Protection(min_count=5, quantile=0.0), special_values=["unknown", "never"])
    assert encoder.special_values == ["unknown"] and encoder.has_missing
    assert encoder.slots[0].size == encoder.n_years + 1 + 1
    back = encoder.decode(encoder.encode(series), np.random.default_rng(0))
    assert back.tolist()[:50] == series.tolist()[:50]
    assert back.tolist()[50:] == [None, None]


def test_private_statistics_encode_specials_as_missing() -> None:
    series = pd.Series(["2020-01-02", "unknown"] * 20)
    encoder = _fit(series, private=True, special_values=["unknown"])
    assert encoder.special_values == []
    assert encoder.decode(encoder.encode(series), np.random.default_rng(0)).tolist()[1] is None


def test_old_codec_json_still_loads() -> None:
    series = pd.Series(["2020-01-02", "2021-03-04"] * 10)
    encoder = _fit(series)
    old = {k: v for k, v in encoder.to_dict().items() if k not in ("datetime_formats", "special_values")}
    loaded = DatetimeEncoder.from_dict(old)
    assert loaded.decode(loaded.encode(series), np.random.default_rng(0)).tolist() == series.tolist()


def _log_stamps(n: int = 400) -> pd.Series:
    rng = np.random.default_rng(3126)
    stamps = pd.Timestamp("2025-03-01") + pd.to_timedelta(rng.integers(0, 10**9, n), unit="ms")
    offsets = rng.choice(["+02:00", "-05:00", "+01:00"], size=n, p=[0.5, 0.3, 0.2])
    return pd.Series([f"{s:%Y-%m-%dT%H:%M:%S}.{s.microsecond // 1000:03d}{o}" for s, o in zip(stamps, offsets,
                                                                                             strict=True)])


def test_local_times_keep_their_offsets_and_millisecond_digits() -> None:
    series = _log_stamps()
    encoder = DatetimeEncoder.fit("t", series, datetime_format="%Y-%m-%dT%H:%M:%S.%f%z", stats=ExactStatistics(),
                                  protection=Protection(min_count=5, quantile=0.0))
    assert encoder.offsets == ["+02:00", "-05:00", "+01:00"] and encoder.fraction_digits == 3
    back = encoder.decode(encoder.encode(series), np.random.default_rng(0))
    # Old code: every offset became '+0000' (times moved to UTC) and '.167' became '.000000'.
    assert back.str[:19].tolist() == series.str[:19].tolist()  # the wall clock, to the second
    assert back.str[-6:].tolist() == series.str[-6:].tolist()
    assert back.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d").all()
    assert back.str[20:23].nunique() > 100  # fractions drawn, not all zero


def test_rare_offsets_take_the_most_common_token_and_dp_writes_utc() -> None:
    series = pd.concat([_log_stamps(), pd.Series(["2025-03-02T10:00:00.500+05:30"])], ignore_index=True)
    encoder = DatetimeEncoder.fit("t", series, datetime_format="%Y-%m-%dT%H:%M:%S.%f%z", stats=ExactStatistics(),
                                  protection=Protection(min_count=5, quantile=0.0))
    assert "+05:30" not in encoder.offsets
    assert encoder.decode(encoder.encode(series), np.random.default_rng(0)).iloc[-1].endswith("+02:00")
    stats = ExactStatistics()
    stats.private = True  # type: ignore[misc]  # instance flag: the private code path
    private = DatetimeEncoder.fit("t", series, datetime_format="%Y-%m-%dT%H:%M:%S.%f%z", stats=stats,
                                  protection=Protection(min_count=5, quantile=0.0))
    assert private.offsets == [] and private.fraction_digits == 0
    assert private.decode(private.encode(series), np.random.default_rng(0)).dropna().str.endswith("+0000").all()


def test_parts_never_combine_into_a_date_outside_the_training_range() -> None:
    # Two years of dates from late November: sampling year, month and day apart gave
    # '01/02/2024' when the first date seen was 11/29/2024.
    series = pd.Series(pd.date_range("2024-11-29", "2026-11-29", periods=600).strftime("%m/%d/%Y"))
    encoder = DatetimeEncoder.fit("d", series, datetime_format="%m/%d/%Y", stats=ExactStatistics(),
                                  protection=Protection(min_count=5, quantile=0.001))
    rng = np.random.default_rng(3159)
    tokens = encoder.encode(series)
    mixed = np.column_stack([rng.permutation(tokens[:, j]) for j in range(tokens.shape[1])])
    back = pd.to_datetime(encoder.decode(mixed, rng), format="%m/%d/%Y")
    assert back.min() >= pd.Timestamp("2024-11-29") and back.max() <= pd.Timestamp("2026-11-29")


def test_local_times_are_clipped_to_the_range_in_utc() -> None:
    # 33 hours of a log in four zones: a '-05:00' wall clock past the latest '+02:00' one lay
    # 7 hours after the last instant seen.
    series = _log_stamps(600)
    encoder = DatetimeEncoder.fit("t", series, datetime_format="%Y-%m-%dT%H:%M:%S.%f%z", stats=ExactStatistics(),
                                  protection=Protection(min_count=5, quantile=0.0))
    rng = np.random.default_rng(3126)
    tokens = encoder.encode(series)
    mixed = np.column_stack([rng.permutation(tokens[:, j]) for j in range(tokens.shape[1])])
    back = pd.to_datetime(encoder.decode(mixed, rng), format="%Y-%m-%dT%H:%M:%S.%f%z", utc=True)
    seen = pd.to_datetime(series, format="%Y-%m-%dT%H:%M:%S.%f%z", utc=True)
    assert back.min() >= seen.min().floor("s") and back.max() <= seen.max().ceil("s")


def _stamps(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    return pd.Series(pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 360, n), unit="D"))


def test_unpadded_dates_are_written_back_unpadded() -> None:
    """Probe 3: ``2024年3月5日`` and US ``3/5/2024`` came back as ``2024年03月05日`` / ``03/05/2024``."""
    for fmt, spelled in (("%Y年%m月%d日", "%Y年%-m月%-d日"), ("%m/%d/%Y", "%-m/%-d/%Y")):
        series = pd.Series(_stamps(400, 7).dt.strftime(spelled), dtype=object)
        stats = ExactStatistics()
        encoder = DatetimeEncoder.fit("d", series, datetime_format=fmt, stats=stats, protection=OFF)
        decoded = encoder.decode(encoder.encode(series), np.random.default_rng(0))
        assert decoded.tolist() == series.tolist()


def test_padded_dates_stay_padded_and_dp_keeps_strftime_padding() -> None:
    padded = pd.Series(_stamps(400, 8).dt.strftime("%m/%d/%Y"), dtype=object)
    encoder = DatetimeEncoder.fit("d", padded, datetime_format="%m/%d/%Y", stats=ExactStatistics(), protection=OFF)
    assert encoder.unpadded == []
    bare = pd.Series(_stamps(400, 9).dt.strftime("%-m/%-d/%Y"), dtype=object)
    assert _fit(bare, private=True).unpadded == []  # a layout learnt from values: outside DP only
