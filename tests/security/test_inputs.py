"""Hostile names cannot place a run outside the artifact directory, and errors about personal
columns never quote their values (issue 14, item 5)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer import SafeSynthesizer
from safe_synthesizer.errors import SafeSynthesizerError, UserInputError
from safe_synthesizer.run_directory import RunDirectory

from .conftest import PII_COLUMNS, people


@pytest.mark.parametrize(
    ("config_name", "dataset_name"),
    [("..", ".."), ("../../../../tmp/escape", "x"), ("/etc", "/etc/passwd"), ("a/../../b", "..\\..\\c"),
     ("", ""), (".", "."), ("\x00", "~root")],
)  # fmt: skip
def test_run_names_stay_inside_the_artifact_directory(tmp_path: Path, config_name: str, dataset_name: str):
    artifacts = (tmp_path / "artifacts").resolve()
    run = RunDirectory.create(artifacts, config_name, dataset_name)
    resolved = run.path.resolve()
    assert resolved.is_relative_to(artifacts)
    assert resolved.parent.parent == artifacts  # <config>---<dataset>/<timestamp>, nothing deeper or higher
    assert ".." not in resolved.relative_to(artifacts).parts
    assert not (tmp_path / "escape").exists() and not Path("/tmp/escape").exists()


def test_sdk_config_name_cannot_escape(tmp_path: Path):
    artifacts = (tmp_path / "artifacts").resolve()
    synth = SafeSynthesizer(artifact_path=artifacts, config_name="../../outside").with_data_source(people(250))
    synth.with_data(random_state=1).process_data()
    assert synth.run_path.resolve().is_relative_to(artifacts)


@pytest.mark.parametrize(
    "settings",
    [
        {"column_types": {"email": "integer"}},
        {"column_types": {"ssn": "float"}},
        {"column_types": {"phone": "datetime"}},
        {"datetime_formats": {"last_name": "%Y-%m-%d"}},
    ],
)
def test_errors_about_personal_columns_quote_no_value(tmp_path: Path, settings: dict):
    data = people(250)
    values = {str(v) for c in PII_COLUMNS for v in data[c]}
    with pytest.raises(SafeSynthesizerError) as info:
        SafeSynthesizer(artifact_path=tmp_path).with_data_source(data).with_data(**settings).validate()
    message = str(info.value)
    (column,) = next(iter(settings.values()))
    assert column in message  # names the column
    assert [v for v in values if v in message] == []


def test_seed_data_errors_quote_no_personal_value(tmp_path: Path):
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    from safe_synthesizer.data.seed_validation import check_seed_data

    schema = TableSchema([ColumnSchema("ssn", ColumnType.INTEGER, pii_entity="ssn")])
    with pytest.raises(UserInputError) as info:
        check_seed_data(pd.DataFrame({"ssn": ["123-45-6789"]}), None, schema)
    assert "123-45-6789" not in str(info.value) and "'ssn'" in str(info.value)
