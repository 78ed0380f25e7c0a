"""``run_pii_file`` (the ``safe-synthesizer pii`` command) and the never-on-disk guarantee."""

from __future__ import annotations

import logging

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.observability import run_log_file
from safe_synthesizer.pii.standalone import run_pii_file

PARAMS = ReplacePiiParameters(free_text_ner=False)


@pytest.fixture()
def people_csv(tmp_path_factory, lahman, faker_people):
    df = pd.concat([lahman.head(200).reset_index(drop=True), faker_people], axis=1)
    path = tmp_path_factory.mktemp("input") / "people.csv"
    df.to_csv(path, index=False)
    return path


def test_writes_transformed_file(people_csv, tmp_path):
    out = tmp_path / "safe.csv"
    report = run_pii_file(people_csv, out, PARAMS)
    original, safe = read_table(people_csv), read_table(out)
    assert list(safe.columns) == list(original.columns) and len(safe) == len(original)
    assert report.columns_by_entity()["email"] == "email"
    assert not set(safe["email"]) & set(original["email"])
    assert (safe["birthYear"].fillna("") == original["birthYear"].fillna("")).all()


def test_dry_run_writes_nothing(people_csv, tmp_path):
    out = tmp_path / "safe.csv"
    report = run_pii_file(people_csv, out, PARAMS, dry_run=True)
    assert report.dry_run and not out.exists() and list(tmp_path.iterdir()) == []
    assert report.columns_by_entity()["ssn"] == "ssn"


def test_output_required_and_distinct(people_csv):
    with pytest.raises(UserInputError, match="--output-file"):
        run_pii_file(people_csv, None, PARAMS)
    with pytest.raises(UserInputError, match="differ"):
        run_pii_file(people_csv, people_csv, PARAMS)


def test_mapping_never_written_or_logged(people_csv, tmp_path, caplog):
    """Scan every file the run wrote and every log record for original PII values."""
    run_dir = tmp_path / "run"
    out = run_dir / "safe.csv"
    log = run_dir / "logs" / "pii.jsonl"
    with caplog.at_level(logging.DEBUG), run_log_file(log):
        report = run_pii_file(people_csv, out, ReplacePiiParameters(), seed=0)
    original = read_table(people_csv)
    pii_columns = report.columns_by_entity()
    assert {"email", "ssn", "card", "nameFirst", "customer_name"} <= set(pii_columns)
    originals = {str(v) for c in pii_columns if c not in ("birthState", "deathState") for v in original[c].dropna()}
    long_originals = {v for v in originals if len(v) >= 6}
    # Only the output and the log exist: no mapping file, no cache, no temp leftovers.
    assert sorted(p.relative_to(run_dir).as_posix() for p in run_dir.rglob("*") if p.is_file()) == [
        "logs/pii.jsonl",
        "safe.csv",
    ]
    safe = read_table(out)
    for column in pii_columns:
        if column in ("birthState", "deathState"):
            continue
        # A fake first name may coincide with a real *town* ("Stanley"); within a column never.
        assert not set(safe[column].dropna()) & set(original[column].dropna()), column
    log_text = log.read_text(encoding="utf-8") + "\n".join(r.getMessage() for r in caplog.records)
    assert "pii: column email -> email" in log_text
    leaked = [v for v in long_originals if v in log_text]
    assert leaked == []


def test_dry_run_table_shows_confidence_evidence_and_locale(tmp_path):
    from faker import Faker

    fake = Faker("de_DE")
    fake.seed_instance(29)
    df = pd.DataFrame(
        {
            "kd_vorname": [fake.first_name().lower() for _ in range(120)],
            "kd_telefon": [fake.phone_number() for _ in range(120)],
            "station": [["nord", "süd", "ost"][i % 3] for i in range(120)],
        }
    )
    path = tmp_path / "kunden.csv"
    df.to_csv(path, index=False)
    report = run_pii_file(path, None, PARAMS, dry_run=True)
    assert report.columns_by_entity() == {"kd_vorname": "first_name", "kd_telefon": "phone_number"}
    first = report["kd_vorname"]
    assert first.locale == "de_DE" and first.confidence > 0.7
    assert "hint first_name" in first.evidence and "listed first names" in first.evidence
    # Evidence is aggregate: no value of the column appears in it.
    assert not any(v in first.evidence for v in df["kd_vorname"] if len(v) > 3)


def test_cli_dry_run_prints_evidence(tmp_path, lahman, monkeypatch):
    from click.testing import CliRunner

    from safe_synthesizer.cli.output import console
    from safe_synthesizer.cli.standalone import pii

    monkeypatch.setattr(console, "width", 250)
    path = tmp_path / "people.csv"
    lahman.head(150).to_csv(path, index=False)
    result = CliRunner().invoke(pii, ["--data-source", str(path), "--dry-run"], terminal_width=250)
    assert result.exit_code == 0, result.output
    assert "evidence" in result.output and "locale" in result.output and "listed" in result.output


def test_cli_dry_run_says_a_birth_column_left_as_written(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from safe_synthesizer.cli.output import console
    from safe_synthesizer.cli.standalone import pii

    monkeypatch.setattr(console, "width", 250)
    path = tmp_path / "members.csv"
    pd.DataFrame({"Member no": range(40), "Date of birth": [f"tok_{i * 7919:08x}" for i in range(40)]}).to_csv(
        path, index=False
    )
    result = CliRunner().invoke(pii, ["--data-source", str(path), "--dry-run"], terminal_width=250)
    assert result.exit_code == 0, result.output
    assert "Check these (1):" in result.output
    assert "column `Date of birth`: its header names a date of birth" in result.output
    assert "tok_" not in result.output
