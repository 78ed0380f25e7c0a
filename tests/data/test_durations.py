"""Durations (probe 4): ISO ``PT1H23M``, clock ``01:23:45`` and ``1h 23m`` are numbers of a column."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data import durations
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.numbers import NumberFormat, detect_number_format, format_numbers, plain_strings
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.data.typed_frame import apply_schema


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("PT1H23M", 4980), ("PT45M", 2700), ("PT2H5M30S", 7530), ("P1DT2H", 93600), ("01:23:45", 5025),
     ("1:02:03", 3723), ("1h 05m", 3900), ("28m", 1680), ("2h", 7200), ("12", None), ("PT", None), ("P", None),
     ("12:75:00", None), ("", None)],
)  # fmt: skip
def test_seconds(text: str, seconds: int | None) -> None:
    assert durations.seconds(text) == seconds


def test_each_layout_is_written_back_as_read() -> None:
    for values, layout, unit in [
        (["PT1H23M", "PT45M", "PT2H"], "iso", 60),
        (["01:23:45", "00:08:41", "12:00:00"], "hh:mm:ss", 1),
        (["1:23:45", "0:08:41"], "h:mm:ss", 1),
        (["1h 23m", "28m", "2h 05m"], "h mm", 60),
        (["1h 5m", "28m", "2h 30m"], "h m", 60),
    ]:
        fmt, share = detect_number_format(pd.Series(values))
        assert (fmt.duration, fmt.duration_unit, share) == (layout, unit, 1.0)
        numbers = [float(p) for p in plain_strings(values, fmt)]
        assert format_numbers(numbers, fmt, None, True) == (
            values if layout != "h m" else ["1h 5m", "28m", "2h 30m"]
        )
        assert NumberFormat.from_dict(fmt.to_dict()) == fmt


def test_generated_values_keep_the_column_resolution_and_layout() -> None:
    fmt = NumberFormat(duration="iso", duration_unit=60)
    # A generated 83.4 minutes: whole minutes, no seconds the column never shows.
    assert format_numbers([83.4, 0.2, 1500], fmt, None, False) == ["PT1H23M", "PT0M", "PT25H"]


def test_duration_columns_are_integers_not_copied_labels() -> None:
    """Probe 4: 'dwell' (2,342 distinct hh:mm:ss over 3,000 rows) and 'transit_time' (PT1H23M) were
    categories: values copied from the input as labels."""
    n = 300
    df = pd.DataFrame({
        "dwell": [f"{i // 60 % 3:02d}:{i % 60:02d}:{(7 * i) % 60:02d}" for i in range(n)],
        "transit": [f"PT{1 + i % 4}H{i % 60}M" if i % 60 else f"PT{1 + i % 4}H" for i in range(n)],
        "code": [f"{i % 50:05d}" for i in range(n)],  # zero-padded codes stay codes
    })  # fmt: skip
    schema = infer_schema(df)
    assert [schema[c].type for c in df.columns] == [ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.CATEGORICAL]
    assert schema["transit"].number_format["duration_unit"] == "60"
    typed = apply_schema(df, schema)
    assert typed["dwell"].iloc[1] == 1 * 60 + 7 and typed["transit"].iloc[1] == 2 * 60 + 1
    assert any("'dwell': numbers written with durations (hh:mm:ss layout" in n for n in schema.notes)
