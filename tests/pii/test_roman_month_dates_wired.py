"""Roman-month birth dates (``2.IV.1998``) wired into the readers, the shifter and the notes' date pattern.

Fails unwired (the column stays unfound, the fakes keep the original, the note keeps the date), passes wired.
"""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import birth_cell, written_date
from safe_synthesizer.pii.column_date_keys import readings
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.roman_month_dates import roman_month_date
from safe_synthesizer.pii.text_patterns import pattern_spans

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _table(n: int = 40, seed: int = 5) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
        dob = f"{d}.{_ROMAN[m - 1]}.{y}" if i % 3 else f"{y}-{m:02d}-{d:02d} 00:00:00"
        trip = f"{rng.randint(1, 28)}.{_ROMAN[rng.randint(0, 11)]}.2026"  # an event date in the same layout
        rows.append({"Ref": f"DAR{100 + i}", "Trip date": trip, "c002": dob})
    return pd.DataFrame(rows)


def test_cells_read_as_dates() -> None:
    assert written_date("2.IV.1998") == roman_month_date("2.IV.1998")
    assert written_date("2.IV.1998 00:00:00") is not None
    assert birth_cell("31.XII.1960") == "date"
    assert readings(pd.Series(["2.IV.1998", "1998-04-02"])) == [{(1998, 4, 2)}, {(1998, 4, 2)}]


def test_shift_keeps_the_roman_layout() -> None:
    assert shift_date_string("2.IV.1998", 40) == "12.V.1998"
    assert shift_date_string("2.IV.1998 00:00:00", 40) == "12.V.1998 00:00:00"


def test_birth_column_of_mixed_layouts_is_found_by_values_and_events_are_not() -> None:
    df = _table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "date_of_birth"
    assert plans.get("Trip date") is None


def test_replaced_cells_keep_their_own_layout() -> None:
    df = _table().rename(columns={"c002": "Passenger DOB"})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Passenger DOB"]
    for old, new in zip(df["Passenger DOB"], out, strict=True):
        assert new != old
        assert (roman_month_date(old) is None) == (roman_month_date(new) is None)
        assert old.endswith(" 00:00:00") == new.endswith(" 00:00:00")


def test_birth_date_after_a_cue_in_notes() -> None:
    text = "New donor, born 2.IV.1998. Seen again; d.o.b. 17.IX.2018 on the form."
    spans = [text[s:e] for s, e, ent in pattern_spans(text, ("GB",), frozenset({"date_of_birth"}))]
    assert "2.IV.1998" in spans and "17.IX.2018" in spans
