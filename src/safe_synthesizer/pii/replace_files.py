"""The PII stage on CSV files, chunk by chunk: the pipeline's stage (:func:`replace_pii_files`).

Why apart from :mod:`.replace`: the in-memory run and the file run share the plan (:func:`.replace.plan_with_locales`)
and the engine (:class:`~.replace_engine.ChunkReplacer`); what is the file run's own is reading, sampling, spilling
free-text spans to disk between its two passes and writing each target through a temporary file.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.chunked import DEFAULT_CHUNK_ROWS, iter_chunks, reservoir_sample
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.streaming import TableWriter, typed_chunks
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.pii.replace import plan_with_locales
from safe_synthesizer.pii.replace_engine import ChunkReplacer, restore_text_cells, spans_to_json
from safe_synthesizer.pii.report import PiiReport
from safe_synthesizer.pii.unread_cues import unread_cue_warnings, unread_cues
from safe_synthesizer.utils.atomic import atomic_path

# Rows the column plans of a chunked run are decided on: a uniform sample of this many rows.
PLAN_SAMPLE_ROWS = 100_000


def replace_pii_files(
    sources: Sequence[Path],
    targets: Sequence[Path],
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
    dp: bool = False,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    plan_rows: int = PLAN_SAMPLE_ROWS,
) -> PiiReport:
    """:func:`replace_pii` on CSV files read and written chunk by chunk; returns the report.

    ``sources`` are one table in order (the pipeline's training and test splits), replaced with
    one mapping; ``sources[i]`` is written to ``targets[i]`` (a temporary file renamed at the end).
    Columns are planned once on a uniform sample of ``plan_rows`` rows (the whole table when it is
    smaller, which is then exactly the in-memory plan; the report's warnings state a sample). Memory:
    the sample, one chunk, and the distinct originals and fakes of the replaced columns.
    """

    def chunks() -> Iterator[pd.DataFrame]:
        for path in sources:
            yield from iter_chunks(Path(path), chunk_rows)

    raw_sample, n_rows = reservoir_sample(chunks(), plan_rows, seed)
    sample = (
        apply_schema(raw_sample, schema)
        if len(raw_sample)
        else pd.DataFrame({c: pd.Series(dtype=object) for c in schema.names})
    )
    plans = plan_with_locales(sample, schema, params, protected_columns=protected_columns, seed=seed, dp=dp)
    unread = [] if dp else unread_cues(sample, schema, plans, protected=protected_columns)
    del raw_sample, sample
    engine = ChunkReplacer(plans, params, seed=seed, dp=dp)
    if all(p.strategy == "keep" for p in plans):  # nothing to replace: the splits are the output
        for path, target in zip(sources, targets, strict=True):
            with atomic_path(Path(target)) as tmp:
                shutil.copyfile(path, tmp)
        engine.report.n_rows = n_rows
        engine.build()
        report = engine.finish()
        report.checks += unread_cue_warnings(unread, report)
        return report
    with tempfile.TemporaryDirectory(prefix=".pii-spans-", dir=Path(targets[0]).parent) as spill:
        # Pass 1. Free-text spans (offsets and entity names, never text) wait on disk for pass 2.
        n_chunks = 0
        for path in sources:
            for chunk in typed_chunks(Path(path), schema, chunk_rows):
                prepared = engine.collect(chunk)
                if prepared:
                    (Path(spill) / f"{n_chunks}.json").write_text(spans_to_json(prepared), encoding="utf-8")
                n_chunks += 1
        engine.build()
        # Pass 2: the same chunks, replaced and appended to the targets.
        n_chunks = 0
        for path, target in zip(sources, targets, strict=True):
            with TableWriter(Path(target), schema) as out:
                for chunk in typed_chunks(Path(path), schema, chunk_rows):
                    spans_file = Path(spill) / f"{n_chunks}.json"
                    prepared = {}
                    if spans_file.exists():
                        prepared = restore_text_cells(chunk, spans_file.read_text(encoding="utf-8"))
                        spans_file.unlink()
                    out.write(engine.apply(chunk, prepared))
                    n_chunks += 1
    report = engine.finish()
    report.checks += unread_cue_warnings(unread, report)
    if n_rows > plan_rows and not dp:
        report.warnings.append(
            f"columns planned on a uniform sample of {plan_rows:,} of {n_rows:,} rows; every row was replaced"
        )
    return report
