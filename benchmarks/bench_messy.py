"""Messy real-world tables through the default pipeline: placeholders, typing, formats, SQS.

    .venv/bin/python benchmarks/bench_messy.py                          # all tables of messy_tables.py
    .venv/bin/python benchmarks/bench_messy.py --tables housing_dollars,sensor_specials --tag messy_try

For each table of ``messy_tables.py`` (real columns of ../shared/data plus generated messiness), the
CSV is written to a temp dir and run as a new user would: ``SafeSynthesizer().with_data_source(csv)
.with_generate(num_records=...).run()``, default config otherwise (PII replacement on). Measured per
table, on the written ``generate/synthetic_data.csv`` read as strings:

- placeholder share: cells equal to ``_RARE_`` or matching ``^_[A-Z]+_$``, per column; the max and
  its column are reported (target 0 everywhere);
- typing accuracy: share of labelled columns whose type in ``dataset/schema.json`` is the intended
  one; mismatches listed; format facts (``datetime_formats``, ``number_format``, ``special_values``)
  that miss an intended pattern are listed as notes, not counted;
- format fidelity: share of non-missing synthetic values of datetime/number columns written in an
  intended format (datetimes: strptime + strftime round trip with one of the formats; numbers: the
  intended prefix/thousands/decimals regex, or an intended special code); pooled, and worst column;
- out of range: share of parsed synthetic numbers beyond the real min/max by more than 10 % of the
  real range; pooled, and worst column;
- SQS and DPS of the run summary, train + generate seconds.

A crash is a finding: the error is recorded in the row (and whatever the run wrote is still measured).
Each table runs in its own process. Writes ``results/<tag>.json`` and ``results/<tag>.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path

import pandas as pd

from messy_tables import TABLES, build  # benchmarks/ is on sys.path: this script's own folder

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PLACEHOLDER = re.compile(r"^_[A-Z]+_$")
MISSING = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "<NA>"}
NUMERIC = ("integer", "float")


# Measures ----------------------------------------------------------------------------------
def placeholder_shares(synthetic: pd.DataFrame) -> dict[str, float]:
    """Column -> share of cells that are a placeholder token."""
    out = {}
    for column in synthetic.columns:
        values = synthetic[column].astype(str)
        hits = (values == "_RARE_") | values.str.match(PLACEHOLDER)
        out[column] = float(hits.mean()) if len(values) else 0.0
    return out


def number_regex(spec: dict) -> re.Pattern:
    fmt = spec["format"]
    thousands, point, prefix, suffix = (re.escape(fmt.get(k, "")) for k in ("thousands", "decimal", "prefix", "suffix"))
    whole = rf"\d{{1,3}}(?:{thousands}\d{{3}})*" if fmt.get("thousands") else r"\d+"
    fraction = ""
    if spec["type"] == "float" and fmt.get("fixed_decimals") and fmt.get("decimals", 0) > 0:
        fraction = rf"{point}\d{{{fmt['decimals']}}}"
    elif spec["type"] == "float" and fmt.get("decimals", 0) > 0:
        fraction = rf"(?:{point}\d{{1,{fmt['decimals']}}})?"
    return re.compile(rf"^(?:-?{prefix}|{prefix}-?){whole}{fraction}{suffix}$")


def parse_number(value: str, spec: dict) -> float | None:
    fmt = spec["format"]
    text = value.strip()
    for part in (fmt.get("prefix", ""), fmt.get("suffix", "")):
        if part:
            text = text.replace(part, "")
    if fmt.get("thousands"):
        text = text.replace(fmt["thousands"], "")
    if fmt.get("decimal", ".") != ".":
        text = text.replace(fmt["decimal"], ".")
    try:
        return float(text)
    except ValueError:
        return None


def datetime_matches(value: str, formats: list[str]) -> str | None:
    """The first intended format that writes ``value`` exactly (round trip), else None."""
    for fmt in formats:
        try:
            if datetime.strptime(value, fmt).strftime(fmt) == value:
                return fmt
        except ValueError:
            continue
    return None


def present(series: pd.Series) -> pd.Series:
    values = series.astype(str).str.strip()
    return values[~values.isin(MISSING)]


def format_fidelity(real: pd.DataFrame, synthetic: pd.DataFrame, intent: dict) -> dict[str, dict]:
    """Per datetime/number column: share of synthetic values in an intended format, plus the
    format mix (real vs synthetic) of multi-format datetime columns."""
    out = {}
    for column, spec in intent.items():
        if spec is None or spec["type"] not in (*NUMERIC, "datetime") or column not in synthetic:
            continue
        values = present(synthetic[column])
        entry: dict = {"n": len(values)}
        if spec["type"] == "datetime":
            found = values.map(lambda v, f=spec["formats"]: datetime_matches(v, f))
            entry["ok"] = int(found.notna().sum())
            entry["examples_bad"] = values[found.isna()].drop_duplicates().head(5).tolist()
            if len(spec["formats"]) > 1:
                real_found = present(real[column]).map(lambda v, f=spec["formats"]: datetime_matches(v, f))
                entry["mix_real"] = {k: round(float(v), 3) for k, v in real_found.value_counts(normalize=True).items()}
                entry["mix_synthetic"] = {k: round(float(v), 3) for k, v in found.value_counts(normalize=True).items()}
        else:
            pattern = number_regex(spec)
            ok = values.str.match(pattern) | values.isin(spec.get("special", []))
            entry["ok"] = int(ok.sum())
            entry["examples_bad"] = values[~ok].drop_duplicates().head(5).tolist()
        entry["share"] = entry["ok"] / entry["n"] if entry["n"] else None
        out[column] = entry
    return out


def out_of_range(real: pd.DataFrame, synthetic: pd.DataFrame, intent: dict) -> dict[str, dict]:
    """Per number column: share of parsed synthetic values beyond real min/max by > 10 % of the range."""
    out = {}
    for column, spec in intent.items():
        if spec is None or spec["type"] not in NUMERIC or column not in synthetic:
            continue
        special = set(spec.get("special", []))

        def numbers(series: pd.Series, spec: dict = spec, special: set = special) -> pd.Series:
            values = present(series)
            values = values[~values.isin(special)]
            return values.map(lambda v: parse_number(v, spec)).dropna().astype(float)

        truth, synth = numbers(real[column]), numbers(synthetic[column])
        if truth.empty:
            continue
        low, high = float(truth.min()), float(truth.max())
        margin = 0.1 * ((high - low) or abs(high) or 1.0)
        far = (synth < low - margin) | (synth > high + margin)
        out[column] = {
            "n": len(synth),
            "far": int(far.sum()),
            "share": float(far.mean()) if len(synth) else None,
            "real_min": low,
            "real_max": high,
            "synthetic_min": float(synth.min()) if len(synth) else None,
            "synthetic_max": float(synth.max()) if len(synth) else None,
        }
    return out


def missing_created(real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, float]:
    """Column -> synthetic missing share minus real missing share (positive: cells lost on the way)."""
    out = {}
    for column in real.columns:
        if column in synthetic:
            real_missing = 1 - len(present(real[column])) / max(len(real), 1)
            synth_missing = 1 - len(present(synthetic[column])) / max(len(synthetic), 1)
            out[column] = synth_missing - real_missing
    return out


def reproduced(real: pd.DataFrame, synthetic: pd.DataFrame, intent: dict) -> dict[str, float]:
    """Near-unique columns (personal data, identifiers; >= 90 % distinct in the input): share of
    synthetic values that are verbatim input values (a leak once placeholders are gone)."""
    out = {}
    for column in real.columns:
        spec = intent.get(column)
        if column not in synthetic or (spec is not None and spec["type"] not in ("identifier", "text")):
            continue
        truth = present(real[column])
        if truth.nunique() < 0.9 * len(real):
            continue
        values = present(synthetic[column])
        values = values[~values.str.match(PLACEHOLDER)]
        out[column] = float(values.isin(set(truth)).mean()) if len(values) else 0.0
    return out


def shape(value: str) -> str:
    """Character classes of an identifier: digits 9, letters a/A, a leading zero kept as 0."""
    classes = "".join("9" if ch.isdigit() else "a" if ch.islower() else "A" if ch.isupper() else ch for ch in value)
    return "0" + classes[1:] if value.startswith("0") else classes


def identifier_checks(real: pd.DataFrame, synthetic: pd.DataFrame, intent: dict) -> dict[str, dict]:
    """Identifier columns: share of synthetic values shaped like an input value; for ids that repeat
    in the input, the share of synthetic ids (2+ rows) whose per-id constant columns stay constant."""
    out = {}
    for column, spec in intent.items():
        if spec is None or spec["type"] != "identifier" or column not in synthetic:
            continue
        truth, values = present(real[column]), present(synthetic[column])
        shapes = set(truth.map(shape))
        entry: dict = {"shape_share": float(values.map(shape).isin(shapes).mean()) if len(values) else None}
        if truth.nunique() < len(truth):
            keyed = real.loc[truth.index]
            constant = [
                c for c in real.columns if c != column and (keyed.groupby(column)[c].nunique(dropna=False) == 1).all()
            ]
            synth = synthetic.loc[values.index]
            counts = synth[column].value_counts()
            repeated = synth[synth[column].isin(counts[counts > 1].index)]
            entry["constant_columns"] = constant
            entry["rows_per_id_real"] = round(float(truth.value_counts().mean()), 2)
            entry["rows_per_id_synthetic"] = round(float(counts.mean()), 2) if len(counts) else None
            if constant and len(repeated):
                same = repeated.groupby(column)[constant].nunique(dropna=False).eq(1)
                entry["entity_consistency"] = float(same.all(axis=1).mean())
                entry["per_column_consistency"] = {c: round(float(same[c].mean()), 3) for c in constant}
        out[column] = entry
    return out


def typing(schema: dict, intent: dict) -> tuple[dict, list[str], list[str]]:
    """Inferred types of every column; mismatches of labelled columns; format-fact notes."""
    columns = {c["name"]: c for c in schema.get("columns", [])}
    inferred = {name: c["type"] for name, c in columns.items()}
    mismatches, notes = [], []
    for name, spec in intent.items():
        if spec is None:
            continue
        col = columns.get(name)
        if col is None:
            mismatches.append(f"{name}: missing from schema.json")
            continue
        if col["type"] != spec["type"]:
            mismatches.append(f"{name}: intended {spec['type']}, inferred {col['type']}")
            continue
        if spec["type"] == "datetime":
            seen = col.get("datetime_formats") or [col.get("datetime_format")]
            missed = [f for f in spec["formats"] if f not in seen]
            if missed:
                notes.append(f"{name}: datetime formats {seen} miss {missed}")
        elif spec["type"] in NUMERIC:
            want = {k: v for k, v in spec["format"].items() if k in ("thousands", "prefix", "suffix") and v}
            got = col.get("number_format") or {}
            wrong = {k: v for k, v in want.items() if got.get(k) != v}
            if wrong:
                notes.append(f"{name}: number_format {got or None} misses {wrong}")
            missed = [s for s in spec.get("special", []) if s not in (col.get("special_values") or [])]
            if missed:
                notes.append(f"{name}: special_values {col.get('special_values')} miss {missed}")
    return inferred, mismatches, notes


def _pooled(entries: dict[str, dict], key: str) -> tuple[float | None, str | None, float | None]:
    """Pooled share over columns, and the worst column with its share (worst = lowest fidelity
    or highest out-of-range share, chosen by the caller's key)."""
    n = sum(e["n"] for e in entries.values())
    total = sum(e[key] for e in entries.values())
    scored = {c: e["share"] for c, e in entries.items() if e["share"] is not None}
    if not scored:
        return (total / n if n else None), None, None
    worst = min(scored, key=scored.get) if key == "ok" else max(scored, key=scored.get)
    return (total / n if n else None), worst, scored[worst]


# One table, in its own process -------------------------------------------------------------
def run_one(name: str, records: int | None, workdir: Path, overrides: list[str] | None = None) -> dict:
    import safe_synthesizer
    from safe_synthesizer import SafeSynthesizer
    from safe_synthesizer.config.io import apply_overrides

    frame, intent = build(name)
    csv = workdir / f"{name}.csv"
    frame.to_csv(csv, index=False)
    num_records = records or len(frame)
    row: dict = {
        "table": name,
        "rows": len(frame),
        "columns": frame.shape[1],
        "num_records": num_records,
        "intent": intent,
        "error": None,
        "package": str(Path(safe_synthesizer.__file__).parent),
    }
    synth = SafeSynthesizer(artifact_path=workdir / "artifacts")
    if overrides:  # --set section__field=VALUE, as in run.py (a sweep, not the default path)
        synth._params = apply_overrides(synth.params, dict(o.split("=", 1) for o in overrides), source="benchmark")
        row["overrides"] = overrides
    start = time.perf_counter()
    summary: dict = {}
    try:
        results = synth.with_data_source(csv).with_generate(num_records=num_records).run()
        summary = results.summary
    except Exception as exc:  # a crash is a finding
        row["error"] = f"{type(exc).__name__}: {exc}".strip()[:800]
        row["traceback_tail"] = traceback.format_exc().strip().splitlines()[-6:]
    row["wall_seconds"] = round(time.perf_counter() - start, 1)
    run_path = synth.run_path
    row["run_path"] = str(run_path) if run_path else None
    if run_path is None:
        return row
    manifest_path = run_path / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    stages = manifest.get("stages", {})
    timings = {k: s["seconds"] for k, s in stages.items() if isinstance(s, dict) and "seconds" in s}
    row["timings"] = timings
    if "train" in timings and "generate" in timings:
        row["train_generate_seconds"] = round(timings["train"] + timings["generate"], 1)
    scores = manifest.get("scores") or {}
    row["sqs"] = summary.get("metrics", {}).get("sqs", scores.get("sqs"))
    row["dps"] = summary.get("metrics", {}).get("dps", scores.get("dps"))
    row["invalid_records"] = stages.get("generate", {}).get("num_invalid_records")
    schema_path = run_path / "dataset" / "schema.json"
    if schema_path.exists():
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        inferred, mismatches, notes = typing(schema, intent)
        labelled = [c for c, s in intent.items() if s is not None]
        row["inferred_types"] = inferred
        row["pii_entities"] = {c["name"]: c.get("pii_entity") for c in schema["columns"] if c.get("pii_entity")}
        row["typing_accuracy"] = 1 - len(mismatches) / len(labelled) if labelled else None
        row["typing_mismatches"] = mismatches
        row["format_fact_notes"] = notes
    synthetic_path = run_path / "generate" / "synthetic_data.csv"
    if synthetic_path.exists():
        synthetic = pd.read_csv(synthetic_path, dtype=str, keep_default_na=False)
        row["synthetic_rows"] = len(synthetic)
        shares = placeholder_shares(synthetic)
        row["placeholder_shares"] = {c: s for c, s in shares.items() if s > 0}
        worst = max(shares, key=shares.get) if shares else None
        row["placeholder_max"] = shares[worst] if worst else None
        row["placeholder_column"] = worst if worst and shares[worst] > 0 else None
        real = frame.astype(object).where(frame.notna(), "")
        fidelity = format_fidelity(real, synthetic, intent)
        row["format_fidelity"] = fidelity
        row["format_share"], row["format_worst"], row["format_worst_share"] = _pooled(fidelity, "ok")
        lost = missing_created(real, synthetic)
        row["missing_created"] = {c: round(v, 4) for c, v in lost.items() if abs(v) >= 0.01}
        worst = max(lost, key=lost.get) if lost else None
        row["missing_created_max"], row["missing_created_column"] = (lost[worst], worst) if worst else (None, None)
        copies = reproduced(real, synthetic, intent)
        row["reproduced"] = copies
        worst = max(copies, key=copies.get) if copies else None
        row["reproduced_max"], row["reproduced_column"] = (copies[worst], worst) if worst else (None, None)
        row["identifiers"] = identifier_checks(real, synthetic, intent)
        far = out_of_range(real, synthetic, intent)
        row["out_of_range"] = far
        row["out_of_range_share"], row["out_of_range_worst"], row["out_of_range_worst_share"] = _pooled(far, "far")
    return row


# Table -------------------------------------------------------------------------------------
def _f(value: object, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def to_markdown(rows: list[dict]) -> str:
    header = (
        "| table | rows x cols | placeholder max (column) | typing | format fidelity (worst column) "
        "| far out of range (worst column) | missing created (column) | near-unique input values reproduced "
        "(column) | SQS | DPS | train+gen s | error |"
    )
    lines = [header, "|" + "---|" * 12]
    for r in rows:
        placeholder = _pct(r.get("placeholder_max"))
        if r.get("placeholder_column"):
            placeholder += f" (`{r['placeholder_column']}`)"
        fidelity = _pct(r.get("format_share"))
        if r.get("format_worst") and (r.get("format_worst_share") or 0) < 1:
            fidelity += f" (`{r['format_worst']}` {_pct(r['format_worst_share'])})"
        far = _pct(r.get("out_of_range_share"))
        if r.get("out_of_range_worst") and (r.get("out_of_range_worst_share") or 0) > 0:
            far += f" (`{r['out_of_range_worst']}` {_pct(r['out_of_range_worst_share'])})"
        lost = _pct(r.get("missing_created_max"))
        if (r.get("missing_created_max") or 0) >= 0.01:
            lost += f" (`{r['missing_created_column']}`)"
        copies = _pct(r.get("reproduced_max"))
        if r.get("reproduced_max"):
            copies += f" (`{r['reproduced_column']}`)"
        error = (r.get("error") or "").replace("|", "/").replace("\n", " ")
        lines.append(
            f"| {r['table']} | {r['rows']} x {r['columns']} | {placeholder} | {_pct(r.get('typing_accuracy'))} "
            f"| {fidelity} | {far} | {lost} | {copies} | {_f(r.get('sqs'))} | {_f(r.get('dps'))} "
            f"| {_f(r.get('train_generate_seconds'), 1)} | {error[:200] or '-'} |"
        )
    lines += ["", "Typing mismatches (intended vs `dataset/schema.json`):", ""]
    lines += [f"- {r['table']}.{m}" for r in rows for m in r.get("typing_mismatches", [])] or ["- none"]
    lines += ["", "Format facts missing in the schema (type right, not counted above):", ""]
    lines += [f"- {r['table']}.{m}" for r in rows for m in r.get("format_fact_notes", [])] or ["- none"]
    lines += ["", "Columns with placeholders in the synthetic data:", ""]
    lines += [
        f"- {r['table']}.{c}: {_pct(s)}"
        for r in rows
        for c, s in sorted(r.get("placeholder_shares", {}).items(), key=lambda kv: -kv[1])
    ] or ["- none"]
    lines += ["", "Format failures (columns under 99 %, a few bad values):", ""]
    bad = [
        f"- {r['table']}.{c}: {_pct(e['share'])} {e.get('examples_bad', [])[:3]}"
        for r in rows
        for c, e in r.get("format_fidelity", {}).items()
        if e["share"] is not None and e["share"] < 0.99
    ]
    lines += bad or ["- none"]
    lines += ["", "Identifier columns (synthetic values shaped like input values; repeated ids):", ""]
    ids = [
        f"- {r['table']}.{c}: shape {_pct(e.get('shape_share'))}"
        + (
            f"; rows per id {e['rows_per_id_real']} real / {e.get('rows_per_id_synthetic')} synthetic; ids whose "
            f"per-id constant columns ({', '.join(e['constant_columns'])}) all stay constant: "
            f"{_pct(e.get('entity_consistency'))} (per column: "
            + ", ".join(f"{c} {_pct(v)}" for c, v in e.get("per_column_consistency", {}).items())
            + ")"
            if "constant_columns" in e
            else ""
        )
        for r in rows
        for c, e in r.get("identifiers", {}).items()
    ]
    lines += ids or ["- none"]
    mixes = [
        f"- {r['table']}.{c}: real {e['mix_real']}, synthetic {e['mix_synthetic']}"
        for r in rows
        for c, e in r.get("format_fidelity", {}).items()
        if "mix_real" in e
    ]
    if mixes:
        lines += ["", "Datetime format mix (share of values per format):", "", *mixes]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", default=",".join(TABLES), help="comma-separated names of messy_tables.TABLES")
    parser.add_argument("--tag", default="messy", help="results file name stem")
    parser.add_argument(
        "--records", type=int, default=1000, help="synthetic records per table (0: as many as input rows)"
    )
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per table before it is recorded as hung")
    parser.add_argument(
        "--commit",
        help="measure the src/ of this git revision (exported to a temp dir, put first on PYTHONPATH) "
        "instead of the working tree, e.g. HEAD while others edit src/",
    )
    parser.add_argument("--set", nargs="*", default=[], metavar="section__field=VALUE", help="config overrides")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        row = run_one(args.one, args.records or None, Path(args.workdir), args.set)
        Path(args.out).write_text(json.dumps(row, default=str), encoding="utf-8")
        return
    names = [t.strip() for t in args.tables.split(",") if t.strip()]
    unknown = [t for t in names if t not in TABLES]
    if unknown:
        parser.error(f"unknown tables {unknown}; choose from {list(TABLES)}")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    code = {"head": _git("rev-parse", "HEAD"), "src_dirty": bool(_git("status", "--porcelain", "src")), "commit": None}
    if args.commit:
        export = Path(tempfile.mkdtemp(prefix="ss-messy-src-"))
        archive = subprocess.run(["git", "archive", args.commit, "src"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(export)], input=archive.stdout, check=True)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(export / "src"), env.get("PYTHONPATH")]))
        code.update(commit=_git("rev-parse", args.commit), src_dirty=False)
    print(f"[messy] code: {code}", flush=True)
    rows = []
    for name in names:
        workdir = Path(tempfile.mkdtemp(prefix=f"ss-messy-{name}-"))
        out = workdir / "row.json"
        command = [
            sys.executable,
            __file__,
            "--one",
            name,
            "--out",
            str(out),
            "--workdir",
            str(workdir),
            "--records",
            str(args.records),
            *(["--set", *args.set] if args.set else []),
        ]
        print(f"[messy] {name} -> {workdir}", flush=True)
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=args.timeout)
            failure = None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
        except subprocess.TimeoutExpired:
            failure = f"timed out after {args.timeout:.0f} s"
        if out.exists():
            row = json.loads(out.read_text(encoding="utf-8"))
        else:
            frame, _ = build(name)
            row = {"table": name, "rows": len(frame), "columns": frame.shape[1], "error": f"process died: {failure}"}
        rows.append(row)
        print(
            f"[messy] {name}: placeholder max {_pct(row.get('placeholder_max'))}, typing "
            f"{_pct(row.get('typing_accuracy'))}, SQS {_f(row.get('sqs'))}, error {row.get('error')}",
            flush=True,
        )
        RESULTS.mkdir(parents=True, exist_ok=True)
        result = {"code": code, "records": args.records, "rows": rows}
        (RESULTS / f"{args.tag}.json").write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
        (RESULTS / f"{args.tag}.md").write_text(_code_line(code) + "\n\n" + to_markdown(rows), encoding="utf-8")
    print(to_markdown(rows))


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def _code_line(code: dict) -> str:
    if code.get("commit"):
        return f"Code measured: `src/` of commit {code['commit'][:10]} (exported, not the working tree)."
    dirty = " plus uncommitted changes in `src/`" if code.get("src_dirty") else ""
    return f"Code measured: the working tree at {code.get('head', '?')[:10]}{dirty}."


if __name__ == "__main__":
    main()
