"""False-replacement sweep: the PII dry run over every shared table, every flagged column listed.

The PII stage must not replace anything outside a table's real PII columns. This runs
``detect_pii`` (default config, as a new user would) on every table in ``../shared/data`` and on a
table of hospital category columns (``ward`` named after persons and trees, ``outcome``, ``shift``
...), lists every structured column flagged (entity, confidence, method, evidence) and, for free
text, the spans that would be replaced per entity. Each flag is judged against :data:`REAL_PII`,
the columns that really hold personal data; anything else is a false replacement.

Free-text columns (``Review Text``) are scanned span by span, not replaced whole: the spans found
there are shown with examples so a reader can judge them (reviews hold almost no PII, so nearly
every span found is a false one).

Run: ``.venv/bin/python benchmarks/bench_pii_sweep.py [--out NAME] [--text-rows N]``
-> ``results/NAME.json|md`` (default ``pii_sweep``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pii_heldout4_tables import NEGATIVES as NEGATIVES_4
from bench_pii_heldout6_tables import NEGATIVES as NEGATIVES_6
from bench_pii_heldout_tables import NEGATIVES
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.replace import detect_pii
from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_replace import detect_text
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"

#: Columns that hold personal data (any entity accepted there); every other flag is false.
REAL_PII: dict[str, frozenset[str]] = {
    "lahman_people.csv": frozenset(
        {"nameFirst", "nameLast", "nameGiven", "birthCity", "deathCity", "birthState", "deathState"}
    ),
}
#: Free-text columns: scanned span by span; spans found there are listed, not judged per column.
TEXT_COLUMNS = {"womens_clothing_reviews.csv": ("Title", "Review Text")}


def category_table(n: int = 2000, seed: int = 9301) -> pd.DataFrame:
    """Hospital category columns (wards named after persons and trees) that must not be tagged."""
    rng = np.random.default_rng(seed)
    # Set 4 adds wings named after persons, payers, departments; set 6 rooms named after persons, triage.
    levels = {**NEGATIVES, **NEGATIVES_4, **NEGATIVES_6}
    return pd.DataFrame({k: np.array(v, dtype=object)[rng.integers(0, len(v), size=n)] for k, v in levels.items()})


def _tables() -> dict[str, pd.DataFrame]:
    tables = {p.name: read_table(p) for p in sorted(DATA.glob("*.csv"))}
    tables["categories (ward, outcome, ...)"] = category_table()
    return tables


def _text_examples(series: pd.Series, params: ReplacePiiParameters, limit: int = 12) -> list[str]:
    """Up to ``limit`` spans found in a text column, as ``entity: 'text'`` (public review text)."""
    detector = load_text_detector(params.entities, threshold=params.globals.ner_threshold)
    if detector is None:
        return []
    cells = detect_text(series, detector, None)
    out = []
    for entity, values in cells.values_by_entity().items():
        out += [f"{entity}: {v!r}" for v in values[: max(1, limit // 4)]]
    return out[:limit]


def sweep(text_rows: int) -> dict:
    params = ReplacePiiParameters()
    out: dict = {"tables": {}}
    for name, df in _tables().items():
        t0, c0 = time.perf_counter(), time.process_time()
        text_cols = TEXT_COLUMNS.get(name, ())
        if text_cols and text_rows and len(df) > text_rows:
            df = df.iloc[:text_rows]
        schema = infer_schema(df)
        report = detect_pii(df, schema, params)
        real = REAL_PII.get(name, frozenset())
        flagged = []
        for entry in report.columns:
            column = schema[entry.column]
            evidence = ""
            if entry.entity != E.FREE_TEXT:
                det = detect_column(df[entry.column], column, entities=params.entities)
                evidence = det.evidence if det is not None else entry.method
            verdict = (
                "real PII" if entry.column in real else "free text (spans)" if entry.entity == E.FREE_TEXT else "FALSE"
            )
            row = {
                "column": entry.column, "entity": entry.entity, "confidence": entry.confidence,
                "method": entry.method, "locale": entry.locale, "n": entry.n_values_replaced,
                "spans": entry.span_counts, "evidence": evidence, "verdict": verdict,
            }  # fmt: skip
            if entry.entity == E.FREE_TEXT and entry.n_values_replaced:
                row["examples"] = _text_examples(df[entry.column], params)
            flagged.append(row)
        out["tables"][name] = {
            "rows": len(df), "columns": df.shape[1], "flagged": flagged,
            "missed_real": sorted(real - {f["column"] for f in flagged}),
            "false": [f["column"] for f in flagged if f["verdict"] == "FALSE"],
            "text_cells_with_spans": {
                f["column"]: f["n"] for f in flagged if f["entity"] == E.FREE_TEXT
            },
            "cpu_seconds": round(time.process_time() - c0, 2), "wall_seconds": round(time.perf_counter() - t0, 2),
        }  # fmt: skip
        print(name, [(f["column"], f["entity"], f["verdict"]) for f in flagged], flush=True)
    out["load_average"] = [round(x, 1) for x in os.getloadavg()]
    return out


def markdown(results: dict, text_rows: int) -> str:
    lines = [
        "# PII false-replacement sweep (dry run over every shared table)",
        "",
        "`detect_pii` with the default config on every table of `../shared/data` and on a table of hospital "
        "category columns; every flagged column listed. Verdict: `real PII` (lahman names and birth/death "
        "places), `FALSE` (a false replacement), `free text (spans)` (scanned span by span; spans listed). "
        f"Free-text tables cut to their first {text_rows or 'all'} rows.",
        "",
        "| table | rows x cols | flagged columns | false columns | real PII missed | CPU s |",
        "|---|---|---|---|---|---|",
    ]
    for name, t in results["tables"].items():
        flagged = ", ".join(f"`{f['column']}` {f['entity']}" for f in t["flagged"]) or "none"
        lines.append(
            f"| {name} | {t['rows']} x {t['columns']} | {flagged} | {', '.join(t['false']) or 'none'} | "
            f"{', '.join(t['missed_real']) or 'none'} | {t['cpu_seconds']} |"
        )
    lines += ["", "## Every flagged column", "", "| table | column | entity | conf | method | locale | verdict | "
              "evidence / spans |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for name, t in results["tables"].items():
        for f in t["flagged"]:
            what = f["evidence"] if f["entity"] != E.FREE_TEXT else f"{f['n']} spans {f['spans']}"
            lines.append(
                f"| {name} | `{f['column']}` | {f['entity']} | {f['confidence']} | {f['method']} | {f['locale']} | "
                f"{f['verdict']} | {what} |"
            )
    examples = [(name, f) for name, t in results["tables"].items() for f in t["flagged"] if f.get("examples")]
    if examples:
        lines += ["", "## Spans found in free text (examples)", ""]
        for name, f in examples:
            lines.append(f"- {name} `{f['column']}`: " + "; ".join(f["examples"]))
    lines += ["", f"Load average at the end: {results['load_average']} (2 shared cores).", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="pii_sweep")
    parser.add_argument("--text-rows", type=int, default=5000, help="rows of free-text tables scanned (0: all)")
    parser.add_argument("--results-dir", type=Path, default=RESULTS, help="where NAME.json|md are written")
    args = parser.parse_args()
    results = sweep(args.text_rows)
    args.results_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_json(args.results_dir / f"{args.out}.json", results)
    atomic_write_text(args.results_dir / f"{args.out}.md", markdown(results, args.text_rows))
    print(markdown(results, args.text_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
