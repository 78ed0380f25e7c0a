"""A training split trained on from its file gives the model the split in memory gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.chunked import sample_records
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.streaming import TableWriter
from safe_synthesizer.data.training_file import TrainingFile, trains_from_file
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.backend import BuiltinBackend


def _split(tmp_path: Path, n: int = 700) -> tuple[Path, object]:
    rng = np.random.default_rng(2)
    raw = pd.DataFrame({
        "user": [f"u{i % 90:02d}" for i in range(n)],
        "age": rng.integers(18, 90, n).astype(str),
        "visits": rng.integers(0, 9, n).astype(str),
        "city": rng.choice(["Oslo", "Lima", "Pune", "Kyiv", "Rare"], n, p=[0.3, 0.3, 0.2, 0.195, 0.005]),
    }).astype(object)
    raw.loc[3, "visits"] = None
    schema = infer_schema(raw)
    path = tmp_path / "training.csv"
    with TableWriter(path, schema) as out:  # as the data stage writes a split
        for start in range(0, n, 250):
            out.write(apply_schema(raw.iloc[start : start + 250], schema))
    return path, schema


def _params(**training) -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.random_state = 3
    params.training.model_size = "small"
    params.training.num_threads = 1
    params.training.epochs = 2
    for key, value in training.items():
        setattr(params.training, key, value)
    return params


def _files(model_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(model_dir.iterdir()) if p.name != "builtin.json"}


@pytest.mark.parametrize("n_records", ["auto", 400])
def test_model_from_the_file_equals_the_model_from_the_split_in_memory(tmp_path: Path, n_records) -> None:
    path, schema = _split(tmp_path)
    params = _params(num_input_records_to_sample=n_records)
    whole = apply_schema(read_table(path), schema)  # what pipeline.read_dataset gives
    a = BuiltinBackend().train(whole, schema, params, tmp_path / "a" / "model")
    b = BuiltinBackend().train(TrainingFile(path, schema, chunk_rows=160), schema, params, tmp_path / "b" / "model")
    assert _files(tmp_path / "b" / "model") == _files(tmp_path / "a" / "model")
    assert b.metrics["train_rows"] == a.metrics["train_rows"]
    assert b.metrics["codec_fit_rows"] == (700 if n_records == "auto" else 400)
    assert b.metrics["codec_sampled"] is False
    assert not (tmp_path / "b" / "tokens").exists()  # the token file is removed after training


def test_grouped_record_sample_from_the_file_equals_sample_records(tmp_path: Path) -> None:
    path, schema = _split(tmp_path)
    whole = apply_schema(read_table(path), schema)
    picked = TrainingFile(path, schema, chunk_rows=160).selected(250, 5, "user")
    expected = sample_records(whole, 250, 5, "user")
    pd.testing.assert_frame_equal(pd.concat(list(picked.chunks()), ignore_index=True), expected)
    assert len(picked) == len(expected)


def test_codec_fitted_on_a_bounded_sample_says_so(tmp_path: Path) -> None:
    path, schema = _split(tmp_path)
    source = TrainingFile(path, schema, chunk_rows=160, codec_sample_rows=300)
    result = BuiltinBackend().train(source, schema, _params(), tmp_path / "m" / "model")
    assert result.metrics["codec_fit_rows"] == 300 and result.metrics["codec_sampled"] is True
    manifest = json.loads((tmp_path / "m" / "model" / "builtin.json").read_text())
    assert manifest["metrics"]["codec_sampled"] is True
    # Every record is still trained on (90 % after the validation split), not only the sample.
    assert result.metrics["train_rows"] + result.metrics["validation_rows"] == 700


def test_only_large_csv_splits_train_from_their_file(tmp_path: Path) -> None:
    path, _ = _split(tmp_path)
    assert not trains_from_file(path)
    assert trains_from_file(path, min_bytes=0)
    assert not trains_from_file(tmp_path / "missing.csv", min_bytes=0)
