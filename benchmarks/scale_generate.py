"""Generation benchmarks: rows/s, CPU s and peak RSS of ``generate_to_file`` vs rows, processes and columns."""

from __future__ import annotations

import time
from pathlib import Path

from scale_common import adult, adult_schema, bench_params, peak_mb, run_child, save_results


def _train_model(model_dir: Path, n_columns: int | None, minutes: float) -> None:
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    if (model_dir / "builtin.json").exists():
        return
    df = adult(n_columns)
    BuiltinBackend().train(df, adult_schema(df), bench_params(max_training_time=minutes), model_dir)



def child_generate(model_dir: Path, rows: int, fmt: str, processes: int, out: Path) -> dict:
    from safe_synthesizer.models.builtin.sharded import generate_to_file

    path = out.with_suffix(f".{fmt}")
    started = time.monotonic()
    outcome = generate_to_file(model_dir, bench_params(), num_records=rows, path=path, processes=processes)
    seconds = time.monotonic() - started
    own, shards = peak_mb()
    size = path.stat().st_size
    path.unlink()
    return {"rows": outcome.n_rows, "seconds": round(seconds, 2), "peak_rss_mb": round(max(own, shards)),
            "parent_rss_mb": round(own), "shard_rss_mb": round(shards) if processes > 1 else None,
            "file_mb": round(size / 2**20, 1), "shard_rows": outcome.shard_rows}



def generate(args) -> dict:
    model_dir = Path(args.model_dir) / f"cols{args.columns_default}"
    _train_model(model_dir, None, args.model_minutes)
    rows_out = {}
    for fmt in args.formats:
        for processes in args.processes:
            for rows in args.rows:
                key = f"generate/{fmt}/p{processes}/{rows}"
                record = run_child(["--child-generate", str(model_dir), str(rows), fmt, str(processes),
                                     str(Path(args.model_dir) / "out")])
                record["rows_per_second"] = round(rows / record["seconds"])
                record["cpu_us_per_row"] = round(1e6 * record["cpu_seconds"] / rows, 1)
                print(key, record, flush=True)
                rows_out[key] = record
                save_results({key: record})
    return rows_out


def columns(args) -> dict:
    out = {}
    for k in args.columns:
        model_dir = Path(args.model_dir) / f"cols{k}"
        _train_model(model_dir, k, args.model_minutes)
        rows = args.rows[0]
        record = run_child(["--child-generate", str(model_dir), str(rows), "csv", "1",
                             str(Path(args.model_dir) / "out")])
        record["columns"] = k
        record["rows_per_second"] = round(rows / record["seconds"])
        record["cpu_us_per_row"] = round(1e6 * record["cpu_seconds"] / rows, 1)
        key = f"columns/{k}/{rows}"
        print(key, record, flush=True)
        out[key] = record
        save_results({key: record})
    return out
