"""Entity histories benchmark: the built-in sequence model vs MOSTLY AI's engine, one run.

    .venv/bin/python benchmarks/bench_sequences.py [--datasets pbcseq cdnow] [--skip-dp] [--skip-mostly]
        [--mostly-python /work/venvs/mostly/bin/python] [--out benchmarks/results/sequences.md]

For each table (pbcseq grouped by ``id`` ordered by ``day``; cdnow grouped by ``customer_id``
ordered by ``date``), on the whole table:

- before: the flat built-in model with only ``data.group_training_examples_by`` set (what the code
  did before entity histories): rows per synthetic entity;
- ours: train, generate as many entities as the training table has, sequence metrics
  (``evaluation.sequences``), row-level SQS (``evaluation.evaluate``, no holdout);
- MOSTLY AI engine (a separate venv, never the project's): a flat model of the entity table and a
  sequential model of the events with the entity table as context, each capped at the same
  training time; same metrics on its output;
- DP (cdnow): entity-level DP at epsilon 8, with the observation window's years as public bounds,
  capped at ``DP_MINUTES`` of training (env, default 30; the cap is reported if it ends the run).

Times are wall seconds and CPU seconds of the process (all its threads; the MOSTLY worker's own
and its children's), with the load average around each run: on a shared machine the CPU seconds
are the comparable number (a quiet 2-core machine runs about 2 CPU s per wall second).

Every JS distance comes with its noise reference (``evaluation.sequences``: what two real
samples of these sizes differ by); the rendered tables say whether the distance is within it. A
target below the reference (0.05 on pbcseq's 312 patients, reference about 0.11) cannot be told
apart from sampling noise.

The MOSTLY worker is this file run by the other venv's python with ``--mostly-worker``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATASETS = {
    "pbcseq": ("pbcseq_visits.csv", "id", "day"),
    "cdnow": ("cdnow_transactions.csv", "customer_id", "date"),
}
MOSTLY_MINUTES = float(os.environ.get("MOSTLY_MINUTES", "3"))
DP_MINUTES = float(os.environ.get("DP_MINUTES", "30"))


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (user + system)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


# -- MOSTLY AI worker (runs in its own venv: no safe_synthesizer imports here) --------------------
def mostly_worker(events_csv: str, entities_csv: str, key: str, out_csv: str, workspace: str, n: int) -> None:
    import pandas as pd
    from mostlyai import engine

    events = pd.read_csv(events_csv, dtype={key: str})
    entities = pd.read_csv(entities_csv, dtype={key: str})
    # The time column (second) as a relative datetime: MOSTLY's encoding for event times within a
    # sequence. A numeric time (pbcseq days) goes through a date and back.
    time_col = events.columns[1]
    numeric_time = pd.api.types.is_numeric_dtype(events[time_col])
    origin = pd.Timestamp("2000-01-01")
    if numeric_time:
        events[time_col] = origin + pd.to_timedelta(events[time_col], unit="D")
    else:
        events[time_col] = pd.to_datetime(events[time_col])
    ws = Path(workspace)
    started, cpu = time.monotonic(), cpu_seconds()
    engine.split(workspace_dir=ws / "ctx", tgt_data=entities, tgt_primary_key=key, model_type="TABULAR")
    engine.analyze(workspace_dir=ws / "ctx")
    engine.encode(workspace_dir=ws / "ctx")
    engine.train(workspace_dir=ws / "ctx", max_training_time=MOSTLY_MINUTES / 2)
    engine.split(workspace_dir=ws / "seq", tgt_data=events, ctx_data=entities, ctx_primary_key=key,
                 tgt_context_key=key, model_type="TABULAR",
                 tgt_encoding_types={time_col: "TABULAR_DATETIME_RELATIVE"})
    engine.analyze(workspace_dir=ws / "seq")
    engine.encode(workspace_dir=ws / "seq")
    engine.train(workspace_dir=ws / "seq", max_training_time=MOSTLY_MINUTES)
    train_seconds, train_cpu = time.monotonic() - started, cpu_seconds() - cpu
    started, cpu = time.monotonic(), cpu_seconds()
    engine.generate(workspace_dir=ws / "ctx", sample_size=n)
    ctx = _read_parquet_dir(ws / "ctx" / "SyntheticData")
    engine.generate(workspace_dir=ws / "seq", ctx_data=ctx)
    seq = _read_parquet_dir(ws / "seq" / "SyntheticData")
    t = pd.to_datetime(seq[time_col])
    seq[time_col] = (t - origin).dt.days if numeric_time else t.dt.strftime("%Y-%m-%d")
    out = seq.merge(ctx, on=key, how="left")
    out.to_csv(out_csv, index=False)
    print(json.dumps({
        "train_seconds": train_seconds, "train_cpu_seconds": train_cpu,
        "generate_seconds": time.monotonic() - started, "generate_cpu_seconds": cpu_seconds() - cpu,
    }))  # fmt: skip


def _read_parquet_dir(path: Path):
    import pandas as pd

    return pd.concat([pd.read_parquet(p) for p in sorted(path.glob("*.parquet"))], ignore_index=True)


# -- our side -----------------------------------------------------------------------------------
def load(name: str):
    import pandas as pd

    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.private_schema import infer_run_schema
    from safe_synthesizer.data.typed_frame import apply_schema

    file, group, order = DATASETS[name]
    raw = pd.read_csv(DATA / file, dtype=str, keep_default_na=False)
    params = SafeSynthesizerParameters()
    params.data.group_training_examples_by = group
    params.data.order_training_examples_by = order
    params.data.random_state = 1
    schema = infer_run_schema(raw, params)
    return apply_schema(raw, schema), schema, params


def score(df, synth, schema, group, order) -> dict:
    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.evaluation.sequences import sequence_metrics

    m = sequence_metrics(df, synth, schema, group, order)
    consistency = [e["synthetic"] for e in m.entity_level if e["synthetic"] is not None]
    sqs = evaluate(df, synth[df.columns], schema=schema).sqs
    return {
        "entities": m.synthetic_entities,
        "rows": m.synthetic_rows,
        "rows_per_entity": round(m.synthetic_rows / max(1, m.synthetic_entities), 2),
        **{f"js_{d.name}": d.distance for d in m.distributions},
        **{f"noise_{d.name}": d.baseline for d in m.distributions},
        **{f"within_noise_{d.name}": d.within_noise for d in m.distributions},
        "ordered_share": m.ordered_share,
        "entity_level_consistency": min(consistency) if consistency else None,
        "sqs": None if sqs is None else round(sqs, 2),
        "transitions_js_mean": _mean([t["distance"] for t in m.transitions]),
        "autocorr_abs_diff_mean": _mean(
            [abs(a["training"] - a["synthetic"]) for a in m.autocorrelation if a["training"] is not None
             and a["synthetic"] is not None]
        ),
    }


def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def run_ours(name: str, work: Path, *, dp: bool = False) -> dict:
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    df, schema, params = load(name)
    _, group, order = DATASETS[name]
    if dp:
        params.privacy.dp_enabled = True
        params.privacy.epsilon = 8.0
        params.privacy.public_bounds = {order: (1997, 1998)} if name == "cdnow" else {}
        params.training.max_training_time = DP_MINUTES  # bounded: both parts share it
    model_dir = work / f"{name}{'_dp' if dp else ''}"
    load_before = load_average()
    started, cpu = time.monotonic(), cpu_seconds()
    result = BuiltinBackend().train(df, schema, params, model_dir)
    train_seconds, train_cpu = time.monotonic() - started, cpu_seconds() - cpu
    started, cpu = time.monotonic(), cpu_seconds()
    synth = BuiltinBackend().generate(model_dir, params, num_records=df[group].nunique()).data
    out = {
        "train_seconds": round(train_seconds, 1),
        "train_cpu_seconds": round(train_cpu, 1),
        "generate_seconds": round(time.monotonic() - started, 1),
        "generate_cpu_seconds": round(cpu_seconds() - cpu, 1),
        "load_average": f"{load_before}-{load_average()}",
    }
    for part in ("entity_part", "event_part"):
        m = result.metrics[part]
        out[f"{part}_seconds"] = m.get("train_seconds")
        out[f"{part}_epochs"] = f"{m.get('epochs')} ({m.get('stopped_by')}, {m.get('steps')} steps)"
    out.update(score(df, synth, schema, group, order))
    if dp:
        out["epsilon_spent"] = round(result.privacy["epsilon_total"], 3)
        out["in_range_share"] = _in_range(df, synth, schema, order)
        out["in_range_by_column"] = _in_range_by_column(df, synth, schema, order)
        out["max_events_per_entity"] = int(synth.groupby(group).size().max())
    return out


def _in_range(df, synth, schema, order) -> float:
    """Share of synthetic cells inside the real column's range (numbers and times; missing excluded)."""
    import numpy as np
    import pandas as pd

    from safe_synthesizer.evaluation.sequences import _times

    inside, total = 0, 0
    for c in schema.columns:
        if c.type.is_numeric or c.name == order:
            real = _times(df[c.name], c.type, c.datetime_format) if c.name == order else pd.to_numeric(df[c.name])
            fake = _times(synth[c.name], c.type, c.datetime_format) if c.name == order else pd.to_numeric(
                synth[c.name], errors="coerce")
            fake = np.asarray(fake, dtype=float)
            fake = fake[~np.isnan(fake)]
            inside += int(((fake >= np.nanmin(real)) & (fake <= np.nanmax(real))).sum())
            total += len(fake)
    return round(inside / max(1, total), 4)


