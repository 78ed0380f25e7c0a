"""Session 65 (helper DS): birth dates written as a machine serialises them (code literals, .NET JSON, XML Schema
dates with a zone, JavaScript's ``Date.toString()``, Mongo's ``$date``) through the PII stage: read by the column
detector shown and hidden, in notes after a birth cue, and faked in their own notation. Fails without the wiring
of ``/work/s65docs/wiring_DS.md`` (``date_reader.read_date_at`` and ``read_date`` falling back to
:mod:`serialised_dates`)."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.date_reader import read_date, shift_any_date
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen", "Eero Aalto",
           "Noora Kallio"]  # fmt: skip
_BORN = ["datetime.date(1936, 6, 16)", "/Date(872809200000)/", "1961-08-31-05:00", "2000-12-07+00:00",
         "Wed Aug 05 1936 00:00:00 GMT+0100", "/Date(-502329600000)/", "datetime.date(1969, 9, 23)",
         "Mon Sep 25 1972 00:00:00 GMT+0000", "1954-06-23+01:00", "/Date(1331096400000)/",
         "Thu Apr 02 1998 00:00:00 GMT+0100 (Central European Summer Time)", "datetime.date(1977, 3, 8)"]  # fmt: skip


def _skeleton(cell: str) -> str:
    """The notation without its numbers and words (a count's sign is the date's, not the notation's)."""
    return re.sub(r"\(-", "(", re.sub(r"[\dA-Za-z]+", "", cell))


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_date_reader_reads_serialisations() -> None:
    for cell in _BORN:
        assert read_date(cell) is not None, cell
    assert shift_any_date("datetime.date(1936, 6, 16)", 1) == "datetime.date(1936, 6, 17)"
    assert shift_any_date("1961-08-31-05:00", 1) == "1961-09-01-05:00"


def test_serialised_birth_date_columns_are_found_shown_and_hidden_and_faked_in_notation() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _BORN})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    hidden = df.rename(columns={"Member": "c001", "Date of birth": "c002"})
    assert _plans(hidden).get("c002") == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"].tolist()
    for before, after in zip(_BORN, out, strict=True):
        assert after != before
        assert read_date(after) is not None, after  # still a date in the same notation
        assert _skeleton(after) == _skeleton(before), (before, after)


def test_note_birth_dates_in_a_serialisation_are_replaced() -> None:
    born = ["1954-08-27+01:00", "Tue Feb 11 1941 00:00:00 GMT+0100", "datetime.date(1936, 6, 16)"]
    notes = [f"Renouvellement : Arnaude Guillou, date de naissance {b}, reçu." for b in born] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"])
    assert not any(b in out for b in born)
