"""TableSchema artifact: JSON round trip and lookups."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema


def test_save_load_round_trip(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    schema = infer_schema(read_table(data_slice("lahman_people.csv", 300)), overrides={"height": "float"})
    schema.notes.append("hand note")
    path = tmp_path / "dataset" / "schema.json"
    schema.save(path)
    assert TableSchema.load(path) == schema
    raw = json.loads(path.read_text(encoding="utf-8"))
    debut = next(c for c in raw["columns"] if c["name"] == "debut")
    assert debut["type"] == "datetime"
    assert debut["datetime_format"] == "%Y-%m-%d"
    assert [p.name for p in path.parent.iterdir()] == ["schema.json"]  # no temp files left


def test_lookups() -> None:
    schema = TableSchema(
        [ColumnSchema("a", ColumnType.INTEGER), ColumnSchema("b", ColumnType.TEXT), ColumnSchema("c", ColumnType.FLOAT)]
    )
    assert schema.names == ["a", "b", "c"]
    assert schema["b"].type == ColumnType.TEXT
    assert schema.of_type(ColumnType.FLOAT, ColumnType.INTEGER) == ["a", "c"]
    with pytest.raises(KeyError):
        schema["z"]
    assert ColumnType.INTEGER.is_numeric
    assert not ColumnType.CATEGORICAL.is_numeric
