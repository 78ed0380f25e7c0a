"""Guards before work: unwritable outputs, plans over the disk or time limit, holdout sizes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safe_synthesizer.cli.main import main
from safe_synthesizer.config.limits import RunLimits
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.guards import (
    KNOWN_GENERATED_CELLS_PER_SECOND,
    check_generation,
    check_holdout,
    check_training,
    check_writable,
    estimate_generation,
)
from safe_synthesizer.run_directory import RunDirectory


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    if os.access("/sys", os.W_OK) and Path("/sys").is_dir():
        try:  # root ignores permission bits; a read-only file system is the only read-only folder
            (Path("/sys") / ".probe").touch()
        except OSError:
            return Path("/sys")
    pytest.skip("no read-only folder available to this user")


def test_check_writable(tmp_path: Path) -> None:
    check_writable(tmp_path / "new" / "deeper" / "out.csv", "--output-file")  # creatable: fine
    with pytest.raises(UserInputError, match=r"^--output-file .*: is a folder; give a file name"):
        check_writable(tmp_path, "--output-file")
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserInputError, match=r"file is a file, not a folder"):
        check_writable(tmp_path / "file" / "out.csv", "--output-file")
    folder = _unwritable_folder(tmp_path)
    with pytest.raises(UserInputError, match=r"^--output-file .*: cannot write in .*; choose a writable location$"):
        check_writable(folder / "out.csv", "--output-file")
    assert list(tmp_path.glob(".*.tmp")) == []  # the probe leaves nothing


def test_unwritable_output_file_fails_before_training(data_slice, tmp_path: Path, capsys) -> None:
    folder = _unwritable_folder(tmp_path)
    source = data_slice("adult.csv", 250)
    assert main(["run", "--data-source", str(source), "--artifact-path", str(tmp_path / "arts"),
                 "--output-file", str(folder / "out.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: --output-file ")
    assert not (tmp_path / "arts").exists()  # refused before any run folder was made
    assert main(["run", "--data-source", str(source), "--artifact-path", str(folder / "arts")]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(f"error: --artifact-path {folder / 'arts'}: "
                                                                      f"cannot write in {folder}")


def test_holdout_rules() -> None:
    params = SafeSynthesizerParameters()
    check_holdout(params, 10_000)
    with pytest.raises(ConfigError, match=r"^data.holdout 1.5: a value of 1 or more is a number of rows"):
        check_holdout(params.model_copy(update={"data": params.data.model_copy(update={"holdout": 1.5})}), 1000)
    few = params.data.model_copy(update={"holdout": 5.0})
    with pytest.raises(ConfigError, match=r"5 holdout rows are too few for the membership-inference test"):
        check_holdout(params.model_copy(update={"data": few}), 1000)


def test_holdout_fraction_too_small_warns(caplog: pytest.LogCaptureFixture) -> None:
    params = SafeSynthesizerParameters()
    check_holdout(params, 300)  # 5 % of 300 = 15 rows
    assert "gives 15 holdout rows, too few for the membership-inference test" in caplog.text


def _run_with_data(tmp_path: Path, rows: int, csv_bytes: int) -> RunDirectory:
    run = RunDirectory.create(tmp_path, "c", "d")
    run.update_manifest(input={"source": "d", "sha256": "0", "rows": rows, "columns": 15})
    run.dataset_file("transformed_training.csv").write_bytes(b"x" * csv_bytes)
    return run


def test_generation_estimates_from_known_then_measured_rates(tmp_path: Path) -> None:
    run = _run_with_data(tmp_path, rows=1000, csv_bytes=100_000)
    known = estimate_generation(run, 1_000_000, n_columns=15)
    assert not known.measured and known.rate == KNOWN_GENERATED_CELLS_PER_SECOND / 15
    assert known.bytes == int(1_000_000 * 1.2 * 100)
    with run.stage("generate") as facts:
        facts.update({"num_valid_records": 5000, "records_per_second": 2500.0})
    measured = estimate_generation(run, 1_000_000, n_columns=15)
    assert measured.measured and measured.seconds == 400


def test_a_billion_records_are_refused_unless_forced(tmp_path: Path) -> None:
    run = _run_with_data(tmp_path, rows=1000, csv_bytes=108_000)
    with pytest.raises(UserInputError) as info:
        check_generation(run, 1_000_000_000, n_columns=15)
    message = str(info.value)
    assert message.startswith("generation.num_records 1,000,000,000: about ")
    assert "GB" in message and message.endswith("or pass --force")
    check_generation(run, 1_000_000_000, n_columns=15, force=True)
    with pytest.raises(UserInputError, match=r"over the 0.001 h limit; lower --generation__num_records"):
        check_generation(run, 100_000, n_columns=15, limits=RunLimits(max_generation_hours=0.001))


def test_training_over_the_time_limit_is_refused() -> None:
    params = SafeSynthesizerParameters()
    with pytest.raises(UserInputError, match=r"^training on 10,000,000 rows x 50 columns: about .* h limit"):
        check_training(params, n_rows=10_000_000, n_columns=50, source_bytes=10**6, artifact_path=Path("."),
                       limits=RunLimits(max_training_hours=1))
    capped = params.model_copy(update={"training": params.training.model_copy(update={"max_training_time": 30})})
    estimate = check_training(capped, n_rows=10_000_000, n_columns=50, source_bytes=10**6, artifact_path=Path("."),
                              limits=RunLimits(max_training_hours=1))
    assert estimate.seconds == 1800  # training.max_training_time caps the plan
