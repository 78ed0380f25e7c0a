"""The pipeline's PII stage run chunk by chunk equals the in-memory replacement (replace_pii_files)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.streaming import TableWriter
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.replace_files import replace_pii_files

PARAMS = ReplacePiiParameters(free_text_ner=False)


@pytest.fixture(autouse=True)
def fixed_hash_key(monkeypatch):
    """Hashes and date shifts use a fresh secret key per mapper: fixed here so two runs compare."""
    import safe_synthesizer.pii.fakes as fakes

    monkeypatch.setattr(fakes.secrets, "token_bytes", lambda n=32: b"k" * n)


@pytest.fixture(scope="module")
def splits(lahman, faker_people, tmp_path_factory) -> tuple[list[Path], pd.DataFrame]:
    """Training and test CSVs as the data stage writes them; people repeat across chunks."""
    people = pd.concat([lahman.head(200).reset_index(drop=True), faker_people], axis=1)
    # Integer codes with missing values: float64 in some chunks, int64 in others.
    people["zip_code"] = [None if i % 9 == 0 else str(10_000 + 37 * i) for i in range(len(people))]
    people["note"] = [f"Please call {n} about the order, {c} office." for n, c in
                      zip(faker_people["customer_name"], faker_people["street"], strict=True)]
    # Every person twice, far apart: the same original lands in different chunks.
    table = pd.concat([people, people.sample(frac=1.0, random_state=1)], ignore_index=True)
    schema = infer_schema(table)
    typed = apply_schema(table, schema)
    folder = tmp_path_factory.mktemp("splits")
    paths = [folder / "training.csv", folder / "test.csv"]
    for path, part in zip(paths, (typed.iloc[:300], typed.iloc[300:]), strict=True):
        with TableWriter(path, schema) as out:
            out.write(part)
    schema.save(folder / "schema.json")
    return paths, typed


def _run(sources: list[Path], out: Path, params=PARAMS, **kwargs):
    out.mkdir(exist_ok=True)
    targets = [out / "transformed_training.csv", out / "transformed_test.csv"]
    from safe_synthesizer.data.schema import TableSchema

    schema = TableSchema.load(sources[0].parent / "schema.json")
    report = replace_pii_files(sources, targets, schema, params, seed=5, **kwargs)
    return targets, report


def test_output_does_not_depend_on_the_chunk_size(splits, tmp_path):
    sources, _ = splits
    whole, report_whole = _run(sources, tmp_path / "whole", chunk_rows=1_000_000)
    chunked, report_chunked = _run(sources, tmp_path / "chunked", chunk_rows=37)
    for a, b in zip(whole, chunked, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert report_whole.to_dict() == report_chunked.to_dict()
    assert report_whole["email"].n_values_replaced == 400 and report_whole.n_rows == 400
    assert not list(tmp_path.rglob(".pii-spans-*")), "the span spill folder is removed"


def test_chunked_run_equals_the_in_memory_replacement(splits, tmp_path):
    sources, _ = splits
    from safe_synthesizer.data.schema import TableSchema

    schema = TableSchema.load(sources[0].parent / "schema.json")
    targets, report = _run(sources, tmp_path / "chunked", chunk_rows=50)
    # The former pipeline: both splits read whole, concatenated, replaced in memory.
    both = pd.concat([apply_schema(read_table(p), schema) for p in sources], ignore_index=True)
    result = replace_pii(both, schema, PARAMS, seed=5)
    assert result.report.to_dict() == report.to_dict()
    chunked = pd.concat([apply_schema(read_table(p), schema) for p in targets], ignore_index=True)
    pd.testing.assert_frame_equal(chunked, apply_schema(result.data.astype(object), schema), check_dtype=False)


def test_same_original_same_fake_across_chunks_and_no_fake_is_an_original(splits, tmp_path):
    sources, typed = splits
    targets, _ = _run(sources, tmp_path / "chunked", chunk_rows=23)
    out = pd.concat([read_table(p) for p in targets], ignore_index=True)
    for column in ("email", "customer_name", "ssn", "zip_code"):
        pairs = pd.DataFrame({"real": typed[column].astype(str), "fake": out[column].astype(str)})
        pairs = pairs[typed[column].notna().to_numpy()]
        assert (pairs.groupby("real")["fake"].nunique() == 1).all(), column
        assert not set(pairs["fake"].str.lower()) & set(pairs["real"].str.lower()), column


def test_the_plan_sample_is_stated(splits, tmp_path):
    sources, _ = splits
    _, report = _run(sources, tmp_path / "sampled", chunk_rows=64, plan_rows=120)
    assert any("uniform sample of 120 of 400 rows" in w for w in report.warnings)
    assert report["email"].n_values_replaced == 400  # planned on the sample, replaced on every row


def test_free_text_spans_survive_the_chunks(splits, tmp_path):
    if T.load_text_detector(ReplacePiiParameters().entities) is None:
        pytest.skip("the 'pii' extra is not installed")
    sources, _ = splits
    params = ReplacePiiParameters(free_text_ner=True)
    whole, report_whole = _run(sources, tmp_path / "whole", params, chunk_rows=1_000_000)
    chunked, report_chunked = _run(sources, tmp_path / "chunked", params, chunk_rows=41)
    assert report_whole["note"].n_values_replaced > 0
    assert report_whole.to_dict() == report_chunked.to_dict()
    for a, b in zip(whole, chunked, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_a_table_without_pii_is_copied_as_written(adult, tmp_path):
    schema = infer_schema(adult)
    sources = [tmp_path / "training.csv", tmp_path / "test.csv"]
    for path, part in zip(sources, (adult.iloc[:1500], adult.iloc[1500:]), strict=True):
        with TableWriter(path, schema) as out:
            out.write(apply_schema(part, schema))
    schema.save(tmp_path / "schema.json")
    targets, report = _run(sources, tmp_path / "out", chunk_rows=300)
    assert report.n_values_replaced == 0 and report.n_rows == 2000
    for source, target in zip(sources, targets, strict=True):
        assert source.read_bytes() == target.read_bytes()


def test_dp_keyed_replacement_does_not_depend_on_the_chunk_size(splits, tmp_path):
    sources, _ = splits
    whole, report_whole = _run(sources, tmp_path / "whole", chunk_rows=1_000_000, dp=True)
    chunked, report_chunked = _run(sources, tmp_path / "chunked", chunk_rows=29, dp=True)
    assert report_whole.to_dict() == report_chunked.to_dict() and report_whole["email"].n_values_replaced == 400
    for a, b in zip(whole, chunked, strict=True):
        assert a.read_bytes() == b.read_bytes()
