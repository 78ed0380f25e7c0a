"""The Python face of the pipeline: a builder that collects settings, then runs the stages.

Example:
    >>> from safe_synthesizer import SafeSynthesizer
    >>> results = (
    ...     SafeSynthesizer()
    ...     .with_data_source("adult.csv")
    ...     .with_generate(num_records=500)
    ...     .run()
    ... )  # doctest: +SKIP
    >>> results.synthetic_data.head()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from safe_synthesizer import guards, pipeline
from safe_synthesizer.config.io import apply_overrides, load_yaml, parse_config, to_plain_dict
from safe_synthesizer.config.limits import RunLimits
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.observability import run_log_file
from safe_synthesizer.privacy.ledger import PrivacyLedger
from safe_synthesizer.run_directory import RunDirectory

DEFAULT_ARTIFACT_PATH = "./safe-synthesizer-artifacts"


def default_artifact_path() -> Path:
    """``$NSS_ARTIFACTS_PATH`` or ``./safe-synthesizer-artifacts``."""
    return Path(os.environ.get("NSS_ARTIFACTS_PATH", DEFAULT_ARTIFACT_PATH))


@dataclass
class SafeSynthesizerResults:
    """What a run produced. ``summary`` holds scores, timings and output paths."""

    run_path: Path
    synthetic_data: pd.DataFrame | None = None
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def report_path(self) -> Path | None:
        path = RunDirectory(self.run_path).report_html
        return path if path.exists() else None

    @property
    def report_html(self) -> str | None:
        path = self.report_path
        return path.read_text(encoding="utf-8") if path else None


class SafeSynthesizer:
    """Builder for a synthesis run; every ``with_*`` returns ``self``.

    ``config`` may be parameters, a dict of sections, or a YAML path. ``run_path`` is an explicit
    run folder (new or empty) instead of one named after config, data and time under
    ``artifact_path``. ``force`` skips the time and disk limits (``limits``) checked before work.
    """

    def __init__(
        self,
        config: SafeSynthesizerParameters | dict | str | Path | None = None,
        *,
        artifact_path: str | Path | None = None,
        config_name: str | None = None,
        strict_budget: bool = False,
        run_path: str | Path | None = None,
        force: bool = False,
        limits: RunLimits | None = None,
    ) -> None:
        if config is None:
            self._params = SafeSynthesizerParameters()
        elif isinstance(config, SafeSynthesizerParameters):
            self._params = config.model_copy(deep=True)
        elif isinstance(config, dict):
            self._params = parse_config(config)
        else:
            self._params = load_yaml(config)
            config_name = config_name or Path(config).stem
        self._config_name = config_name or "default"
        self._strict_budget = strict_budget
        self._artifact_path = Path(artifact_path) if artifact_path else default_artifact_path()
        self._explicit_run_path = Path(run_path) if run_path is not None else None
        self._force = force
        self._limits = limits or RunLimits()
        self._source: str | Path | pd.DataFrame | None = None
        self._seed_data: pd.DataFrame | None = None
        self._run: RunDirectory | None = None
        self._check: pipeline.DataCheck | None = None
        self._results: SafeSynthesizerResults | None = None
        self._summary: dict[str, Any] = {"outputs": {}, "metrics": {}}
        self._evaluation_overrides: dict[str, Any] = {}
        self._stack: contextlib.ExitStack | None = None
        self._run_in_session = False
        self._resuming = False

    # Builder -------------------------------------------------------------------------------
    @property
    def params(self) -> SafeSynthesizerParameters:
        """The current (unresolved) parameters."""
        return self._params

    def _override(self, section: str, values: dict[str, Any]) -> SafeSynthesizer:
        # An explicit None is a value (e.g. max_training_time=None removes the cap), as 'null' on the CLI.
        self._params = apply_overrides(
            self._params, {f"{section}__{k}": v for k, v in values.items()}, source="SDK"
        )
        if section == "evaluation":  # applied on top of a saved run's config too (run generate)
            self._evaluation_overrides.update(values)
        return self

    def with_data_source(self, source: str | Path | pd.DataFrame) -> SafeSynthesizer:
        """The table to synthesise: a path (CSV/TSV, Parquet, JSON/JSONL) or a DataFrame."""
        self._source = source
        return self

    def with_data(self, **settings: Any) -> SafeSynthesizer:
        """``data`` section settings, e.g. ``holdout=0.1, group_training_examples_by="id"``."""
        return self._override("data", settings)

    def with_replace_pii(self, enable: bool = True, **settings: Any) -> SafeSynthesizer:
        """Turn PII replacement on (default) or off; other ``replace_pii`` settings as keywords."""
        return self._override("replace_pii", {"enabled": enable, **settings})

    def with_train(self, **settings: Any) -> SafeSynthesizer:
        """``training`` section settings, e.g. ``max_training_time=5``."""
        return self._override("training", settings)

    def with_generate(
        self, num_records: int | None = None, *, seed_data: pd.DataFrame | None = None, **settings: Any
    ) -> SafeSynthesizer:
        """``generation`` settings; ``seed_data`` fixes some columns per row (conditional generation)."""
        self._seed_data = seed_data
        if num_records is not None:  # None here means "keep the configured count"
            settings = {"num_records": num_records, **settings}
        return self._override("generation", settings)

    def with_evaluate(self, enabled: bool = True, **settings: Any) -> SafeSynthesizer:
        """``evaluation`` settings."""
        return self._override("evaluation", {"enabled": enabled, **settings})

    def with_differential_privacy(
        self,
        epsilon: float = 8.0,
        delta: float | str = "auto",
        per_sample_max_grad_norm: float = 1.0,
        **settings: Any,
    ) -> SafeSynthesizer:
        """Train with DP-SGD under the (epsilon, delta) budget."""
        return self._override("privacy", {"dp_enabled": True, "epsilon": epsilon, "delta": delta,
                                          "per_sample_max_grad_norm": per_sample_max_grad_norm, **settings})

    # Sessions ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _session(self) -> Iterator[None]:
        """Hold the run's lock for the outermost call: ``run()`` keeps it across every stage, so
        no other writer (or ``artifacts clean``) gets in between two stages."""
        if self._stack is not None:
            self._enter_run_session()
            yield
            return
        with contextlib.ExitStack() as stack:
            self._stack = stack
            try:
                self._enter_run_session()
                yield
            finally:
                self._stack, self._run_in_session = None, False

    def _enter_run_session(self) -> None:
        if self._run is not None and self._stack is not None and not self._run_in_session:
            self._stack.enter_context(self._run.session())
            self._run_in_session = True

    def _log(self) -> contextlib.AbstractContextManager[None]:
        return run_log_file(self._run.log_file)

    # Stages --------------------------------------------------------------------------------
    @property
    def run_path(self) -> Path | None:
        return self._run.path if self._run else None

    def _resolved(self) -> SafeSynthesizerParameters:
        if self._check is not None:
            return self._check.params
        return parse_config(self._run.read_manifest()["config"], source=str(self._run.path))

    def validate(self) -> pipeline.DataCheck:
        """Read the data, infer the schema and run preflight checks without training."""
        if self._source is None:
            raise UserInputError("no data source; call .with_data_source(path_or_dataframe) first")
        self._check = pipeline.inspect_data(self._source, self._params)
        return self._check

    def _guard_training(self, check: pipeline.DataCheck) -> None:
        """Refuse before anything is written: holdout, time and disk (``force`` skips the limits)."""
        guards.check_holdout(check.params, check.n_rows)
        if self._explicit_run_path is not None:
            guards.check_writable_folder(self._explicit_run_path, "--run-path")
        else:
            guards.check_writable_folder(self._artifact_path, "--artifact-path")
        source = self._source
        size = Path(source).stat().st_size if isinstance(source, str | Path) else int(
            check.data.memory_usage(deep=True).sum())
        guards.check_training(check.params, n_rows=check.n_rows, n_columns=check.n_columns,
                              source_bytes=size, artifact_path=self._explicit_run_path or self._artifact_path,
                              limits=self._limits, force=self._force)

    def process_data(self) -> SafeSynthesizer:
        """Create the run directory, split the data and replace PII."""
        with self._session():
            if self._resuming:
                self._resume_data()
                return self
            if self._explicit_run_path is not None:  # before reading the data: a wrong folder fails at once
                RunDirectory.check_new(self._explicit_run_path)
            check = self.validate()
            if check.errors:
                raise UserInputError(check.errors[0].message)
            self._guard_training(check)
            if check.params.privacy.dp_enabled:  # refuse before anything is written
                self._ledger().check(check.ledger_key, check.params.privacy.epsilon,
                                     check.params.privacy.max_total_epsilon, strict=self._strict_budget)
            if self._explicit_run_path is not None:
                self._run = RunDirectory.create_at(self._explicit_run_path)
            else:
                self._run = RunDirectory.create(self._artifact_path, self._config_name, check.source_name)
            self._enter_run_session()
            with self._log():
                self._record(pipeline.process_data(self._run, check))
                # The splits are on disk: the table need not stay in memory through training.
                self._check = check = check.without_table()
                self._record(pipeline.replace_pii(self._run, check.params))
        return self

    def _resume_data(self) -> None:
        if not self._run.stage_completed("data"):
            raise UserInputError(
                f"cannot resume {self._run.path}: it stopped before its data stage finished, so nothing is "
                "saved to continue from; start a new run with 'safe-synthesizer run --data-source FILE'"
            )
        if not self._run.stage_completed("replace_pii"):
            with self._log():
                self._record(pipeline.replace_pii(self._run, self._resolved()))

    def train(self) -> SafeSynthesizer:
        """Fit the model (runs ``process_data`` first if needed)."""
        with self._session():
            if self._run is None or self._resuming:
                self.process_data()
            if self._resuming and self._run.has_trained_model():
                return self
            with self._log():
                outcome = pipeline.train(self._run, self._resolved())
            self._record(outcome)
            privacy = self._run.read_manifest().get("privacy", {})
            if privacy.get("dp_enabled"):
                self._summary["metrics"]["epsilon"] = privacy.get("epsilon_total")
                manifest = self._run.read_manifest()
                key = manifest["input"].get("ledger_key") or manifest["input"]["sha256"]  # older runs: file sha
                self._ledger().record(key, epsilon=privacy["epsilon_total"],
                                      delta=privacy["delta"], run_path=self._run.path, unit=privacy.get("unit"),
                                      source=manifest["input"].get("source"))
        return self

    @staticmethod
    def _ledger() -> PrivacyLedger:
        return PrivacyLedger()

    def generate(self, num_records: int | None = None, *, output_file: str | Path | None = None) -> SafeSynthesizer:
        """Sample synthetic records from the trained model (into a new numbered generation folder)."""
        with self._session():
            if self._run is None or self._resuming:
                self.train()
            elif not self._run.has_trained_model():  # checked before the stage, so the run is not marked failed
                train = self._run.manifest().stages.get("train")
                if train is not None and train.status in ("interrupted", "failed", "running"):
                    raise UserInputError(
                        f"{self._run.path}: this run's training did not finish ({train.status}); continue it with "
                        f"'safe-synthesizer run --resume {self._run.path}' (SDK: SafeSynthesizer.resume(path).run())"
                    )
                raise UserInputError(
                    f"{self._run.path}: this run has no trained model; train one first with "
                    "'safe-synthesizer run train --data-source FILE' (SDK: .train()), then generate from that run"
                )
            pipeline.verify_model(self._run)
            params = self._generation_params()
            count = num_records if num_records is not None else params.generation.num_records
            if self._seed_data is not None:
                count = len(self._seed_data)
            schema = TableSchema.load(self._run.schema_json)
            guards.check_generation(self._run, count, n_columns=len(schema.columns),
                                    output_file=Path(output_file) if output_file else None,
                                    limits=self._limits, force=self._force)
            with self._log():
                self._record(pipeline.generate(self._run, params, num_records=num_records,
                                               seed_data=self._seed_data))
        return self

    def evaluate(self) -> SafeSynthesizer:
        """Score the synthetic data and write the HTML report."""
        if self._run is None:
            raise UserInputError("nothing to evaluate; call .generate() or .run() first")
        with self._session(), self._log():
            self._record(pipeline.evaluate(self._run, self._evaluation_params()))
        return self

    def save_results(self, output_file: str | Path | None = None) -> SafeSynthesizerResults:
        """Mark the run complete, optionally copy the synthetic CSV, and return the results."""
        if self._run is None:
            raise UserInputError("no run to save; call .run() first")
        with self._session():
            # A seeded generation is not the run's main output: its own file is returned.
            synthetic_path = Path(self._summary["outputs"].get("synthetic_data", self._run.synthetic_csv))
            synthetic = None
            if synthetic_path.exists():
                schema = TableSchema.load(self._run.schema_json)
                synthetic = apply_schema(read_table(synthetic_path), schema)
                if output_file is not None:
                    guards.check_writable(Path(output_file), "--output-file")
                    pipeline.write_csv(synthetic, Path(output_file), schema.missing_tokens)
                    self._summary["outputs"]["output_file"] = str(output_file)
            pipeline.finish(self._run)
            self.diagnose()
            self._summary["timings"] = self._run.timings()
            self._summary["run_path"] = str(self._run.path)
            self._results = SafeSynthesizerResults(self._run.path, synthetic, self._summary)
        return self._results

    def diagnose(self) -> list[dict[str, Any]]:
        """What to check before using this run's output, also in ``summary["warnings"]``.

        Preflight warnings, type decisions, junk in the output and doubtful scores; written to
        ``<run>/diagnostics.json`` and logged at WARNING. ``save_results`` (so ``run``) calls it.

        Example:
            >>> SafeSynthesizer().with_data_source("adult.csv").train().diagnose()  # doctest: +SKIP
            [{'source': 'preflight', 'message': 'adult.csv: only 300 rows; ...', 'column': None, 'level': 'warning'}]
        """
        from safe_synthesizer.diagnostics import diagnose

        if self._run is None:
            raise UserInputError("no run to check; call .train() or .run() first")
        with self._session(), self._log():
            self._summary["warnings"] = [d.to_dict() for d in diagnose(self._run)]
        return self._summary["warnings"]

    def run(self, output_file: str | Path | None = None) -> SafeSynthesizerResults:
        """All stages in order: data, PII, train, generate, evaluate (if enabled), save.

        ``output_file`` is checked for writability before any work.
        """
        if output_file is not None:
            guards.check_writable(Path(output_file), "--output-file")
        with self._session():
            self.process_data().train().generate(output_file=output_file)
            self._resuming = False
            if self._evaluation_params().evaluation.enabled:
                self.evaluate()
            return self.save_results(output_file)

    @property
    def results(self) -> SafeSynthesizerResults | None:
        """The results of the last ``run()`` / ``save_results()``."""
        return self._results

    # Resume --------------------------------------------------------------------------------
    @classmethod
    def load_from_save_path(cls, run_path: str | Path) -> SafeSynthesizer:
        """Reopen a saved run, e.g. to generate more records from its trained model."""
        run = RunDirectory.open(Path(run_path))
        params = parse_config(run.read_manifest().get("config", {}), source=str(run_path))
        synthesizer = cls(params, artifact_path=run.path.parent.parent)
        synthesizer._run = run
        return synthesizer

    @classmethod
    def resume(cls, run_path: str | Path, *, force: bool = False) -> SafeSynthesizer:
        """Reopen an interrupted run; ``.run()`` then continues it where it stopped.

        Training continues from its last checkpoint (epoch), so the model equals an uninterrupted
        run's with the same seed. Under DP the run is refused: the accountant's spent steps and the
        secret noise seed are not checkpointed, so a continued training could not be accounted.

        Example:
            >>> SafeSynthesizer.resume("artifacts/default---adult/2026-01-01T10:00:00").run()  # doctest: +SKIP
        """
        synthesizer = cls.load_from_save_path(run_path)
        synthesizer._force = force
        run = synthesizer._run
        manifest = run.manifest()
        if run.is_live():
            raise UserInputError(f"cannot resume {run.path}: process {run.holder()} is still writing it; wait "
                                 "for it to finish or stop it first")
        if manifest.status == "completed":
            raise UserInputError(
                f"{run.path}: this run completed; nothing to resume. Generate more records with "
                f"'safe-synthesizer run generate --run-path {run.path}'"
            )
        dp = bool(manifest.config.get("privacy", {}).get("dp_enabled"))
        if dp and not run.has_trained_model():
            raise UserInputError(
                f"cannot resume {run.path}: DP training (privacy.dp_enabled) cannot continue from a checkpoint: "
                "the privacy accountant's spent steps and the secret noise seed are not saved, so the epsilon "
                "could not be honoured; start a new run (the interrupted one released nothing)"
            )
        manifest.resumed += 1
        run.write_manifest(manifest)
        synthesizer._resuming = True
        return synthesizer

    def _generation_params(self) -> SafeSynthesizerParameters:
        """Resolved run config with this builder's generation settings applied on top."""
        resolved = self._resolved()
        wanted = to_plain_dict(self._params)["generation"]
        return apply_overrides(resolved, {f"generation__{k}": v for k, v in wanted.items()
                                          if v != "auto" and not isinstance(v, dict)}, source="SDK")

    def _evaluation_params(self) -> SafeSynthesizerParameters:
        """Resolved run config with the ``with_evaluate`` / ``--evaluation__*`` settings on top."""
        resolved = self._resolved()
        if not self._evaluation_overrides:
            return resolved
        return apply_overrides(resolved, {f"evaluation__{k}": v for k, v in self._evaluation_overrides.items()},
                               source="SDK")

    def _record(self, outcome: pipeline.StageOutcome) -> None:
        self._summary["outputs"].update({k: str(v) for k, v in outcome.outputs.items()})
        self._summary["metrics"].update(outcome.metrics)
