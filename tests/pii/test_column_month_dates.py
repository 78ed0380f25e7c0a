"""Birth dates with month names of more languages and Thai Buddhist-era years (column_month_dates)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from safe_synthesizer.pii.column_birth_cells import birth_date_score
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_month_dates import local_date
from safe_synthesizer.pii.column_sample import sample_values

GREEK = [
    "Ιανουαρίου",
    "Φεβρουαρίου",
    "Μαρτίου",
    "Απριλίου",
    "Μαΐου",
    "Ιουνίου",
    "Ιουλίου",
    "Αυγούστου",
    "Σεπτεμβρίου",
    "Οκτωβρίου",
    "Νοεμβρίου",
    "Δεκεμβρίου",
]
BULGARIAN = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("8 Ιουλίου 1967", date(1967, 7, 8)),
        ("7 април 1995", date(1995, 4, 7)),
        ("12 มกราคม 2521", date(1978, 1, 12)),
        ("12 ม.ค. 2521", date(1978, 1, 12)),
        ("26/11/2540", date(1997, 11, 26)),
        ("3. března 1980", date(1980, 3, 3)),
        ("15 de maio de 1980", date(1980, 5, 15)),
    ],
)
def test_local_date_reads_month_names_and_buddhist_years(cell: str, expected: date) -> None:
    assert local_date(cell) == expected


@pytest.mark.parametrize("cell", ["26/11/1997", "sales 2021", "7 Pro 2024", "31 февруари 1990"])
def test_local_date_leaves_other_cells(cell: str) -> None:
    assert local_date(cell) is None


def _dates(rng: random.Random, first: date, days: int, n: int = 30) -> list[date]:
    return [first + timedelta(days=rng.randint(0, days)) for _ in range(n)]


@pytest.mark.parametrize("months", [GREEK, BULGARIAN])
def test_birth_dates_with_local_month_names_are_found_by_values(months: list[str]) -> None:
    rng = random.Random(20201)
    cells = [f"{d.day} {months[d.month - 1]} {d.year}" for d in _dates(rng, date(1935, 1, 1), 25_000)]
    score = birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False)
    assert score.values_decide and score.share >= 0.95


def test_event_dates_with_local_month_names_stay_events() -> None:
    rng = random.Random(20202)
    cells = [f"{d.day} {GREEK[d.month - 1]} {d.year}" for d in _dates(rng, date(2022, 1, 1), 1000)]
    assert not birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False).values_decide


def test_thai_buddhist_birth_dates_are_found_and_recent_ones_are_not() -> None:
    rng = random.Random(20203)
    born = [f"{d.day:02d}/{d.month:02d}/{d.year + 543}" for d in _dates(rng, date(1935, 1, 1), 25_000)]
    assert birth_date_evidence(pd.Series(born))[0]
    events = [f"{d.day:02d}/{d.month:02d}/{d.year + 543}" for d in _dates(rng, date(2022, 1, 1), 1000)]
    assert not birth_date_evidence(pd.Series(events))[0]