def _in_range_by_column(df, synth, schema, order) -> dict:
    """Per numeric/time column: share of synthetic cells inside the real range, the synthetic
    min/max beside the real ones (the time column as days since 1970)."""
    import numpy as np
    import pandas as pd

    from safe_synthesizer.evaluation.sequences import _times

    out = {}
    for c in schema.columns:
        if not (c.type.is_numeric or c.name == order):
            continue
        if c.name == order:
            real, fake = (_times(x[c.name], c.type, c.datetime_format) for x in (df, synth))
        else:
            real, fake = pd.to_numeric(df[c.name]), pd.to_numeric(synth[c.name], errors="coerce")
        real, fake = np.asarray(real, dtype=float), np.asarray(fake, dtype=float)
        fake = fake[~np.isnan(fake)]
        lo, hi = np.nanmin(real), np.nanmax(real)
        out[c.name] = {
            "share": round(float(((fake >= lo) & (fake <= hi)).mean()) if len(fake) else 1.0, 4),
            "real": [round(float(lo), 2), round(float(hi), 2)],
            "synthetic": [round(float(fake.min()), 2), round(float(fake.max()), 2)] if len(fake) else None,
        }
    return out


def run_before(name: str, work: Path) -> dict:
    """The flat model with grouping only (the code before entity histories)."""
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    df, schema, params = load(name)
    _, group, _ = DATASETS[name]
    params.data.order_training_examples_by = None
    model_dir = work / f"{name}_before"
    BuiltinBackend().train(df, schema, params, model_dir)
    synth = BuiltinBackend().generate(model_dir, params, num_records=len(df)).data
    from safe_synthesizer.evaluation.sequences import sequence_metrics

    m = sequence_metrics(df, synth, schema, group, DATASETS[name][2])
    consistency = [e["synthetic"] for e in m.entity_level if e["synthetic"] is not None]
    return {"rows": len(synth), "entities": int(synth[group].nunique()),
            "rows_per_entity": round(len(synth) / max(1, synth[group].nunique()), 2),
            "real_rows_per_entity": round(len(df) / df[group].nunique(), 2),
            "entity_level_consistency": min(consistency) if consistency else None,
            "ordered_share": m.ordered_share}


