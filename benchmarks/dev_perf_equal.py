"""Equality guard for speed-only changes to the PII stage: the same plans, spans and fakes before and after.

Runs ``plan_columns`` (the entry point the held-out runners score) with column names shown and hidden on 25
tables of the seen sets 26 and 27 (first-7 and other locales, several export shapes), ``replace_pii`` on each
(SHA-256 per replaced column: fakes and free-text replacements), the free-text spans of each table's notes
column, and the 100k x 10 throughput table of ``bench_pii.py`` (its plans and replaced columns' SHA-256).
Optionally (``--reviews N``) the spans of the first N women's clothing reviews (the sweep's free-text table).

    PYTHONPATH=/work/s42start/src python benchmarks/dev_perf_equal.py --out /tmp/perf_eq_start.json
    PYTHONPATH=src python benchmarks/dev_perf_equal.py --out /tmp/perf_eq_mine.json --compare /tmp/perf_eq_start.json

A speed-only change must leave the JSON identical (``--compare`` prints the differing keys and exits 1).
The fakes' per-run secret key is fixed to zeros and the script re-runs itself with ``PYTHONHASHSEED=0``
(town confidences read sets in hash order), so two runs of the same code give the same JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii
import heldout26_shapes as set26
import heldout27_shapes as set27
from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.replace_engine import phone_region
from safe_synthesizer.pii.text_detector import load_text_detector

TABLES = (
    (27, "en_US", 27001),
    (27, "en_GB", 27002),
    (27, "de_DE", 27001),
    (27, "de_DE", 27004),
    (27, "fr_FR", 27003),
    (27, "es_ES", 27005),
    (27, "it_IT", 27006),
    (27, "nl_NL", 27002),
    (27, "pl_PL", 27001),
    (27, "sv_AX", 27002),
    (27, "ja_JP", 27001),
    (27, "ru_RU", 27001),
    (27, "pt_BR", 27001),
    (27, "en_IN", 27001),
    (27, "sr_ME", 27001),
    (26, "en_US", 26001),
    (26, "de_DE", 26003),
    (26, "fr_FR", 26002),
    (26, "nl_NL", 26004),
    (26, "zh_CN", 26001),
    (26, "cs_CZ", 26001),
    (26, "es_MX", 26001),
    (26, "kl_GL", 26001),
    (26, "fr_MA", 26002),
    (26, "el_GR", 26001),
)


def _sha(series: pd.Series) -> str:
    return hashlib.sha256(series.astype(str).str.cat(sep="\x1f").encode()).hexdigest()[:16]


def _plans(df: pd.DataFrame, params: ReplacePiiParameters, seed: int) -> dict[str, list]:
    return {
        p.column: [p.entity, p.locale, p.method, p.strategy, round(p.confidence, 6), list(p.date_formats)]
        for p in plan_columns(df, infer_schema(df), params, seed=seed)
    }


def _spans(texts: list[str], params: ReplacePiiParameters) -> list[list]:
    detector = load_text_detector(params.entities, threshold=params.globals.ner_threshold, region=phone_region(params))
    return [[[s.start, s.end, s.entity] for s in spans] for spans in detector.find_spans(texts)]


def table_record(frame: pd.DataFrame, notes_column: str | None) -> dict:
    """Plans shown and hidden, replaced columns' SHA-256 and the notes' spans of one seen table."""
    params = ReplacePiiParameters()
    hidden = frame.rename(columns={c: f"c{i:03d}" for i, c in enumerate(frame.columns)})
    replaced = replace_pii(frame, infer_schema(frame), params, seed=0).data
    notes = [str(v) for v in frame[notes_column].dropna()] if notes_column in frame.columns else []
    return {
        "shown": _plans(frame, params, 0),
        "hidden": _plans(hidden, params, 0),
        "replaced": {c: _sha(replaced[c]) for c in replaced.columns},
        "note_spans": _spans(notes, params),
    }


def throughput_record() -> dict:
    """The 100k x 10 table of ``bench_pii.py --throughput-only``: plans and replaced columns' SHA-256."""
    table = bench_pii.throughput_table()
    params = ReplacePiiParameters(entities=list(KNOWN_ENTITIES))
    replaced = replace_pii(table, infer_schema(table), params, seed=bench_pii.SEED).data
    return {
        "plans": _plans(table, params, bench_pii.SEED),
        "replaced": {c: _sha(replaced[c]) for c in replaced.columns},
    }


def reviews_record(n: int) -> list[list]:
    """Spans of the first ``n`` women's clothing reviews (the sweep's free-text table)."""
    reviews = read_table(bench_pii.DATA / "womens_clothing_reviews.csv")["Review Text"].dropna().astype(str)
    return _spans(list(reviews[:n]), ReplacePiiParameters())


def _fix_randomness() -> None:
    """Re-exec with a fixed hash seed, and give the fakes a fixed key instead of a fresh secret one."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    import safe_synthesizer.pii.fakes as fakes

    fakes.secrets = type("FixedSecrets", (), {"token_bytes": staticmethod(lambda n: bytes(n))})


def main() -> int:
    _fix_randomness()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="a JSON of an earlier run that must be equal")
    parser.add_argument("--reviews", type=int, default=0, help="also the spans of the first N reviews")
    parser.add_argument("--no-throughput", action="store_true")
    args = parser.parse_args()
    out: dict = {}
    for set_no, locale, seed in TABLES:
        t0 = time.process_time()
        t = (set27.heldout27_table if set_no == 27 else set26.heldout26_table)(locale, seed)
        out[f"{set_no}/{locale}/{seed}"] = table_record(t.frame, t.notes_column)
        print(set_no, locale, seed, f"{time.process_time() - t0:.1f} s CPU", flush=True)
    if not args.no_throughput:
        out["throughput"] = throughput_record()
    if args.reviews:
        out["reviews"] = reviews_record(args.reviews)
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False, sort_keys=True))
    if not args.compare:
        return 0
    before = json.loads(Path(args.compare).read_text())
    diff = [k for k in sorted(set(before) | set(out)) if before.get(k) != out.get(k)]
    for k in diff:
        for part in sorted(set(before.get(k, {})) | set(out.get(k, {}))) if isinstance(out.get(k), dict) else [k]:
            a = before.get(k, {}).get(part) if isinstance(before.get(k), dict) else before.get(k)
            b = out.get(k, {}).get(part) if isinstance(out.get(k), dict) else out.get(k)
            if a != b:
                print("DIFF", k, part)
    print("EQUAL" if not diff else f"{len(diff)} of {len(out)} records differ")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
