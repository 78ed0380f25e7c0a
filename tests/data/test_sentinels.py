"""Sentinels (probe 4): ``-9999`` for "no reading" is a code of the column, not a number."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.data.sentinels import find_sentinels, sentinel_values
from safe_synthesizer.data.typed_frame import apply_schema


def _sensor(n: int = 300) -> list[str]:
    rng = np.random.default_rng(3)
    values = [f"{v:.1f}" for v in rng.normal(4.5, 1.2, n)]
    values[::25] = ["-9999"] * len(values[::25])
    values[3::40] = ["n/a"] * len(values[3::40])
    return values


def test_an_all_nines_code_outside_the_range_is_a_special_value() -> None:
    """Before: -9999 was a number, the range -9999..8 and the model wrote values in between."""
    schema = infer_schema(pd.DataFrame({"reefer_temp_c": _sensor()}))
    column = schema["reefer_temp_c"]
    assert column.type == ColumnType.FLOAT
    assert sorted(column.special_values) == ["-9999", "n/a"]
    typed = apply_schema(pd.DataFrame({"reefer_temp_c": _sensor()}), schema)["reefer_temp_c"]
    numbers = [v for v in typed if isinstance(v, float)]
    assert min(numbers) > -10 and typed.tolist().count("-9999") == 12
    assert any("sentinel" in note for note in schema.notes)


def test_nines_inside_the_range_or_once_are_numbers() -> None:
    assert find_sentinels([str(v) for v in range(0, 20000, 7)] + ["9999", "9999"]) == {}
    assert find_sentinels([str(v) for v in range(40)] + ["-999"]) == {}  # seen once: no code
    assert find_sentinels([str(v) for v in range(40)] + ["-999", "-999"]) == {-999.0: "-999"}
    assert find_sentinels([str(v) for v in range(5)] + ["-999", "-999"]) == {}  # too few others to tell
    # Adult's capital gain: a top-code of real values (1.4 ranges above the next one), not "no value".
    assert find_sentinels([str(v) for v in range(0, 41311, 30)] + ["99999"] * 50) == {}


def test_sentinel_values_are_the_numeric_specials() -> None:
    assert sentinel_values(["n/a", "-9999", "<5"]) == {-9999.0: "-9999"}


def test_numeric_input_frames_get_sentinels_too() -> None:
    x = pd.Series(np.r_[np.linspace(0, 10, 100), [-9999.0, -9999.0]])
    schema = infer_schema(pd.DataFrame({"t": x}))
    assert schema["t"].special_values == ["-9999"]
    typed = apply_schema(pd.DataFrame({"t": x}), schema)["t"]
    assert typed.tolist()[-2:] == ["-9999", "-9999"]
