"""Pipeline stage functions: rules checked before a stage touches the run directory."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer import pipeline
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.run_directory import RunDirectory
from safe_synthesizer.sdk import SafeSynthesizer


def test_privacy_filter_is_refused_for_a_dp_run(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "default", "table")
    params = SafeSynthesizerParameters()
    params.privacy.dp_enabled = True
    params.generation.privacy_filter = True
    with pytest.raises(ConfigError, match=r"^generation.privacy_filter: .*outside the DP accounting"):
        pipeline.generate(run, params)
    assert "generate" not in run.read_manifest().get("stages", {})
    assert not (run.generate_dir / pipeline.SYNTHETIC_CSV).exists()


def _messy_table(n: int = 300) -> pd.DataFrame:
    """Thousands separators, infinity strings, two date formats, numbers with a text code."""
    rng = np.random.default_rng(5)
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 3000, n), unit="D")
    fmt = rng.choice(["%Y-%m-%d", "%d %B %Y"], size=n, p=[0.7, 0.3])
    ratio = np.round(rng.gamma(2.0, 1.5, n), 2).astype(str).astype(object)
    ratio[rng.random(n) < 0.1] = "inf"
    lab = rng.integers(5, 400, n).astype(str).astype(object)
    lab[rng.random(n) < 0.08] = "<5"
    return pd.DataFrame({
        "population": [f"{v:,}" for v in rng.integers(1_000, 3_000_000, n)],
        "ratio": ratio,
        "visit": [d.strftime(f) for d, f in zip(days, fmt, strict=True)],
        "lab": lab,
        "group": rng.choice(["a", "b", "c"], n),
    })  # fmt: skip


@pytest.mark.slow
def test_messy_table_keeps_its_formats_in_the_synthetic_csv(tmp_path: Path) -> None:
    source = tmp_path / "messy.csv"
    _messy_table().to_csv(source, index=False)
    synth = (
        SafeSynthesizer(artifact_path=tmp_path / "arts")
        .with_data_source(source)
        .with_data(random_state=3)
        .with_train(model_size="small", epochs=2, num_threads=1)
        .with_replace_pii(False)
        .with_generate(num_records=300)
    )
    synth.run()
    run = synth.run_path
    assert run is not None
    schema = TableSchema.load(run / "dataset" / pipeline.SCHEMA_JSON)
    assert schema["population"].number_format["thousands"] == ","
    assert schema["ratio"].special_values == ["inf"] and schema["lab"].special_values == ["<5"]
    assert schema["visit"].datetime_formats == ["%Y-%m-%d", "%d %B %Y"]
    out = read_table(run / "generate" / pipeline.SYNTHETIC_CSV)
    population = out["population"].dropna()
    assert population.str.fullmatch(r"\d{1,3}(,\d{3})*").all() and population.str.contains(",").mean() > 0.9
    assert (out["ratio"] == "inf").mean() > 0.02
    assert pd.to_numeric(out["ratio"][out["ratio"] != "inf"]).notna().all()
    assert (out["lab"] == "<5").mean() > 0.01
    visits = out["visit"].dropna()
    iso = visits.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    spelled = visits.str.fullmatch(r"\d{2} [A-Z][a-z]+ \d{4}")
    assert (iso | spelled).all() and 0.1 < spelled.mean() < 0.5
    assert (run / "generate" / pipeline.METRICS_JSON).is_file()  # evaluation read the formatted CSV back


def test_ledger_key_is_the_same_for_a_file_and_its_dataframe(tmp_path: Path) -> None:
    # The ledger keyed files by their bytes and DataFrames by a CSV rendering: the same table
    # through the CLI and the SDK never added up.
    frame = pd.DataFrame({"age": [31, 45, None] * 100, "income": [1.5, 2.25, 3.0] * 100, "city": ["a", "b", "c"] * 100})
    path = tmp_path / "t.csv"
    frame.to_csv(path, index=False)
    params = SafeSynthesizerParameters()
    by_file = pipeline.inspect_data(path, params)
    by_frame = pipeline.inspect_data(pd.read_csv(path), params)
    assert by_file.ledger_key and by_file.ledger_key == by_frame.ledger_key


@pytest.mark.slow
def test_large_splits_read_bounded_give_the_same_run(tmp_path: Path, monkeypatch) -> None:
    """Over the size read whole, generation's privacy filter is built chunk by chunk and the PII
    replay streams the raw split (data.large_splits): same filtered count, same replay table, the
    stage facts say so. Here every split counts as large."""
    from safe_synthesizer.data import large_splits

    rng = np.random.default_rng(2)
    n = 400
    table = pd.DataFrame({"email": [f"user{i % 5}@example.com" for i in range(n)],  # frequent: copies happen
                          "kind": rng.choice(["a", "b"], n), "size": rng.integers(0, 60, n)})
    source = tmp_path / "people.csv"
    table.to_csv(source, index=False)

    def run_once(name: str) -> tuple[dict, dict]:
        synth = (
            SafeSynthesizer(artifact_path=tmp_path / name)
            .with_data_source(source)
            .with_data(random_state=1)
            .with_train(model_size="small", epochs=1, num_threads=1)
            .with_generate(num_records=200, privacy_filter=True)
        )
        synth.run()
        run = RunDirectory(synth.run_path)
        metrics = json.loads((run.generate_dir / pipeline.METRICS_JSON).read_text())
        return run.read_manifest()["stages"], metrics

    whole_stages, whole = run_once("whole")
    monkeypatch.setattr(large_splits, "WHOLE_READ_MAX_BYTES", 1)
    bounded_stages, bounded = run_once("bounded")
    assert bounded_stages["generate"]["privacy_filter_rows"] == whole_stages["data"]["n_train"]
    assert bounded_stages["generate"]["privacy_filter_distance_rows"] == 0
    assert bounded_stages["evaluate"]["pii_replay_streamed"] is True
    assert "privacy_filter_rows" not in whole_stages["generate"]
    assert "pii_replay_streamed" not in whole_stages["evaluate"]
    assert bounded_stages["generate"]["num_filtered_records"] == whole_stages["generate"]["num_filtered_records"] > 0
    assert bounded["pii_replay"] == whole["pii_replay"] != []
    assert bounded["synthetic_data_quality_score"] == whole["synthetic_data_quality_score"]
