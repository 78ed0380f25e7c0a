"""``safe-synthesizer pii``: run the PII stage alone on a file.

Reads the table with the project's reader, infers its schema, replaces PII and writes the result
atomically in the input's format family (CSV unless the output name says Parquet/JSON).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.blank_headers import BLANK_HEADER_NOTES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.replace import detect_pii, replace_pii
from safe_synthesizer.pii.report import PiiReport
from safe_synthesizer.utils.atomic import atomic_path

logger = logging.getLogger(__name__)


def run_pii_file(
    data_source: Path,
    output_file: Path | None,
    params: ReplacePiiParameters,
    *,
    dry_run: bool = False,
    seed: int = 0,
) -> PiiReport:
    """Detect (and unless ``dry_run``, replace) PII in ``data_source``; write ``output_file``.

    Example::

        report = run_pii_file(Path("people.csv"), Path("people_safe.csv"), ReplacePiiParameters())
        report.columns_by_entity()  # {"nameFirst": "first_name", ...}
    """
    data_source = Path(data_source)
    if not dry_run and output_file is None:
        raise UserInputError("pii: --output-file is required unless --dry-run is given")
    if output_file is not None and Path(output_file).resolve() == data_source.resolve():
        raise UserInputError(f"{output_file}: output file must differ from --data-source")
    df = read_table(data_source)
    for note in df.attrs.get(BLANK_HEADER_NOTES, []):  # a saved index or a merged header, read as meant
        logger.warning("%s: %s", data_source, note)
    schema = infer_schema(df)
    if dry_run:
        return explain(detect_pii(df, schema, params, seed=seed), df, schema, params, seed=seed)
    result = replace_pii(df, schema, params, seed=seed)
    write_table(result.data, Path(output_file))  # type: ignore[arg-type]
    logger.info("pii: wrote %d rows to %s", len(result.data), output_file)
    return explain(result.report, df, schema, params, seed=seed)


def explain(
    report: PiiReport, df: pd.DataFrame, schema: TableSchema, params: ReplacePiiParameters, *, seed: int = 0
) -> PiiReport:
    """Fill each structured column's ``locale`` and ``evidence`` in ``report`` from the detector.

    The evidence is aggregate (shares of values passing a check, the column-name hint), never a
    value, so the report stays safe to print and store.

    Example::

        report = explain(detect_pii(df, schema, params), df, schema, params)
        report["pt_vorname"].evidence  # "hint first_name; 100% name-shaped, 80% listed first names; ..."
    """
    for entry in report.columns:
        if entry.column not in df.columns or entry.column not in schema.names or entry.evidence:
            continue
        detection = detect_column(
            df[entry.column],
            schema[entry.column],
            entities=params.entities,
            min_share=params.min_column_confidence,
            min_share_with_cue=params.min_column_confidence_with_cue,
            sample_size=params.detection_sample_size,
            seed=seed,
        )
        if detection is not None and detection.entity == entry.entity:
            entry.locale, entry.evidence = detection.locale, detection.evidence
        elif entry.method.startswith("override"):
            entry.evidence = "forced by replace_pii.column_overrides"
        elif entry.entity == "free_text":
            entry.evidence = "free text: entity spans found by NER and patterns"
    return report


def write_table(df: pd.DataFrame, path: Path) -> None:
    """Write ``df`` atomically; the suffix picks the format (.parquet, .json/.jsonl, else CSV)."""
    suffix = path.suffix.lower()
    with atomic_path(path) as tmp:
        if suffix in (".parquet", ".pq"):
            df.to_parquet(tmp, index=False)
        elif suffix in (".jsonl", ".ndjson"):
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
        elif suffix == ".json":
            df.to_json(tmp, orient="records", force_ascii=False)
        else:
            df.to_csv(tmp, index=False, sep="\t" if suffix == ".tsv" else ",")
