"""Columns whose header names personal data but whose values were left as written are said, never silently kept."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import detect_pii, replace_pii
from safe_synthesizer.pii.replace_files import replace_pii_files
from safe_synthesizer.pii.report import PiiColumnReport, PiiReport
from safe_synthesizer.pii.unread_cues import UnreadCue, unread_cue_warnings, unread_cues

N = 60


def _tokens(seed: int) -> list[str]:
    """Values a vault's tokenisation left: no reader can read a date or a name in them."""
    rng = random.Random(seed)
    return [f"tok_{rng.getrandbits(40):010x}" for _ in range(N)]


def _table() -> pd.DataFrame:
    rng = random.Random(7)
    return pd.DataFrame(
        {
            "Date of birth": _tokens(1),
            "Nursery": [rng.choice(["Harkness", "Peter Beales", "Mattocks"]) for _ in range(N)],  # a category
            "birthYear": [rng.randint(1940, 2000) for _ in range(N)],  # a number, not a whole date
            "Order": [f"R-{1000 + i}" for i in range(N)],  # no cue
            "Email": [f"user{i}@example.org" for i in range(N)],  # read: replaced
        }
    )


def test_tokenised_birth_dates_are_said_with_the_fix_and_no_value() -> None:
    df = _table()
    report = detect_pii(df, infer_schema(df), ReplacePiiParameters())
    assert "email" in report.columns_by_entity().values()
    assert len(report.checks) == 1
    check = report.checks[0]
    assert check.startswith("column `Date of birth`: its header names a date of birth but no reader recognised")
    assert 'replace_pii.column_overrides: {"Date of birth": "hash"}' in check
    assert not any(v in check for v in df["Date of birth"])


def test_the_suggested_override_replaces_the_column_and_silences_the_check() -> None:
    df = _table()
    params = ReplacePiiParameters(column_overrides={"Date of birth": "hash"})
    result = replace_pii(df, infer_schema(df), params)
    assert result.report.checks == []
    assert not set(result.data["Date of birth"]) & set(df["Date of birth"])


def test_categories_numbers_and_readable_columns_are_not_said() -> None:
    df = _table().drop(columns=["Date of birth"])
    df["Date of birth"] = pd.date_range("1950-01-01", periods=N, freq="199D").strftime("%d/%m/%Y")
    report = detect_pii(df, infer_schema(df), ReplacePiiParameters())
    assert report.columns_by_entity()["Date of birth"] == "date_of_birth"
    assert report.checks == []


def test_a_lookup_fields_source_table_is_no_cue() -> None:
    df = pd.DataFrame({"Serial (from Contacts)": _tokens(2), "Guest (from Contacts)": _tokens(3)})
    found = unread_cues(df, infer_schema(df), [])
    assert [(c.column, c.entity) for c in found] == [("Guest (from Contacts)", "name")]


def test_blank_cells_are_missing_not_a_repeated_value() -> None:
    df = pd.DataFrame({"Collected by": ["", " ", "", ""] * 10 + _tokens(5)[:12]})  # 12 written of 52: all distinct
    assert [c.column for c in unread_cues(df, infer_schema(df), [])] == ["Collected by"]


def test_protected_columns_are_left_to_the_user() -> None:
    df = pd.DataFrame({"Patient": _tokens(4)})
    assert unread_cues(df, infer_schema(df), [], protected=["Patient"]) == []


@pytest.mark.parametrize(("spans", "said"), [(60, False), (59, True), (0, True)])
def test_free_text_columns_are_said_when_their_scan_found_fewer_spans_than_cells(spans: int, said: bool) -> None:
    report = PiiReport(n_rows=N)
    report.columns.append(PiiColumnReport("Guest", "free_text", 0.0, spans, "fake", "ner", {"name": spans}))
    warnings = unread_cue_warnings([UnreadCue("Guest", "name", 1.0, True)], report)
    assert bool(warnings) is said
    if said:
        assert f"({spans:,} such spans in 60 filled cells)" in warnings[0]


def test_the_file_run_says_it_too(tmp_path) -> None:
    df = _table()
    source, target = tmp_path / "training.csv", tmp_path / "out.csv"
    df.to_csv(source, index=False)
    report = replace_pii_files([source], [target], infer_schema(df), ReplacePiiParameters())
    assert [c.split(":")[0] for c in report.checks] == ["column `Date of birth`"]
    assert json.loads(json.dumps(report.to_dict()))["checks"] == report.checks
    assert PiiReport.from_dict(report.to_dict()).checks == report.checks
