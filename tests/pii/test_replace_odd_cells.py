"""Cells that crashed the PII stage (session 68, found by the blind set 54): replaced, not a stack trace.

An Erlang datetime ``{{1998,4,2},{0,0,0}}`` is a set of sets to Python's literal reader (TypeError), and mojibake
names carry superscripts (``ChacÃ³n``: ``³`` is a digit with no decimal value).
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.address_serialised_cells import is_serialised_cell
from safe_synthesizer.pii.phone_any_separator import _ascii
from safe_synthesizer.pii.replace import replace_pii


def test_an_erlang_datetime_is_no_serialised_address() -> None:
    assert is_serialised_cell("{{1998,4,2},{0,0,0}}") is False


def test_superscripts_are_no_decimal_digits() -> None:
    assert _ascii("ChacÃ³n ٠١٢") == "ChacÃ³n 012"


def test_a_table_of_such_cells_is_replaced() -> None:
    born = ["{{1998,4,2},{0,0,0}}", "{{1985,11,23},{0,0,0}}", "{{1972,1,5},{0,0,0}}", "{{2001,7,30},{0,0,0}}"]
    df = pd.DataFrame(
        {
            "Guest": ["RamÃ³n ChacÃ³n", "MarÃ­a MuÃ±oz", "Ana Â³LÃ³pez", "Juan Â¹Vidal"] * 2,
            "Born": born * 2,
            "Phone": ["612 34 56 78", "623 45 67 89", "634 56 78 90", "645 67 89 01"] * 2,
        }
    )
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert result.data.shape == df.shape
    assert not set(result.data["Phone"]) & set(df["Phone"])
