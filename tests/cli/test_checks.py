"""The "Check these" block: printed by `run`, `run train` and `run generate`, saved as diagnostics.json."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer import pipeline
from safe_synthesizer.cli import output

FAST = ["--training__max_training_time", "0.05", "--data__random_state", "1"]


def _block(out: str) -> list[str]:
    """The lines of the block: its heading and the indented lines under it."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Check these ("))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break
        block.append(line)
    return block


def _run_path(artifacts: Path) -> Path:
    (run_path,) = [p.parent for p in artifacts.glob("*/*/manifest.json")]
    return run_path


def _easy_table(rows: int = 1000) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    level = rng.integers(1, 6, rows)
    return pd.DataFrame({"dept": rng.choice(["north", "south", "east"], rows), "level": level,
                         "score": level * 15 + rng.integers(0, 20, rows)})


@pytest.fixture
def clean_table(tmp_path: Path) -> Path:
    """1000 rows, three easy columns: no preflight warning, a 50-row holdout, nothing rare."""
    path = tmp_path / "clean.csv"
    _easy_table().to_csv(path, index=False)
    return path


@pytest.fixture
def table_with_repeated_ids(tmp_path: Path) -> Path:
    """The easy table plus `customer_id`, id-named integers that repeat: inference leaves a schema note."""
    path = tmp_path / "ids.csv"
    _easy_table().assign(customer_id=np.arange(1000) // 2 + 1000).to_csv(path, index=False)
    return path


ID_NOTE = ("  note: 'customer_id': id-named integers repeat (500 distinct over 1000 rows); kept as an identifier "
           "with its rows per id")


def test_block_is_capped_with_the_rest_in_the_file(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output.console, "width", 200)
    warnings = [{"level": "warning", "message": f"column `c{i}`: problem {i}"} for i in range(15)]
    output.print_checks(warnings, Path("run/diagnostics.json"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Check these (15):"
    assert lines[1:13] == [f"  warning: column `c{i}`: problem {i}" for i in range(12)]
    assert lines[13:] == ["  ... 3 more in run/diagnostics.json"]


def test_markup_in_a_column_name_is_printed_as_is(capsys: pytest.CaptureFixture[str]) -> None:
    output.print_checks([{"level": "note", "message": "column `[bold]x`: kept as text"}], Path("d.json"))
    assert "  note: column `[bold]x`: kept as text" in capsys.readouterr().out


def test_validate_prints_type_decisions(cli, table_with_repeated_ids: Path) -> None:
    result = cli("run", "train", "--validate", "--data-source", table_with_repeated_ids)
    assert result.code == 0, result.err
    assert ID_NOTE.strip() in result.out.splitlines()


@pytest.mark.slow
def test_train_then_generate_print_the_block(cli, data_slice: Callable[..., Path], tmp_path: Path) -> None:
    """300 rows: a preflight warning after training; after generating 60 rows both scores are doubtful."""
    artifacts = tmp_path / "arts"
    source = data_slice("adult.csv", 300)
    result = cli("run", "train", "--data-source", source, "--artifact-path", artifacts, "--no-replace-pii", *FAST)
    assert result.code == 0, result.err
    preflight = f"  warning: {source}: only 300 rows; expect weaker quality below 1000"
    assert _block(result.out) == ["Check these (1):", preflight]

    run_path = _run_path(artifacts)
    result = cli("run", "generate", "--run-path", run_path, "--generation__num_records", "60")
    assert result.code == 0, result.err
    block = _block(result.out)
    assert result.out.index("Check these") > result.out.index("run summary")  # after the summary table
    assert (
        "  warning: quality score (SQS) rests on only 60 synthetic rows (under 100): sampling noise alone "
        "moves it by about 2 points; treat it as doubtful"
    ) in block
    assert (
        "  warning: privacy score (DPS) not measured: 15 holdout records, at least 50 are needed (raise data.holdout)"
    ) in block
    assert block[-1] == preflight  # input warnings come after output and score problems
    assert "check:" not in result.err  # not repeated as log lines on the console...
    saved = json.loads((run_path / "diagnostics.json").read_text(encoding="utf-8"))
    assert [f"  {d['level']}: {d['message']}" for d in saved] == block[1:]
    logged = [json.loads(line) for line in (run_path / "logs" / "run.jsonl").read_text(encoding="utf-8").splitlines()]
    checks = [r for r in logged if r["message"].startswith("check: ")]  # ...but kept in the run log
    assert {r["level"] for r in checks} == {"warning"}
    assert {r["message"] for r in checks} >= {f"check: {d['message']}" for d in saved}

    from safe_synthesizer import SafeSynthesizer

    results = SafeSynthesizer.load_from_save_path(run_path).save_results()
    assert results.summary["warnings"] == saved  # the SDK sees the same list


@pytest.mark.slow
def test_clean_table_has_nothing_to_flag(cli, clean_table: Path, tmp_path: Path) -> None:
    result = cli("run", "--data-source", clean_table, "--artifact-path", tmp_path / "arts",
                 "--generation__num_records", "200", *FAST)  # fmt: skip
    assert result.code == 0, result.err
    assert "Check these" not in result.out
    assert result.out.rstrip().endswith("checks: nothing to flag")
    assert json.loads((_run_path(tmp_path / "arts") / "diagnostics.json").read_text(encoding="utf-8")) == []


class _JunkBackend:
    """The real backend, with placeholders and far-out numbers written into what it generates."""

    def __init__(self, real: Any) -> None:
        self._real, self.name = real, real.name

    def train(self, *args: Any, **kwargs: Any) -> Any:
        return self._real.train(*args, **kwargs)

    def iter_generate(self, *args: Any, **kwargs: Any) -> Iterator[pd.DataFrame]:
        for chunk in self._real.iter_generate(*args, **kwargs):
            chunk = chunk.astype(object)
            chunk.iloc[: len(chunk) // 4, chunk.columns.get_loc("dept")] = "_RARE_"
            chunk.iloc[: len(chunk) // 10, chunk.columns.get_loc("score")] = 10_000
            yield chunk


@pytest.mark.slow
def test_junk_in_the_output_is_flagged(cli, table_with_repeated_ids: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.get_backend
    monkeypatch.setattr(pipeline, "get_backend", lambda params: _JunkBackend(real(params)))
    result = cli("run", "--data-source", table_with_repeated_ids, "--artifact-path", tmp_path / "arts",
                 "--generation__num_records", "200", *FAST)  # fmt: skip
    assert result.code == 0, result.err  # the run itself succeeds: the block is what tells the user
    block = _block(result.out)
    synthetic = pd.read_csv(_run_path(tmp_path / "arts") / "generate" / "synthetic_data.csv")
    rare = int((synthetic["dept"] == "_RARE_").sum())
    assert rare >= 40  # a quarter of each chunk
    assert block[1] == (f"  warning: column `dept`: {rare} of 200 synthetic cells ({round(rare / 2)} %) are "
                        "placeholders (`_RARE_`), not values")
    assert re.fullmatch(r"  warning: column `score`: \d+ of 200 synthetic values \(\d+ %\) lie more than 10 % of "
                        r"the training range outside it", block[2])
    assert block[-1] == ID_NOTE  # type decisions come last
    for value in ("north", "south", "east", "10000"):
        assert value not in "\n".join(block)
