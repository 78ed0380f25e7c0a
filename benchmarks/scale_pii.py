"""PII stage benchmark: the former in-memory stage vs ``replace_pii_files`` (chunk by chunk) on N rows."""

from __future__ import annotations

import time
from pathlib import Path

from scale_common import hwm_mb, resampled_adult, run_child, save_results


def _pii_table(rows: int, work: Path) -> Path:
    """Adult resampled to ``rows`` rows plus four PII columns drawn from 100,000 Faker persons, written
    as the data stage writes its splits (training.csv, test.csv with 2,000 rows, schema.json)."""
    folder = work / f"pii{rows}"
    if (folder / "schema.json").exists():
        return folder
    import numpy as np
    import pandas as pd
    from faker import Faker

    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.data.streaming import TableWriter
    from safe_synthesizer.data.typed_frame import apply_schema

    fake = Faker("en_US")
    fake.seed_instance(0)
    n_people = 100_000
    people = pd.DataFrame({"customer_name": [fake.name() for _ in range(n_people)],
                           "email": [fake.email() for _ in range(n_people)],
                           "phone": [fake.phone_number() for _ in range(n_people)],
                           "ssn": [fake.ssn() for _ in range(n_people)]})
    table = resampled_adult(rows)
    picks = np.random.default_rng(1).integers(0, n_people, rows)
    table = pd.concat([table, people.iloc[picks].reset_index(drop=True)], axis=1).astype(str)
    schema = infer_schema(table.sample(n=min(rows, 100_000), random_state=0))
    folder.mkdir(parents=True, exist_ok=True)
    typed = apply_schema(table, schema)
    for name, part in (("training.csv", typed.iloc[2000:]), ("test.csv", typed.iloc[:2000])):
        with TableWriter(folder / name, schema) as out:
            for start in range(0, len(part), 100_000):
                out.write(part.iloc[start:start + 100_000])
    schema.save(folder / "schema.json")
    return folder


def child_pii(folder: Path, mode: str) -> dict:
    """The PII stage on the splits in ``folder``: ``memory`` (the former in-memory stage: both splits
    read whole, concatenated, replaced, written) or ``chunked`` (``replace_pii_files``)."""
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.data.writers import csv_safe
    from safe_synthesizer.pii import replace_pii
    from safe_synthesizer.pii.replace_files import replace_pii_files

    schema = TableSchema.load(folder / "schema.json")
    params = ReplacePiiParameters(free_text_ner=False)
    sources = [folder / "training.csv", folder / "test.csv"]
    targets = [folder / f"out_{mode}_training.csv", folder / f"out_{mode}_test.csv"]
    base_rss = hwm_mb()
    cpu, started = time.process_time(), time.monotonic()
    if mode == "memory":
        parts = [apply_schema(read_table(p), schema) for p in sources]
        result = replace_pii(pd.concat(parts, ignore_index=True), schema, params, seed=0)
        report = result.report
        csv_safe(result.data.iloc[: len(parts[0])]).to_csv(targets[0], index=False)
        csv_safe(result.data.iloc[len(parts[0]):]).to_csv(targets[1], index=False)
    else:
        report = replace_pii_files(sources, targets, schema, params, seed=0)
    out = {"mode": mode, "rows": report.n_rows, "cpu_seconds_stage": round(time.process_time() - cpu, 1),
           "seconds": round(time.monotonic() - started, 1), "rss_before_mb": round(base_rss),
           "peak_rss_mb": round(hwm_mb()),
           "columns_replaced": sorted(c.column for c in report.columns if c.n_values_replaced)}
    for target in targets:
        target.unlink()
    return out


def pii(args) -> dict:
    out = {}
    for rows in args.rows:
        folder = _pii_table(rows, Path(args.model_dir))
        for mode in ("memory", "chunked"):
            key = f"pii/{mode}/{rows}"
            record = run_child(["--child-pii", str(folder), mode])
            print(key, record, flush=True)
            out[key] = record
            save_results({key: record})
    return out