def run_mostly(name: str, work: Path, python: str) -> dict:
    from safe_synthesizer.models.builtin.sequence.frames import ordered_events
    from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout

    df, schema, _ = load(name)
    _, group, order = DATASETS[name]
    layout = SequenceLayout.detect(df, schema, group, order)
    ordered, _ = ordered_events(df, layout)
    entities = ordered.drop_duplicates(group)[[group, *layout.entity_columns]]
    events = ordered[[group, order, *layout.event_columns]]
    d = work / f"mostly_{name}"
    d.mkdir(parents=True, exist_ok=True)
    events.to_csv(d / "events.csv", index=False)
    entities.to_csv(d / "entities.csv", index=False)
    load_before = load_average()
    proc = subprocess.run(
        [python, __file__, "--mostly-worker", str(d / "events.csv"), str(d / "entities.csv"), group,
         str(d / "synthetic.csv"), str(d / "ws"), str(len(entities))],
        capture_output=True, text=True, timeout=3600,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    timing = json.loads(proc.stdout.strip().splitlines()[-1])
    import pandas as pd

    from safe_synthesizer.data.typed_frame import apply_schema

    synth = pd.read_csv(d / "synthetic.csv", dtype=str, keep_default_na=False)
    synth = apply_schema(synth[[c for c in df.columns]], schema)
    out = {k: round(v, 1) for k, v in timing.items()}
    out["load_average"] = f"{load_before}-{load_average()}"
    out.update(score(df, synth, schema, group, order))
    return out


ROWS = [
    ("train_seconds", "training seconds (wall)"),
    ("train_cpu_seconds", "training CPU seconds"),
    ("entity_part_seconds", "  entity part (wall s)"),
    ("entity_part_epochs", "  entity part epochs"),
    ("event_part_seconds", "  event part (wall s)"),
    ("event_part_epochs", "  event part epochs"),
    ("generate_seconds", "generation seconds (wall)"),
    ("generate_cpu_seconds", "generation CPU seconds"),
    ("load_average", "load average (start-end)"),
    ("entities", "synthetic entities"),
    ("rows_per_entity", "rows per entity"),
    ("js_events_per_entity", "JS events per entity"),
    ("noise_events_per_entity", "  noise reference"),
    ("js_inter_event_time", "JS inter-event time"),
    ("noise_inter_event_time", "  noise reference"),
    ("js_first_event_time", "JS first event time"),
    ("ordered_share", "entities in time order"),
    ("entity_level_consistency", "entity-level consistency (min)"),
    ("transitions_js_mean", "transitions JS (mean)"),
    ("autocorr_abs_diff_mean", "lag-1 autocorrelation abs. diff (mean)"),
    ("sqs", "row-level SQS"),
    ("epsilon_spent", "epsilon spent"),
    ("in_range_share", "numeric/time cells in the real range"),
    ("max_events_per_entity", "most events of one entity"),
]
NOISE_ROWS = {"noise_events_per_entity": "events_per_entity", "noise_inter_event_time": "inter_event_time"}


def _cell(method: dict, key: str) -> str:
    """A table cell; a noise reference says whether the distance above it is within it."""
    value = method.get(key, "")
    within = method.get(f"within_noise_{NOISE_ROWS[key]}") if key in NOISE_ROWS else None
    if within is None:
        return str(value)
    return f"{value} ({'within' if within else 'above'})"


def noise_notes(name: str, methods: dict) -> list[str]:
    """One line per distance that is within its noise reference: a smaller target is unmeasurable."""
    out = []
    for m, r in methods.items():
        for key, dist in NOISE_ROWS.items():
            if r.get(f"within_noise_{dist}"):
                out.append(
                    f"{name} {m}: JS {dist.replace('_', ' ')} {r.get('js_' + dist)} is within its noise reference "
                    f"{r.get(key)} (two real samples of this many entities differ by that much on average); a "
                    "target below the reference cannot be told apart from sampling noise."
                )
    return out


def render(results: dict) -> str:
    """The results as markdown tables, one per dataset (methods side by side)."""
    lines = []
    for name, methods in results.items():
        cols = [m for m in ("ours", "mostly", "ours_dp_eps8") if m in methods]
        lines += [f"### {name}", "", "| metric | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
        for key, label in ROWS:
            if any(key in methods[m] for m in cols):
                cells = [_cell(methods[m], key) for m in cols]
                lines.append(f"| {label} | " + " | ".join(cells) + " |")
        if "before" in methods:
            b = methods["before"]
            lines += ["", f"Before (flat model, grouping only): {b['rows_per_entity']} rows per synthetic entity "
                      f"({b['entities']} distinct ids in {b['rows']} rows; real {b['real_rows_per_entity']}); "
                      f"entity-level consistency {b.get('entity_level_consistency')}, "
                      f"entities in time order {b.get('ordered_share')}."]
        notes = noise_notes(name, {m: methods[m] for m in cols})
        if notes:
            lines += ["", *notes]
        for m in cols:
            if "error" in methods[m]:
                lines.append(f"{m}: failed: {methods[m]['error']}")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--render":
        print(render(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--mostly-worker":
        a = sys.argv[2:]
        mostly_worker(a[0], a[1], a[2], a[3], a[4], int(a[5]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--datasets", nargs="+", default=list(DATASETS))
    parser.add_argument("--skip-dp", action="store_true")
    parser.add_argument("--skip-mostly", action="store_true")
    parser.add_argument("--skip-before", action="store_true")
    parser.add_argument("--skip-ours", action="store_true")
    parser.add_argument("--mostly-python", default="/work/venvs/mostly/bin/python")
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "sequences.json"))
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in args.datasets:
            r = results.setdefault(name, {})
            if not args.skip_before and name == "pbcseq":  # the before-number
                r["before"] = run_before(name, work)
                print(name, "before", r["before"], flush=True)
            if not args.skip_ours:
                r["ours"] = run_ours(name, work)
                print(name, "ours", r["ours"], flush=True)
            if not args.skip_mostly and Path(args.mostly_python).exists():
                r["mostly"] = run_mostly(name, work, args.mostly_python)
                print(name, "mostly", r["mostly"], flush=True)
            if name == "cdnow" and not args.skip_dp:
                r["ours_dp_eps8"] = run_ours(name, work, dp=True)
                print(name, "dp", r["ours_dp_eps8"], flush=True)
    Path(args.out).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
