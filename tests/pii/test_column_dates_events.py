"""Event dates that end a year or so before the run are no birth dates, by their name or by where they end."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import young_birth_date_evidence
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.cue_subjects import names_an_event


def _dates(newest_years_back: float, span_years: float, n: int = 24, seed: int = 3) -> list[str]:
    rng = np.random.default_rng(seed)
    newest = date.today() - timedelta(days=int(newest_years_back * 365.25))
    days = rng.integers(0, int(span_years * 365.25), n)
    return [(newest - timedelta(days=int(d))).strftime("%d/%m/%Y") for d in days]


def test_an_archive_of_events_that_stopped_a_year_ago_is_no_young_birth_dates() -> None:
    events = pd.Series(_dates(1.05, 9, n=60))
    young, why = young_birth_date_evidence(events, date.today())
    assert not young, why


def test_pupils_birth_dates_still_read_as_young_birth_dates() -> None:
    pupils = pd.Series(_dates(4.5, 12, n=60))
    young, why = young_birth_date_evidence(pupils, date.today())
    assert young, why


@pytest.mark.parametrize("column", ["joinedOn", "START", "next due", "tenant_rent_paid_on", "fecha_alta"])
def test_event_names_are_no_birth_date_columns(column: str) -> None:
    assert names_an_event(column)
    df = pd.DataFrame({column: _dates(4.5, 12, n=60)})
    det = detect_column(df[column], infer_schema(df)[column], entities=[E.DATE_OF_BIRTH])
    assert det is None or det.entity != E.DATE_OF_BIRTH


@pytest.mark.parametrize("column", ["birth_date", "dob", "fecha_nac", "Geburtsdatum", "born_on"])
def test_birth_names_are_no_events(column: str) -> None:
    assert not names_an_event(column)
