"""Session 67 (helper TPL): columns every rule left undecided, read through their own learned template
(:mod:`column_templates`, :mod:`column_template_findings`) and replaced core by core with each cell's dress written
back (:mod:`template_value_cells`). Fails without the wiring of ``/work/s67docs/wiring_TPL.md`` (``detect_table``
calling :func:`template_columns` after the map-link pass; the replace engine sorting a column's cells by
:func:`template_value_cells`)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

# A dress no reader lists: a chat export's ``Shared by`` and a gallery's ``Image of``, round plain names.
_GUESTS = [
    "Shared by Hilde Aasen", "Shared by Runa Berget", "Shared by Oddvar Moen", "Image of Siri Dahl",
    "Image of Arne Lunde", "Image of Jorunn Vik", "Kari Holm", "Trond Eide", "Shared by Nils Brekke",
    "Image of Eli Sandvik", "Shared by Tone Haugen", "Bjarne Lie", "Image of Ragnhild Solberg",
    "Shared by Geir Nygaard",
]  # fmt: skip
# A database's literal round a birth date: ``DATE '1956-03-14'`` in a SQL dump.
_BORN = ["CAST('14-03-1956' AS DATE)", "CAST('20-12-1953' AS DATE)", "CAST('10-07-1988' AS DATE)",
         "CAST('04-09-1996' AS DATE)", "CAST('03-01-1946' AS DATE)", "CAST('22-02-1962' AS DATE)",
         "CAST('24-11-1960' AS DATE)", "CAST('09-02-1982' AS DATE)", "CAST('23-05-1985' AS DATE)",
         "CAST('13-05-1951' AS DATE)", "CAST('30-08-1972' AS DATE)", "CAST('17-06-1969' AS DATE)",
         "CAST('01-10-1979' AS DATE)", "CAST('28-04-1990' AS DATE)"]  # fmt: skip
# Templates of no PII: rooms and wards, and the numbers in them.
_ROOMS = ["Room 4", "Room 12", "Room 7", "Ward 7B", "Ward 9A", "Room 3", "Ward 2C", "Room 15", "Room 1", "Ward 4D",
          "Room 8", "Room 21", "Ward 6A", "Room 5"]  # fmt: skip


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"Gjest": _GUESTS, "Født": _BORN, "Plass": _ROOMS, "Beløp": [str(10 * i) for i in range(14)]})


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_templated_people_and_birth_dates_found_shown_and_hidden() -> None:
    df = _frame()
    shown = _plans(df)
    assert shown.get("Gjest") == "name" and shown.get("Født") == "date_of_birth"
    assert "Plass" not in shown and "Beløp" not in shown
    hidden = _plans(df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1))
    assert hidden.get("c000") == "name" and "c002" not in hidden


def test_templated_cells_faked_inside_their_own_dress() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for before, after in zip(df["Gjest"], out["Gjest"], strict=True):
        assert after != before
        dress = next((d for d in ("Shared by ", "Image of ") if before.startswith(d)), "")
        assert after.startswith(dress) and after[len(dress) :].strip()
        assert before[len(dress) :] not in after
    for before, after in zip(df["Født"], out["Født"], strict=True):
        assert after != before
        assert after.startswith("CAST('") and after.endswith("' AS DATE)")
    assert out["Plass"].tolist() == _ROOMS
