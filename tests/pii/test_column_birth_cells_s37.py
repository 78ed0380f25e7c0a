"""Birth-date cells the s37 fuzzer (benchmarks/dev_fx_columns.py) found unread: ``12-Mar-85`` (a written month
with a two-digit year), ``mars 1985`` (a month and a year), ``??/??/1985`` and ``00/00/0000`` (a date not known)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import birth_cell, birth_date_score, month_and_year, written_date
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"]  # fmt: skip


def _births(n: int = 50) -> list[date]:
    return [date(1936, 1, 1) + timedelta(days=(i * 7919) % (70 * 365)) for i in range(n)]


def _events(n: int = 50) -> list[date]:
    return [date(2021, 1, 1) + timedelta(days=(i * 37) % 1400) for i in range(n)]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_written_month_with_a_two_digit_year() -> None:
    assert written_date("12-Mar-85") == date(1985, 3, 12)
    assert written_date("02-Aug-05") == date(2005, 8, 2)
    assert birth_cell("28-Jan-96") == "date"


def test_two_digit_year_birth_column_found_by_values_event_column_not() -> None:
    births = [f"{d.day:02d}-{_SHORT[d.month - 1]}-{d.strftime('%y')}" for d in _births()]
    events = [f"{d.day:02d}-{_SHORT[d.month - 1]}-{d.strftime('%y')}" for d in _events()]
    plans = _plans(pd.DataFrame({"c0": births, "c1": events}))
    assert plans.get("c0") == "date_of_birth"
    assert plans.get("c1") is None


def test_month_and_year_is_a_partial_birth_date() -> None:
    assert month_and_year("mars 1985") and month_and_year("March 1985") and month_and_year("Mai 2001")
    assert not month_and_year("open 1985") and not month_and_year("Room 1985")
    cells = [f"{_MOIS[d.month - 1]} {d.year}" for d in _births()]
    assert birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=True).share >= 0.95
    assert _plans(pd.DataFrame({"date_naissance": cells})).get("date_naissance") == "date_of_birth"
    # Values alone: months of a life span are birth months; months of a few recent years are events.
    events = [f"{_MOIS[d.month - 1]} {d.year}" for d in _events()]
    plans = _plans(pd.DataFrame({"c0": cells, "c1": events}))
    assert plans.get("c0") == "date_of_birth"
    assert plans.get("c1") is None


def test_unknown_day_and_month_and_zero_dates() -> None:
    assert birth_cell("??/??/1985") == "masked" and birth_cell("XX.XX.1970") == "masked"
    assert birth_cell("00/00/0000") == "placeholder" and birth_cell("0000-00-00") == "placeholder"
    cells = [d.strftime("%d/%m/%Y") for d in _births(44)]
    cells += ["??/??/1961", "??/??/1977", "00/00/0000", "n/a", "??/??/1950", "00/00/0000"]
    assert _plans(pd.DataFrame({"c0": cells})).get("c0") == "date_of_birth"
