"""A plain float column written with fixed decimals ('255.80') keeps them (probe 5)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.data.inference import infer_schema


def test_fixed_decimals_are_kept_even_next_to_whole_values() -> None:
    raw = pd.DataFrame({"price": ["255.80", "12.35", "85663", "4.10", "19.99"] * 10,
                        "ratio": ["0.5", "1.25", "3.125", "2.0", "1.5"] * 10,
                        "score": ["1.5", "2.0", "3.5", "4.0", "0.5"] * 10})  # fmt: skip
    schema = infer_schema(raw)
    assert schema["price"].number_format is not None and schema["price"].number_format["fixed_decimals"] == "true"
    assert schema["price"].decimals == 2
    assert any("'price': every fraction written with 2 decimals" in n for n in schema.notes)
    assert schema["ratio"].number_format is None  # places differ: not fixed
    assert schema["score"].number_format is None  # one decimal: floats are written so anyway


def test_floats_of_a_dataframe_have_no_written_zeros() -> None:
    raw = pd.DataFrame({"price": [255.80, 12.35, 4.10, 19.99] * 10})
    assert infer_schema(raw)["price"].number_format is None


def test_spreadsheet_error_cells_are_codes_next_to_numbers() -> None:
    # Probe 6: 12 % '#DIV/0!' made a ratio column categorical, and the tail model wrote '#ZOR/1!'.
    ratio = [f"{i / 7:.3f}" for i in range(1, 45)] + ["#DIV/0!"] * 6
    schema = infer_schema(pd.DataFrame({"retry_ratio": ratio * 4}))
    assert schema["retry_ratio"].type.value == "float" and schema["retry_ratio"].special_values == ["#DIV/0!"]
