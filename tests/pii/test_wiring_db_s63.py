"""Session 63 (helper DB): ISO 8601 week and ordinal dates through the PII stage: birth-date columns and notes read
and faked in their own notation, event days so written no postcode column, an age after its word kept agreeing."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.iso_calendar_dates import read_iso_date
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen"]  # fmt: skip
_BORN = ["1953-188", "1961-W07-2", "1970-032", "1984-W33-5", "1948-300", "1992-011", "1975-W50-1", "1966-145",
         "1958-W21-3", "1989-250"]  # fmt: skip
_DAYS = ["2031-045", "2031-112", "2030-361", "2031-002", "2031-150", "2031-077", "2030-349", "2031-020", "2031-133",
         "2031-101"]  # fmt: skip


def _frame() -> pd.DataFrame:
    notes = [f"{p.split()[0]}, born {b}, passed." for p, b in zip(_PEOPLE, _BORN, strict=True)]
    return pd.DataFrame({"Member": _PEOPLE, "c002": _BORN, "Session": _DAYS, "Note": notes})


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_iso_birth_dates_faked_in_their_notation_and_event_days_left() -> None:
    df = _frame()
    plans = _plans(df)
    assert plans.get("c002") == "date_of_birth"
    assert plans.get("Session") is None  # ISO ordinal days are no postcodes
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert out["Session"].tolist() == _DAYS
    for before, after in zip(_BORN, out["c002"], strict=True):
        reading = read_iso_date(after)
        assert after != before and reading is not None and ("W" in before) == ("W" in after)
    notes = " ".join(out["Note"])
    assert not any(b in notes for b in _BORN)


def test_birth_dates_with_an_age_after_its_word_are_faked_with_the_age() -> None:
    born = ["14.02.1953; Alter 73", "02.09.1961; Alter 65", "30.01.1970; Alter 56", "11.08.1984; Alter 42",
            "27.10.1948; Alter 78", "05.01.1992; Alter 34", "08.12.1975; Alter 50", "25.05.1966; Alter 60",
            "24.05.1958; Alter 68", "07.09.1989; Alter 37"]  # fmt: skip
    df = pd.DataFrame({"Member": _PEOPLE, "Geburtsdatum": born})
    assert _plans(df).get("Geburtsdatum") == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Geburtsdatum"].tolist()
    for before, after in zip(born, out, strict=True):
        assert after != before and re.fullmatch(r"\d\d\.\d\d\.\d{4}; Alter \d{1,3}", after)


def test_birth_dates_after_a_local_tables_phrase_in_any_layout_are_replaced() -> None:
    born = ["11+08+1964", "1959-041", "21;02;1990", "1948-W12-3", "03+04+1958", "1971-200"]
    notes = [f"குறிப்பு: உறுப்பினர், பிறந்த தேதி: {b}, அலுவலக தொலைபேசி." for b in born] * 2
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"])
    assert not any(b in out for b in born)
