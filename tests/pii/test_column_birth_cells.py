"""Birth-date columns in written, compact and placeholder-filled layouts."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import birth_cell, birth_date_score, compact_date, written_date
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_sample import sample_values

_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]


def _births(n: int = 60) -> list[date]:
    return [date(1935, 1, 1) + timedelta(days=(i * 7919) % (70 * 365)) for i in range(n)]


def test_cell_layouts() -> None:
    assert birth_cell("n/a") == "placeholder" and birth_cell("unbekannt") == "placeholder"
    assert birth_cell("21-Aug-1931") == "date" and written_date("21-Aug-1931") == date(1931, 8, 21)
    assert compact_date("19310821") == date(1931, 8, 21) and compact_date("19311321") is None
    assert birth_cell("03/1956") == "partial" and birth_cell("70") == "age"
    assert birth_cell("Room 12") is None


def test_written_months_with_placeholders_are_birth_dates_by_values() -> None:
    cells = [f"{d.day} {_MONTHS[d.month - 1]} {d.year}" for d in _births()]
    cells += ["n/a", "inconnu", "-", "unknown", "none", "N/A", "?"]
    score = birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False)
    assert score.values_decide and score.share >= 0.9, score


def test_ages_and_partial_dates_count_under_a_birth_date_name_only() -> None:
    cells = [d.strftime("%d/%m/%Y") for d in _births(40)] + [str(20 + i) for i in range(30)] + ["1956", "03/1961"]
    assert birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=True).share >= 0.95
    years = [str(1930 + i) for i in range(60)]
    hidden = birth_date_score(sample_values(pd.Series(years), 500, 0), cued=False)
    assert not hidden.values_decide


def test_spread_reads_timestamps_at_midnight_and_two_digit_years() -> None:
    births = _births()
    assert birth_date_evidence(pd.Series([f"{d.isoformat()} 00:00:00" for d in births]))[0]
    assert birth_date_evidence(pd.Series([f"{d.isoformat()}T00:00:00Z" for d in births]))[0]
    assert birth_date_evidence(pd.Series([d.strftime("%d/%m/%y") for d in births]))[0]
    assert birth_date_evidence(pd.Series([d.strftime("%d-%b-%Y") for d in births] + ["n/a", "unknown"]))[0]
    # A time of day on every cell asks for a lifetime's spread (session 37: a registry's times of birth, 1935-2004
    # here); events of a few years with times stay events (tests/pii/test_column_dates_s37.py).
    logged = [f"{d.isoformat()} {i % 24:02d}:{i % 60:02d}:00" for i, d in enumerate(births)]
    assert birth_date_evidence(pd.Series(logged))[0]


def test_numeric_birth_dates() -> None:
    from safe_synthesizer.pii.column_birth_cells import numeric_birth_dates

    births = _births()
    compact = pd.Series([int(d.strftime("%Y%m%d")) for d in births])
    assert numeric_birth_dates(compact, cued=False)[0]
    serial = pd.Series([(d - date(1899, 12, 30)).days for d in births])
    assert not numeric_birth_dates(serial, cued=False)[0]
    assert numeric_birth_dates(serial, cued=True)[0]
    ids = pd.Series([10_000_000 + 7919 * i for i in range(60)])
    assert not numeric_birth_dates(ids, cued=False)[0]
