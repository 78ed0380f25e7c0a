"""PII column detection across locales: recall/precision per entity and locale, names shown/hidden.

Tables come from :mod:`locale_tables` (Faker per locale, seeds 101-103, multilingual decorated
column names, lower/upper case values, 20% invented first/last names, category negatives). Each is
scored twice: with its column names, and with every column renamed ``c000``... so only values
decide. With names hidden, two labels cannot be decided from values by anyone and are counted as
"don't care" (neither a hit nor a false positive): dates of birth (any date column) and postcodes
written as five bare digits (any 5-digit code). Also scored: the detected locale of each PII
column, false positives on every table in ``/work/shared/data`` (outside Lahman's real name and
place columns), and detection time.

Rows score the whole planning step (``plan_columns``: detector, then the replacement side's
free-text and address rules); one row scores the column detector alone.

Run: ``.venv/bin/python benchmarks/bench_pii_locales.py [--out NAME]`` -> ``results/NAME.json|md``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from locale_tables import LOCALES, locale_table
from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.pii.column_detector import detect_columns
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
if not DATA.is_dir():  # a git worktree elsewhere (the "before" run)
    DATA = Path("/work/shared/data")
RESULTS = ROOT / "benchmarks" / "results"
SEEDS = (101, 102, 103)
# Real PII columns of the shared tables (any of these entities is accepted there).
SHARED_PII = {
    "lahman_people.csv": {
        "nameFirst": ("first_name", "name"), "nameLast": ("last_name",), "nameGiven": ("first_name", "name"),
        "birthCity": ("city",), "deathCity": ("city",), "birthState": ("state",), "deathState": ("state",),
    },
}  # fmt: skip
_FIVE_DIGITS = re.compile(r"^\d{5}$")


def _plans(df: pd.DataFrame, params: ReplacePiiParameters) -> dict[str, tuple[str, str | None]]:
    plans = plan_columns(df, infer_schema(df), params, seed=0)
    return {p.column: (p.entity, getattr(p, "locale", None)) for p in plans if p.entity not in ("free_text",)}


def _dont_care(df: pd.DataFrame, column: str, labels: tuple[str, ...], locale: str) -> bool:
    if labels[0] == "date_of_birth":
        return True
    if labels[0] == "city" and locale == "es_ES":
        return True  # Faker's es_ES towns are drawn from its province list: the same values as a state column
    if labels[0] == "postcode":
        values = df[column].dropna().astype(str)
        return bool(values.str.match(_FIVE_DIGITS).mean() > 0.5)
    return False


def _rate(hits: dict, index: int, key: str) -> float:
    rows = [v for k, v in hits.items() if k[index] == key]
    return round(sum(v[0] for v in rows) / max(1, sum(v[1] for v in rows)), 4)


def score_tables(params: ReplacePiiParameters, hidden: bool) -> dict:
    """Recall per (entity, locale), precision, locale accuracy over all seeds and locales."""
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    n_found = n_correct = 0
    locale_ok: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses, false = [], []
    seconds = 0.0
    det_hit = det_pos = det_found = det_correct = 0  # the column detector alone (before plan_columns)
    for locale in LOCALES:
        for seed in SEEDS:
            df, labels, true_locales = locale_table(locale, seed)
            if hidden:
                rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                df = df.rename(columns=rename)
                labels = {rename[c]: v for c, v in labels.items()}
                true_locales = {rename[c]: v for c, v in true_locales.items()}
            t0 = time.perf_counter()
            found = _plans(df, params)
            seconds += time.perf_counter() - t0
            alone = {c: d.entity for c, d in detect_columns(df, infer_schema(df), entities=params.entities).items()}
            for column, label in labels.items():
                care = label is not None and not (hidden and _dont_care(df, column, label, locale))
                if care:
                    det_pos += 1
                    det_hit += alone.get(column) in label
                if column in alone and (care or label is None):
                    det_found += 1
                    det_correct += bool(label) and alone[column] in label
                if care:
                    ok = found.get(column, (None,))[0] in label
                    hits[(label[0], locale)][0] += ok
                    hits[(label[0], locale)][1] += 1
                    if not ok:
                        misses.append(f"{locale}/{seed}/{column}:{label[0]}->{found.get(column, (None,))[0]}")
                    # Faker's en_US IBANs are British: the value's country is the truth, skip them.
                    skip = ("ssn", "credit_debit_card", "date_of_birth") + (("iban",) if locale == "en_US" else ())
                    if ok and label[0] not in skip:
                        given = found[column][1]
                        locale_ok[locale][0] += given == true_locales[column]
                        locale_ok[locale][1] += given is not None
                        locale_ok[locale][2] += 1
                if column in found and (care or label is None):
                    n_found += 1
                    n_correct += bool(label) and found[column][0] in label
                    if not label:
                        false.append(f"{locale}/{seed}/{column}->{found[column][0]}")
    n_hit = sum(v[0] for v in hits.values())
    n_pos = sum(v[1] for v in hits.values())
    by_locale = {loc: _rate(hits, 1, loc) for loc in LOCALES}
    by_entity = {e: _rate(hits, 0, e) for e in sorted({k[0] for k in hits})}
    return {
        "recall": round(n_hit / n_pos, 4),
        "precision": round(n_correct / n_found, 4) if n_found else 0.0,
        "n_positive": n_pos,
        "detector_recall": round(det_hit / det_pos, 4),
        "detector_precision": round(det_correct / det_found, 4) if det_found else 0.0,
        "recall_by_locale": by_locale,
        "recall_by_entity": by_entity,
        "recall_by_entity_locale": {f"{e}/{loc}": round(v[0] / v[1], 3) for (e, loc), v in sorted(hits.items())},
        # (correct / locales given, locales given / PII columns found)
        "locale_accuracy": {loc: round(v[0] / max(1, v[1]), 3) for loc, v in sorted(locale_ok.items())},
        "locale_coverage": {loc: round(v[1] / max(1, v[2]), 3) for loc, v in sorted(locale_ok.items())},
        "missed": misses,
        "false_positives": false,
        "detect_seconds": round(seconds, 2),
    }


def shared_false_positives(params: ReplacePiiParameters, n: int = 3000) -> dict:
    """Columns tagged in the shared real tables beyond their real PII columns (names shown/hidden)."""
    out: dict[str, dict] = {}
    for path in sorted(DATA.glob("*.csv")):
        df = read_table(path)
        df = df.sample(min(n, len(df)), random_state=0).reset_index(drop=True)
        allowed = SHARED_PII.get(path.name, {})
        shown = _plans(df, params)
        rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
        back = {v: k for k, v in rename.items()}
        hidden = {back[c]: v for c, v in _plans(df.rename(columns=rename), params).items()}
        out[path.name] = {
            "shown": {c: e for c, (e, _) in shown.items() if e not in allowed.get(c, ())},
            "hidden": {c: e for c, (e, _) in hidden.items() if e not in allowed.get(c, ())},
            "real_found": {c: shown.get(c, (None,))[0] for c in allowed},
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_locales")
    args = parser.parse_args()
    params = ReplacePiiParameters(entities=list(KNOWN_ENTITIES))
    results = {
        "names_shown": score_tables(params, hidden=False),
        "names_hidden": score_tables(params, hidden=True),
        "shared_tables": shared_false_positives(params),
        "targets": {"recall": 0.99, "precision": 0.97},
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    atomic_write_json(RESULTS / f"{args.out}.json", results)
    atomic_write_text(RESULTS / f"{args.out}.md", markdown(results))
    print(markdown(results))
    return 0


def markdown(r: dict) -> str:
    s, h = r["names_shown"], r["names_hidden"]
    lines = [
        "# PII column detection per locale",
        "",
        f"Seeds {SEEDS}, {len(LOCALES)} locales; {s['n_positive']} PII columns with names shown, "
        f"{h['n_positive']} with names hidden (don't-care when hidden: dates of birth, 5-digit postcodes, es_ES "
        "towns, whose Faker values are the province list).",
        "",
        "| | recall shown | recall hidden | locale correct when given (shown) | locale given |",
        "|---|---|---|---|---|",
    ]
    for loc in LOCALES:
        acc, cov = s["locale_accuracy"].get(loc, "-"), s.get("locale_coverage", {}).get(loc, "-")
        lines.append(f"| {loc} | {s['recall_by_locale'][loc]:.3f} | {h['recall_by_locale'][loc]:.3f} | {acc} | {cov} |")
    lines += [
        f"| **all** | **{s['recall']:.3f}** | **{h['recall']:.3f}** | | |",
        f"| precision | {s['precision']:.3f} | {h['precision']:.3f} | | |",
        f"| column detector alone: recall / precision | {s.get('detector_recall', 0):.3f} / "
        f"{s.get('detector_precision', 0):.3f} | {h.get('detector_recall', 0):.3f} / "
        f"{h.get('detector_precision', 0):.3f} | | |",
        "",
        "| entity | recall shown | recall hidden |",
        "|---|---|---|",
    ]
    for e, v in s["recall_by_entity"].items():
        lines.append(f"| {e} | {v:.3f} | {h['recall_by_entity'].get(e, float('nan')):.3f} |")
    lines += ["", "Shared tables, columns tagged beyond their real PII (shown / hidden):", ""]
    for name, d in r["shared_tables"].items():
        real = f"; real PII found: {d['real_found']}" if d["real_found"] else ""
        lines.append(f"- {name}: {d['shown'] or 'none'} / {d['hidden'] or 'none'}{real}")
    lines += [
        "",
        f"Missed (shown, first 30): {s['missed'][:30] or 'none'}",
        f"False positives (shown): {s['false_positives'] or 'none'}",
        f"Missed (hidden, first 30): {h['missed'][:30] or 'none'}",
        f"False positives (hidden): {h['false_positives'] or 'none'}",
        f"Detection seconds (21 tables each): shown {s['detect_seconds']}, hidden {h['detect_seconds']}; "
        f"{os.cpu_count()} shared cores.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
