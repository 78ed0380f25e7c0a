"""The pipeline as plain stage functions over a run directory.

Follow one record: ``process_data`` reads and splits it (``dataset/``), ``replace_pii`` swaps
personal data (``dataset/transformed_training.csv``), ``train`` fits the model (``train/model/``),
``generate`` samples new records (``generate/synthetic_data.csv``) and ``evaluate`` scores them
(``generate/evaluation_*``). Each stage reads its inputs from the run directory, so any stage can
be rerun or resumed alone.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from safe_synthesizer.config.io import save_yaml, to_plain_dict
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.config.resolve import resolve_auto
from safe_synthesizer.data.blank_headers import BLANK_HEADER_NOTES, HEADER_ROW_READ
from safe_synthesizer.data.header_rows import labelled
from safe_synthesizer.data.holdout import holdout_mask, holdout_size, split_to_files
from safe_synthesizer.data.large_splits import is_large, llm_training_sample, pii_source, privacy_filter_source
from safe_synthesizer.data.out_of_core import FileTable, inspect_file, streams
from safe_synthesizer.data.preflight import Finding, SheetRows, preflight, sheet_rows
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.sampled_schema import infer_schema_sampled
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.seed_validation import check_seed_data
from safe_synthesizer.data.streaming import frame_slices
from safe_synthesizer.data.training_file import TrainingFile, trains_from_file
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.data.writers import csv_safe, with_missing_tokens
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.backend import generation_metrics, get_backend
from safe_synthesizer.privacy.guidance import check_privacy_filter
from safe_synthesizer.privacy.ledger import fingerprint_dataframe
from safe_synthesizer.run_directory import (  # the file names are the run directory's; re-exported for old imports
    METRICS_JSON,
    PII_REPORT_JSON,
    PREFLIGHT_JSON,
    RELEASABLE_REPORT_HTML,
    REPORT_HTML,
    SYNTHETIC_CSV,
    TEST_CSV,
    TRAINING_CSV,
    TRANSFORMED_CSV,
    TRANSFORMED_TEST_CSV,
    RunDirectory,
    file_sha256,
    planned_privacy,
)
from safe_synthesizer.run_directory import (
    SCHEMA_JSON as SCHEMA_JSON,
)
from safe_synthesizer.utils.atomic import atomic_path, atomic_write_json
from safe_synthesizer.utils.reproducibility import reproducibility_record

logger = logging.getLogger(__name__)


@dataclass
class DataCheck:
    """What ``inspect_data`` found: the schema, preflight findings and the resolved config."""

    data: pd.DataFrame
    schema: TableSchema
    findings: list[Finding]
    params: SafeSynthesizerParameters
    source_name: str
    fingerprint: str
    # The privacy ledger's key: the same for the same table, read from a file or given as a DataFrame.
    ledger_key: str = ""
    # A large file inspected by streaming (data.out_of_core): ``data`` then holds a typed sample
    # only, the splits stream from this table, and ``sampled`` says what came from a sample.
    table: FileTable | None = None
    sampled: dict = field(default_factory=dict)

    @property
    def n_rows(self) -> int:
        """Records of the whole table (``data`` may be a sample)."""
        return self.table.n_rows if self.table is not None else len(self.data)

    @property
    def n_columns(self) -> int:
        return int(self.data.shape[1])

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    def without_table(self) -> DataCheck:
        """This check with an empty table: once the splits are on disk the rows need not stay in
        memory (later stages read the splits), which on a large table frees a whole typed copy."""
        return dataclasses.replace(self, data=self.data.head(0).copy(deep=True))  # a view would keep every row


@dataclass
class StageOutcome:
    """Paths and numbers a stage produced, for the summary table."""

    outputs: dict[str, Path] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)


def write_csv(frame: pd.DataFrame, path: Path, missing_tokens: Mapping[str, str] | None = None) -> Path:
    """CSV written atomically: a reader never sees a half-written table. ``missing_tokens`` (column ->
    the input's word for a missing cell, e.g. ``NULL``) writes missing cells as the input did."""
    with atomic_path(path) as tmp:
        with_missing_tokens(csv_safe(frame), missing_tokens).to_csv(tmp, index=False)
    return path


def read_dataset(run: RunDirectory, name: str) -> pd.DataFrame:
    """A CSV of the run read back with the run's schema types (an empty split stays empty)."""
    schema = TableSchema.load(run.schema_json)
    path = run.dataset_file(name)
    if path.is_file() and _header_only(path):  # e.g. data.holdout 0: the input checks of read_table would refuse it
        return apply_schema(pd.DataFrame({c: pd.Series(dtype=object) for c in schema.names}), schema)
    return apply_schema(read_table(path), schema)


def _header_only(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in zip(range(2), f, strict=False)) < 2


# Stage 0: inspect -------------------------------------------------------------------------
def inspect_data(source: str | Path | pd.DataFrame, params: SafeSynthesizerParameters) -> DataCheck:
    """Read ``source``, infer its schema, run preflight and resolve ``auto`` config values.

    A CSV/Parquet file over 64 MB (outside DP) is never read whole: see ``inspect_file``.
    """
    if streams(source, params):
        return inspect_file_data(Path(source), params)  # type: ignore[arg-type]
    try:
        raw = read_table(source)
    except csv.Error as exc:  # e.g. a 5 MB cell: over the csv module's field limit
        raise UserInputError(
            f"{source}: cannot be read as CSV ({exc}); look for an unclosed quote or a cell over 128 kB "
            "(shorten the text or store the table as Parquet)"
        ) from None
    where = "dataframe" if isinstance(source, pd.DataFrame) else str(source)
    if params.privacy.dp_enabled and raw.attrs.get(HEADER_ROW_READ):
        raise UserInputError(f"{where}: the header has blank cells over a row of sub-labels; under DP no data row "
                             "is read as a header: write one header row with a name per column")
    header_notes = [Finding("warning", f"{where}: {note}") for note in raw.attrs.get(BLANK_HEADER_NOTES, [])]
    data_cfg = params.data
    # Under DP every schema fact is config, a rule or a DP release charged to the budget.
    # Over 100k rows (no DP): types from a bounded sample, checked on every row (data.sampled_schema).
    schema = infer_schema_sampled(raw, params)
    given = raw
    # A spreadsheet's unit or header rows (under the header) and total row (at the bottom) are no records
    # (outside DP only: finding them looks at values).
    sheet = SheetRows() if params.privacy.dp_enabled else sheet_rows(raw, schema)
    if sheet.rows:
        raw = raw.drop(index=raw.index[sheet.rows]).reset_index(drop=True)
        schema = labelled(infer_schema_sampled(raw, params), sheet.labels)
    name = "dataframe" if isinstance(source, pd.DataFrame) else Path(source).stem
    findings = preflight(raw, schema, params, source=name if isinstance(source, pd.DataFrame) else str(source),
                         extra=header_notes + sheet.findings)
    group_by = data_cfg.group_training_examples_by
    n_units = raw[group_by].nunique() if group_by in raw.columns else len(raw)
    n_train = len(raw) - holdout_size(len(raw), data_cfg.holdout, data_cfg.max_holdout)
    resolved = resolve_auto(params, n_rows=n_train, n_units=int(n_units), schema=schema)
    data = apply_schema(raw, schema)
    fingerprint = fingerprint_dataframe(given) if isinstance(source, pd.DataFrame) else file_sha256(Path(source))
    return DataCheck(data, schema, findings, resolved, name, fingerprint, fingerprint_dataframe(data))


def inspect_file_data(path: Path, params: SafeSynthesizerParameters) -> DataCheck:
    """``inspect_data`` of a large file by streaming (``data.out_of_core``): schema from a bounded
    sample checked on every row, preflight on that sample with the whole row count, group units
    counted chunk by chunk. Memory is the sample plus one chunk, not the file."""
    found = inspect_file(path, params)
    table, schema = found.table, found.schema
    findings = preflight(found.sample, schema, params, source=str(path), extra=found.sheet.findings,
                         n_rows=table.n_rows)
    data_cfg = params.data
    group_by = data_cfg.group_training_examples_by
    n_units = table.n_distinct(group_by) if group_by in table.columns else table.n_rows
    n_train = table.n_rows - holdout_size(table.n_rows, data_cfg.holdout, data_cfg.max_holdout)
    resolved = resolve_auto(params, n_rows=n_train, n_units=int(n_units), schema=schema)
    fingerprint = file_sha256(path)
    # The ledger (DP only) never sees a streamed table: DP inputs are read whole.
    return DataCheck(apply_schema(found.sample, schema), schema, findings, resolved, path.stem, fingerprint,
                     fingerprint, table=table, sampled=found.notes())


# Stage 1: data ----------------------------------------------------------------------------
def process_data(run: RunDirectory, check: DataCheck) -> StageOutcome:
    """Split off the holdout and write the dataset artifacts and the resolved config."""
    if check.errors:
        raise UserInputError(check.errors[0].message)
    params = check.params
    with run.stage("data") as facts:
        group_by = params.data.group_training_examples_by
        # The holdout rows follow from the row count (and group column), so the table is written to
        # the two splits a chunk at a time, never copied whole.
        table = check.table
        keys = None
        if group_by:
            keys = table.typed_column(group_by, check.schema) if table is not None else check.data[group_by]
        test_mask, split = holdout_mask(
            check.n_rows,
            holdout=params.data.holdout,
            max_holdout=params.data.max_holdout,
            seed=int(params.data.random_state),
            keys=keys,
            group_by=group_by,
        )
        del keys
        check.schema.save(run.schema_json)
        atomic_write_json(run.dataset_file(PREFLIGHT_JSON), [f.to_dict() for f in check.findings])
        rows = table.typed_chunks(check.schema) if table is not None else frame_slices(check.data)
        split_to_files(rows, test_mask, run.dataset_file(TRAINING_CSV), run.dataset_file(TEST_CSV), check.schema)
        save_yaml(params, run.config_yaml)
        config = to_plain_dict(params)
        facts.update(split.to_dict())
        run.update_manifest(
            input={
                "source": check.source_name,
                "sha256": check.fingerprint,
                "ledger_key": check.ledger_key,
                "rows": check.n_rows,
                "columns": check.n_columns,
                **({"sampled": check.sampled} if check.sampled else {}),
            },
            seed=params.data.random_state,
            config=config,
            # The plan until training records what DP-SGD actually spent.
            privacy=planned_privacy(config),
        )
    logger.info("data: %d training rows, %d holdout rows", split.n_train, split.n_test)
    # A drawn seed (data.random_state unset) is shown, so the run can be repeated (docs/reproducibility.md).
    if params.privacy.dp_enabled:
        logger.info("seed %d (data.random_state) splits the data; DP training draws a fresh secret seed",
                    params.data.random_state)
    else:
        logger.info("seed %d: --data__random_state %d reruns to the same synthetic table",
                    params.data.random_state, params.data.random_state)
    return StageOutcome({"training": run.dataset_file(TRAINING_CSV), "test": run.dataset_file(TEST_CSV)})


# Stage 2: PII -----------------------------------------------------------------------------
def replace_pii(run: RunDirectory, params: SafeSynthesizerParameters) -> StageOutcome:
    """Replace personal data in the training and test splits with one consistent mapping.

    Both splits go through one replacement so evaluation compares like with like; the
    real-to-fake mapping lives only in memory. The splits are read and written chunk by chunk
    (``pii.replace_files.replace_pii_files``): memory is one chunk plus the mapping, whatever the table's size.
    """
    sources = [run.dataset_file(TRAINING_CSV), run.dataset_file(TEST_CSV)]
    targets = [run.dataset_file(TRANSFORMED_CSV), run.dataset_file(TRANSFORMED_TEST_CSV)]
    with run.stage("replace_pii") as facts:
        for source in sources:
            if not source.is_file():
                raise UserInputError(f"{source}: file not found; the data stage's output is missing: start a new run "
                                     "with 'safe-synthesizer run --data-source FILE'")
        schema = TableSchema.load(run.schema_json)
        if not params.replace_pii.enabled:
            facts["enabled"] = False
            report = []
            for source, target in zip(sources, targets, strict=True):
                with atomic_path(target) as tmp:  # the splits as written: nothing to replace
                    shutil.copyfile(source, tmp)
        else:
            from safe_synthesizer.pii.replace import annotate_schema
            from safe_synthesizer.pii.replace_files import replace_pii_files

            protected = {c for c in (params.data.group_training_examples_by,
                                     params.data.order_training_examples_by,
                                     params.time_series.timestamp_column) if c}
            # Under DP each record's replacement must depend on that record only (keyed fakes).
            result = replace_pii_files(sources, targets, schema, params.replace_pii, protected_columns=protected,
                                       seed=int(params.data.random_state), dp=bool(params.privacy.dp_enabled))
            report = result.to_dict()["columns"]
            annotate_schema(schema, result).save(run.schema_json)
            facts["columns_replaced"] = len(report)
            if result.warnings:  # e.g. the plan's sample on a large table
                facts["notes"] = list(result.warnings)
            if result.checks:  # columns named as PII whose values were left as written: "Check these"
                facts["checks"] = list(result.checks)
        atomic_write_json(run.dataset_file(PII_REPORT_JSON), report)
    return StageOutcome({"transformed_training": run.dataset_file(TRANSFORMED_CSV)},
                        {"pii_columns": len(report)})


# Stage 3: train ---------------------------------------------------------------------------
def train(run: RunDirectory, params: SafeSynthesizerParameters) -> StageOutcome:
    """Fit the model on the transformed training split into ``train/model/``."""
    with run.stage("train") as facts:
        schema = TableSchema.load(run.schema_json)
        backend = get_backend(params)
        path = run.dataset_file(TRANSFORMED_CSV)
        training: pd.DataFrame | TrainingFile
        if _trains_from_file(path, params, backend):
            # Over 64 MB: never read whole; the codec is fitted on a bounded sample (data.training_file).
            training = TrainingFile(path, schema)
        elif getattr(backend, "name", "") == "llm" and not params.privacy.dp_enabled and is_large(path):
            # An LLM sees num_input_records_to_sample records: over 64 MB only those are read (data.large_splits).
            training, facts["training_sample"] = llm_training_sample(
                path, schema, params.training.num_input_records_to_sample, int(params.data.random_state or 0),
                params.data.group_training_examples_by)
        else:
            training = read_dataset(run, TRANSFORMED_CSV)
        result = backend.train(training, schema, params, run.model_dir)
        facts.update(result.metrics)
        if result.privacy is not None:
            run.update_manifest(privacy={"dp_enabled": True, **result.privacy})
        # Whether a rerun with this seed gives this table again, and what would prevent it.
        run.update_manifest(reproducibility=reproducibility_record(params, result.metrics))
    return StageOutcome({"model": run.model_dir}, dict(result.metrics))


def _trains_from_file(path: Path, params: SafeSynthesizerParameters, backend: object) -> bool:
    """The built-in model trains a large split from its file, outside DP (whose codec statistics
    are DP releases over every unit) and entity histories (which need whole entities in memory)."""
    if getattr(backend, "name", "") != "builtin" or params.privacy.dp_enabled or _histories(params):
        return False
    return trains_from_file(path)


# Stage 4: generate ------------------------------------------------------------------------
def verify_model(run: RunDirectory) -> None:
    """A damaged model (truncated weights, cut JSON) is a one-line error before generation starts.

    Only headers are read (safetensors keeps its index at the front), so this is cheap even for
    large weights.
    """
    from safetensors import SafetensorError, safe_open

    for path in sorted(run.model_dir.rglob("*")):
        if "checkpoint" in path.relative_to(run.model_dir).parts or not path.is_file():
            continue
        try:
            if path.suffix == ".safetensors":
                with safe_open(str(path), "pt"):
                    pass
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        except (SafetensorError, ValueError, OSError) as exc:
            raise UserInputError(
                f"{path}: the trained model is damaged ({exc}); train again with 'safe-synthesizer run train' "
                "or restore the run folder from a backup"
            ) from None


def generate(
    run: RunDirectory,
    params: SafeSynthesizerParameters,
    *,
    num_records: int | None = None,
    seed_data: pd.DataFrame | None = None,
    output_file: Path | None = None,
) -> StageOutcome:
    """Sample records from ``train/model/`` into a new ``generate/generation-NNN/`` folder.

    The new generation then becomes the latest at ``generate/synthetic_data.csv``; earlier
    generations keep their folders.
    """
    count = num_records if num_records is not None else params.generation.num_records
    if seed_data is not None:
        count = len(seed_data)
        # Unknown columns and text in number columns stop here; out-of-range values are warned about.
        check_seed_data(seed_data, run.model_dir, TableSchema.load(run.schema_json), source="--seed-data")
    check_privacy_filter(dp=params.privacy.dp_enabled, privacy_filter=params.generation.privacy_filter)
    generation = run.new_generation(seed_data=seed_data is not None)
    with run.stage("generate") as facts:
        backend = get_backend(params)
        training = None
        if params.generation.privacy_filter:  # over 64 MB the filter is built chunk by chunk (data.large_splits)
            training, notes = privacy_filter_source(
                run.dataset_file(TRANSFORMED_CSV), TableSchema.load(run.schema_json),
                params.generation.privacy_filter_distance, lambda: read_dataset(run, TRANSFORMED_CSV))
            facts.update(notes)
        counters = {"num_filtered_records": 0}
        path = generation.synthetic_csv
        start = time.perf_counter()
        # Chunks stream through a temporary file renamed at the end: memory stays flat for large
        # requests and a reader never sees a partial table; generation.num_processes shards them.
        from safe_synthesizer.models.builtin.sharded import generate_to_file

        n_rows = generate_to_file(run.model_dir, params, num_records=count, path=path, seed_data=seed_data,
                                  processes=params.generation.num_processes, training=training, backend=backend,
                                  counters=counters,
                                  missing_tokens=TableSchema.load(run.schema_json).missing_tokens).n_rows
        metrics = generation_metrics(n_rows, time.perf_counter() - start, counters["num_filtered_records"])
        # A backend that can produce invalid records (the LLM path) reports how many it dropped.
        for key in ("num_invalid_records", "valid_record_fraction", "stopped_early"):
            if key in counters:
                metrics[key] = counters[key]
        if "num_entities" in counters:  # entity histories: num_records counted entities
            metrics.update(num_entities=counters["num_entities"], num_rows=n_rows)
        facts.update(metrics)
        facts["generation"] = generation.number
        if seed_data is None:  # seeded records stay in their generation folder, never the main output
            run.publish(generation)
        run.update_generation(generation, status="completed", records=n_rows)
        if output_file is not None:
            with atomic_path(Path(output_file)) as tmp:
                shutil.copyfile(path, tmp)
    logger.info("generate: %d records (%s)", n_rows, generation.path.name)
    if seed_data is not None:
        logger.info("seeded records written to %s; %s is unchanged", path, run.synthetic_csv)
        return StageOutcome({"synthetic_data": path, "generation": generation.path}, metrics)
    return StageOutcome({"synthetic_data": run.synthetic_csv, "generation": generation.path}, metrics)


# Stage 5: evaluate ------------------------------------------------------------------------
def evaluate(run: RunDirectory, params: SafeSynthesizerParameters) -> StageOutcome:
    """Score the synthetic data against training and holdout; write metrics and the report."""
    from safe_synthesizer.evaluation import evaluate as score
    from safe_synthesizer.report import ReportContext, write_releasable_report, write_report

    generation = run.latest_generation()
    # A run written before numbered generations keeps its files at the reference paths.
    folder = generation.path if generation is not None else run.generate_dir
    with run.stage("evaluate") as facts:
        schema = TableSchema.load(run.schema_json)
        test_path = run.dataset_file(TRANSFORMED_TEST_CSV)
        test = read_dataset(run, TRANSFORMED_TEST_CSV) if test_path.exists() else None
        # A large output is evaluated on a uniform sample read by streaming (the report says so).
        from safe_synthesizer.data.chunked import EVALUATION_SAMPLE_ROWS, read_sample

        sample_rows = None if _histories(params) else max(
            EVALUATION_SAMPLE_ROWS, params.evaluation.sqs_report_rows, params.evaluation.utility_max_rows)
        # So is a large training split (over 64 MB): the metrics subsample it further anyway, and
        # reading 1M rows whole took evaluation from 1.7 to 4.1 GB.
        training, n_training = read_sample(run.dataset_file(TRANSFORMED_CSV), sample_rows)
        training = apply_schema(training, schema)
        synthetic, n_synthetic = read_sample(folder / SYNTHETIC_CSV, sample_rows)
        synthetic = apply_schema(synthetic, schema)
        pii_report = _read_json(run.dataset_file(PII_REPORT_JSON), [])
        pii_columns = {r["column"]: r["entity"] for r in pii_report if r.get("entity")}
        result = score(
            training, synthetic, test if test is not None and len(test) else None,
            schema=schema, params=params.evaluation,
            pii_columns=pii_columns,
            # No run seed: the evaluation seed is fixed, so the same tables always get the same scores.
            # The replay table looks for the real personal values, which only the raw split holds.
            pii_source=pii_source(run.dataset_file(TRAINING_CSV), schema, list(pii_columns),
                                  lambda: read_dataset(run, TRAINING_CSV), facts) if pii_columns else None,
            histories=_histories(params),
            synthetic_rows=n_synthetic,
        )
        metrics = result.to_dict()
        atomic_write_json(folder / METRICS_JSON, metrics)
        manifest = run.read_manifest()
        dp = bool(manifest.get("privacy", {}).get("dp_enabled"))
        context = ReportContext(
            title=f"{manifest.get('input', {}).get('source', 'dataset')} synthetic data report",
            config=manifest.get("config", {}),
            timings=run.timings(),
            dataset_stats={"training_rows": n_training, "synthetic_rows": n_synthetic,
                           "holdout_rows": 0 if test is None else len(test),
                           "columns": len(schema.columns)},
            generation=manifest.get("stages", {}).get("generate", {}),
            privacy=manifest.get("privacy") if dp else None,
            pii=pii_report or None,
            # Only a DP codec's values are DP releases; a non-DP codec holds exact statistics.
            released_codec=_read_json(run.model_dir / "codec.json", None) if dp else None,
        )
        write_report(result, folder / REPORT_HTML, context=context)
        outputs = {"evaluation_report": run.report_html}
        if params.evaluation.releasable_report:
            write_releasable_report(
                synthetic, schema, folder / RELEASABLE_REPORT_HTML, context=context,
                max_plotted_columns=params.evaluation.report_max_plotted_columns)
            outputs["evaluation_report_releasable"] = run.releasable_report_html
        facts.update({"sqs": result.sqs, "dps": result.dps})
        if generation is not None:
            if _seeded(run):  # the seeded generation's report stays in its folder
                outputs = {k: folder / Path(v).name for k, v in outputs.items()}
            else:
                run.publish(generation)
            run.update_generation(generation, sqs=result.sqs, dps=result.dps)
    run.update_manifest(scores={"sqs": result.sqs, "dps": result.dps})
    scores: dict = {"sqs": result.sqs, "dps": result.dps}
    if isinstance(result.dataset, dict) and result.dataset.get("sequences"):
        from safe_synthesizer.evaluation.sequences import headline

        # Histories: each JS distance with its noise reference, so a summary is not misread.
        scores["sequences"] = headline(result.dataset["sequences"])
    return StageOutcome(
        {**outputs, "evaluation_metrics": outputs["evaluation_report"].parent / METRICS_JSON},
        scores,
    )


def _histories(params: SafeSynthesizerParameters) -> tuple[str, str] | None:
    """(entity column, time column) when the run models entity histories (sequence metrics)."""
    from safe_synthesizer.models.builtin.sequence import sequence_columns

    return sequence_columns(params)


def _seeded(run: RunDirectory) -> bool:
    """Whether the newest generation came from seed data (it is never published as the main output)."""
    generations = run.manifest().generations
    return bool(generations and generations[-1].seed_data)


def _read_json(path: Path, default: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else default


def finish(run: RunDirectory, status: str = "completed") -> None:
    """Mark the run finished (``completed``) once every requested stage succeeded."""
    run.update_manifest(status=status)
