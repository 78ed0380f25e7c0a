"""Integer columns of compact birth dates (``19310821``) are found and replaced by dates in the same layout."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.formats import shift_date_string


def _compact_birth_dates(n: int) -> list[int]:
    rng = np.random.default_rng(11)
    days = rng.integers(0, 365 * 70, n)
    return [int((date(1935, 1, 1) + timedelta(days=int(d))).strftime("%Y%m%d")) for d in days]


def test_compact_dates_shift_in_their_layout() -> None:
    assert shift_date_string("19310821", 5) == "19310826"
    assert shift_date_string("19311231.0", 3) == "19320103.0"
    assert shift_date_string("12345678", 3) is None


def test_integer_birth_dates_are_replaced_by_valid_compact_dates() -> None:
    df = pd.DataFrame({"c004": _compact_birth_dates(80), "visits": range(80)})
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters())
    assert [c.entity for c in result.report.columns] == ["date_of_birth"]
    changed = 0
    for original, fake in zip(df["c004"], result.data["c004"], strict=True):
        text = str(fake).removesuffix(".0")
        parsed = date(int(text[:4]), int(text[4:6]), int(text[6:8]))  # a real calendar date
        assert 1900 < parsed.year < 2026
        changed += str(original) != text
    assert changed >= 70
