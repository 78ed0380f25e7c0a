"""PII stage on held-out set 8 (``bench_pii_heldout8_tables.py``, seeds 9801-9802, 27 locales).

Set 8 is measured twice and tuned on never: BEFORE on the code before session 22's fixes (run with
``PYTHONPATH`` pointing at an export of that commit) and AFTER on the head at the end of the
session. Its tables were kept from the people making the fixes.

Per locale: column recall and precision of ``plan_columns`` with the names shown and hidden (as
``c000``...; bare 4-6 digit postcodes and es_ES towns are "don't care" hidden, as in set 7);
free-text recall per entity after ``replace_pii`` (no trace of the entity left: the exact string
for identifiers, every name word for names, every word of a street line that is not a street type
of any set-8 locale; scoring of ``bench_pii_heldout.py``); template words kept outside entities;
replaced phones valid in the locale's country (among originals valid there, and the fake's own
region must be that country: a US fake of a Canadian number does not count); replaced postcodes
in the original's layout; labelled cells left unchanged. The international customer list (ten countries mixed in one
column) is scored per row's country. ``--pipeline`` also runs ``safe-synthesizer run train`` on
three tables with a one-minute training cap and replays every original value against
``dataset/transformed_*.csv``.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout8.py --out NAME [--locales a,b] [--rows N]
[--no-international] [--pipeline DIR] [--results-dir DIR]`` -> ``results/NAME.json|md``; ``--compare
BEFORE,AFTER --out NAME`` writes the before/after table; ``--replay-only DIR`` replays an earlier
``--pipeline`` folder. The command line is the one sets 9-11 share (``pii_heldout_cli.main``, so
``--merge`` and ``--pipeline-tables`` work here too), without their ``PYTHONHASHSEED=0`` re-execution:
set 8's results were all made without it.
"""

from __future__ import annotations

import argparse
import json  # noqa: F401  (kept importable)
import os  # noqa: F401
import re
import subprocess  # noqa: F401
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout8_tables as set8
import pii_heldout_scoring as shared
from pii_heldout_pipeline import replay_values
from pii_heldout_rates import add_replacement, pool_columns_text, pool_pair
from pii_heldout_scoring import (
    _UNIQUE,  # noqa: F401  (values found anywhere are a leak; kept importable from here)
    _cells,
    _commit,  # noqa: F401
    _cpu_seconds,  # noqa: F401
    _dont_care,
    _f,
    _found_in,  # noqa: F401
    _hide,
    _layout,
    _norm,
    _ratio,  # noqa: F401
    _valid,
)
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
TEXT_ENTITIES = ("name", "last_name", "street_address", "email", "phone_number", "iban", "credit_debit_card",
                 "ssn", "national_id", "date_of_birth")  # fmt: skip
GROUPS = (("first 7", set8.SUPPORTED), ("set-7 other 17", tuple(x for x in set8.SET7 if x not in set8.SUPPORTED)),
          ("new 3", set8.ADDED), ("all 27", set8.LOCALES))  # fmt: skip
_WORDS = scoring._WORDS
_TEMPLATE_WORDS = frozenset(
    w.lower() for t in set8.NOTES for w in _WORDS.findall(re.sub(r"\{\w+\}", " ", t))
)  # fmt: skip
_BARE_CODE = re.compile(r"^\s*\d{4,6}\s*$")
# Which note template a note came from (its first words name it in the by-form table).
_FORMS = [
    (" ".join(re.sub(r"\{\w+\}", "X", t).split()[:4]),
     re.compile("".join("(.+?)" if part.startswith("{") else re.escape(part)
                        for part in re.split(r"(\{\w+\})", t)), re.S))
    for t in set8.NOTES
]  # fmt: skip


def note_form(note: str) -> str:
    """The first words of the template ``note`` was written from (``?`` when none matches)."""
    return next((name for name, pattern in _FORMS if pattern.fullmatch(note)), "?")


# Romanian and Greek unit words (later sets add their own, ``pii_heldout_scoring.SET9_STREET_WORDS``).
STREET_WORDS = frozenset({"nr", "bl", "sc", "ap", "et", "πλ", "οδός", "λεωφ"})
# Particles identify no one, in capitals too (``VAN DEN BERG`` -> ``VAN DEN JANSEN`` is caught).
shared.capital_particles()


def _street_type_words() -> frozenset[str]:
    """Street-type words of every set-8 locale (Faker's suffixes/prefixes; Romanian and Greek unit words).

    A kept ``Trail``, ``Drumul`` or ``Bl.`` says nothing about the original street, so with them
    the street scoring of ``bench_pii_heldout.py`` does not count them as a trace.
    """
    return shared.street_type_words(set8.LOCALES, STREET_WORDS)


scoring.GENERIC = scoring.GENERIC | _street_type_words()


def score_columns(df: pd.DataFrame, labels: dict, hidden: bool, locale: str, notes: str | None) -> dict:
    """Recall / precision counts of ``plan_columns``; the notes column must be free text."""
    if hidden:
        notes = f"c{list(df.columns).index(notes):03d}" if notes else None
        df, labels = _hide(df, labels)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    plans = {c: e for c, e in plans.items() if e != "free_text" or c == notes}
    out = {"hit": 0, "pos": 0, "found": 0, "correct": 0, "miss": [], "false": []}
    for column, label in labels.items():
        entity = plans.get(column)
        if column == notes:
            if entity != "free_text":
                out["false"].append(f"{column}:notes->{entity}")
            continue
        if _dont_care(df[column], label, hidden, locale):
            continue
        if label is not None:
            out["pos"] += 1
            out["hit"] += entity in label
            if entity not in label:
                out["miss"].append(f"{column}:{label[0]}->{entity}")
        if entity is not None:
            out["found"] += 1
            out["correct"] += bool(label) and entity in label
            if not label or entity not in label:
                out["false"].append(f"{column}:{label[0] if label else None}->{entity}")
    return out


def _kept_words(original: str, replaced: str, truth: list, locale: str) -> tuple[int, int]:
    entity_words = {w.lower() for _, v in truth for w in _WORDS.findall(v)}
    entity_words |= {w.lower().rstrip(".") for t in set8.TITLES[locale] for w in t.split()}
    words = [w for w in _WORDS.findall(original) if w.lower() in _TEMPLATE_WORDS and w.lower() not in entity_words]
    kept = sum(bool(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", replaced)) for w in words)
    return kept, len(words)


def score_replacement(df: pd.DataFrame, labels: dict, notes: list | None, regions: list[str]) -> dict:
    """Free-text recall, words kept, fake validity per row's region and cells left after ``replace_pii``."""
    t0 = time.process_time()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out: dict = {"text": defaultdict(lambda: [0, 0]), "forms": defaultdict(lambda: [0, 0]), "words": [0, 0],
                 "phone_valid": [0, 0], "phone_by_region": {},
                 "postcode_valid": [0, 0], "survivors": {}, "missed_text": [], "left_examples": [],
                 "replace_cpu": round(time.process_time() - t0, 2)}  # fmt: skip
    if notes is not None:
        locale = regions[0]
        for original, replaced, truth in zip(df[set8.NOTES_COLUMN], result.data[set8.NOTES_COLUMN], notes,
                                             strict=True):  # fmt: skip
            form = note_form(original)
            for entity, value in truth:
                ok = scoring.caught(entity, value, replaced)
                out["text"][entity][0] += ok
                out["text"][entity][1] += 1
                # Lower-case names (chat, proxies) are a form of their own: no capital to go by.
                key = f"{form} / {entity}{' (lower case)' if value.islower() else ''}"
                out["forms"][key][0] += ok
                out["forms"][key][1] += 1
                if not ok:
                    out["missed_text"].append(f"{entity}: {value!r} in {replaced!r}")
            kept, total = _kept_words(original, replaced, truth, locale)
            out["words"][0] += kept
            out["words"][1] += total
    for column, label in labels.items():
        if not label or label == "dont_care" or column == set8.NOTES_COLUMN:
            continue
        left = 0
        for i, b, a in _cells(df[column], result.data[column]):
            region = regions[i if len(regions) > 1 else 0].split("_")[1]
            if b.lower() == a.lower():
                left += 1
                if len(out["left_examples"]) < 30:
                    out["left_examples"].append(f"{label[0]}: {b!r}")
            if label[0] == "phone_number" and _valid(b, region):
                out["phone_valid"][0] += _valid(a, region)
                out["phone_valid"][1] += 1
                out["phone_by_region"].setdefault(region, [0, 0])
                out["phone_by_region"][region][0] += _valid(a, region)
                out["phone_by_region"][region][1] += 1
            if label[0] == "postcode":
                out["postcode_valid"][0] += _layout(b) == _layout(a)
                out["postcode_valid"][1] += 1
        out["survivors"][label[0]] = out["survivors"].get(label[0], 0) + left
    return out


def _summary(agg: dict) -> dict:
    return {
        **shared.summary_rates(agg),
        "phone_by_region": agg.get("phone_by_region", {}),
        "counts": {
            "shown": dict(agg["shown"]),
            "hidden": dict(agg["hidden"]),
            "text": dict(agg["text"]),
            "phone_valid": agg["phone_valid"],
            "postcode_valid": agg["postcode_valid"],
        },
    }


def _new_agg() -> dict:
    return {"shown": defaultdict(int), "hidden": defaultdict(int), "text": defaultdict(lambda: [0, 0]),
            "words": [0, 0], "phone_valid": [0, 0], "postcode_valid": [0, 0],
            "survivors": defaultdict(int), "forms": defaultdict(lambda: [0, 0])}  # fmt: skip


def _add(agg: dict, lists: dict, seed: int, df, labels, notes, regions, notes_col) -> None:
    for mode in ("shown", "hidden"):
        s = score_columns(df, labels, mode == "hidden", regions[0] if len(regions) == 1 else "", notes_col)
        for k in ("hit", "pos", "found", "correct"):
            agg[mode][k] += s[k]
        lists[f"{mode}_miss"] += [f"{seed}/{m}" for m in s["miss"]]
        lists[f"{mode}_false"] += [f"{seed}/{m}" for m in s["false"]]
    r = score_replacement(df, labels, notes, regions)
    add_replacement(agg, lists, r, ("text", "forms"))
    for region, (a, b) in r["phone_by_region"].items():
        agg.setdefault("phone_by_region", {}).setdefault(region, [0, 0])
        agg["phone_by_region"][region][0] += a
        agg["phone_by_region"][region][1] += b


def run(locales: tuple[str, ...], rows: int, international: bool) -> dict:
    per: dict[str, dict] = {}
    for locale in locales:
        agg, lists = _new_agg(), defaultdict(list)
        for seed in set8.SEEDS:
            df, labels, notes = set8.heldout8_table(locale, seed, n=rows)
            _add(agg, lists, seed, df, labels, notes, [locale], set8.NOTES_COLUMN)
        per[locale] = {**_summary(agg), **{k: v[:40] for k, v in lists.items()},
                       "n_missed_text": len(lists["missed_text"])}  # fmt: skip
        print(locale, {k: v for k, v in per[locale].items() if not isinstance(v, list | dict)}, flush=True)
    out: dict = {"locales": per}
    if international:
        agg, lists = _new_agg(), defaultdict(list)
        for seed in set8.SEEDS:
            df, labels, countries = set8.international_table(seed)
            _add(agg, lists, seed, df, labels, None, countries, None)
        out["international"] = {**_summary(agg), **{k: v[:40] for k, v in lists.items()}}
        print("international", {k: v for k, v in out["international"].items() if not isinstance(v, list | dict)})
    return out


# Pipeline replay --------------------------------------------------------------------------------

PIPELINE_TABLES = (("en_GB", 9801), ("de_DE", 9802), ("international", 9801))


def _table(locale: str, seed: int):
    if locale == "international":
        df, labels, _ = set8.international_table(seed)
        return df, labels, None
    return set8.heldout8_table(locale, seed, n=300)


def replay(run_path: Path, labels: dict, notes_by_text: dict[str, list]) -> dict:
    """Original values found again in ``dataset/transformed_*.csv`` (``pii_heldout_pipeline.replay_values``)."""
    labels = {c: v for c, v in labels.items() if c != set8.NOTES_COLUMN}
    return replay_values(run_path, labels, set8.NOTES_COLUMN, notes_by_text)


def _pipeline_table(locale: str, seed: int, n: int = 300) -> SimpleNamespace:
    """A set-8 table (or the international list) as ``pii_heldout_pipeline.pipeline`` takes it."""
    df, labels, notes = _table(locale, seed)
    notes_by_text = {}
    if notes is not None:
        notes_by_text = {_norm(t): truth for t, truth in zip(df[set8.NOTES_COLUMN], notes, strict=True)}
    return SimpleNamespace(frame=df, labels=labels, notes_by_text=notes_by_text, shape=None)


def pipeline(workdir: Path, rerun: bool = True, tables: tuple[tuple[str, int], ...] = PIPELINE_TABLES) -> dict:
    """``safe-synthesizer run train`` on three set-8 tables (unless ``rerun`` is off) and the replay."""
    return shared.pipeline(workdir, tables, _pipeline_table, rerun,
                           lambda run_path, table: replay(run_path, table.labels, table.notes_by_text))  # fmt: skip


# Markdown ---------------------------------------------------------------------------------------


def _pool(per: dict, locales: tuple[str, ...]) -> dict:
    """Columns and free text (``pii_heldout_rates.pool_columns_text``) and fakes valid, pooled over ``locales``."""
    return {**pool_columns_text(per, locales), "phone_valid": pool_pair(per, locales, "phone_valid")}


def markdown(results: dict) -> str:
    per = results["locales"]
    lines = [f"# PII stage on held-out set 8 ({results.get('label', '')})", "",
             f"Tables `bench_pii_heldout8_tables.py` (seeds {list(set8.SEEDS)}, {len(per)} locales, {results['rows']} "
             "rows per table, default config `locales: [en_US]`). Column scores from `plan_columns` (names shown, and "
             "hidden as `c000`...); free-text recall = no trace of the entity left after `replace_pii`; words kept = "
             "template words outside entities unchanged; phone valid = fakes valid in the locale's country among "
             "originals valid there; left = labelled non-empty cells unchanged. "
             f"Code measured: {results.get('commit')}. CPU {results.get('cpu_seconds')} s (process + children), "
             f"load average at start {results.get('load')}.", ""]  # fmt: skip
    if results.get("note"):
        lines += [results["note"], ""]
    cols = ["col recall shown", "col prec shown", "col recall hidden", "col prec hidden", "text recall"]
    cols += [e.replace("_", " ") for e in TEXT_ENTITIES]
    cols += ["words kept", "phone valid", "postcode layout", "cells left"]
    lines += ["| locale | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for locale, r in per.items():
        t = r["text_by_entity"]
        cells = [r["recall_shown"], r["precision_shown"], r["recall_hidden"], r["precision_hidden"], r["text_recall"]]
        cells += [t.get(e) for e in TEXT_ENTITIES] + [r["text_words_kept"], r["phone_valid"], r["postcode_layout"]]
        lines.append(f"| {locale} | " + " | ".join(_f(c) for c in cells) + f" | {sum(r['survivors'].values())} |")
    for title, group in GROUPS:
        group = tuple(x for x in group if x in per)
        if group:
            p = _pool(per, group)
            cells = [p["recall_shown"], p["precision_shown"], p["recall_hidden"], p["precision_hidden"],
                     p["text_recall"]] + [p["text_by_entity"].get(e) for e in TEXT_ENTITIES]  # fmt: skip
            lines.append(f"| **{title}** | " + " | ".join(_f(c) for c in cells) + f" | | {_f(p['phone_valid'])} | | |")
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in per.values():
        for key, (a, n) in r.get("forms", {}).items():
            forms[key][0] += a
            forms[key][1] += n
    if forms:
        lines += ["", "## Free-text recall by note form and entity (all locales)", "",
                  "| note form / entity | caught | of | recall |", "|---|---|---|---|"]  # fmt: skip
        for key, (a, n) in sorted(forms.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            lines.append(f"| {key} | {a} | {n} | {a / n:.3f} |")
    intl = results.get("international")
    if intl:
        lines += ["", "## International customer list (ten countries mixed row by row)", "",
                  f"Column recall shown {_f(intl['recall_shown'])}, precision {_f(intl['precision_shown'])}; hidden "
                  f"{_f(intl['recall_hidden'])} / {_f(intl['precision_hidden'])}. Replaced phones valid for the row's "
                  f"country {_f(intl['phone_valid'])} ({intl['counts']['phone_valid']}; by country "
                  f"{intl.get('phone_by_region', {})}); postcodes in the row's "
                  f"layout {_f(intl['postcode_layout'])}; cells left {intl['survivors']}. Missed shown "
                  f"{intl.get('shown_miss', [])}; false shown {intl.get('shown_false', [])}; missed hidden "
                  f"{intl.get('hidden_miss', [])}; false hidden {intl.get('hidden_false', [])}; left "
                  f"{intl.get('left_examples', [])[:6]}."]  # fmt: skip
    pipe = results.get("pipeline")
    if pipe:
        lines += ["", "## Pipeline (`safe-synthesizer run train`, 1-minute cap): replay over `transformed_*.csv`", "",
                  "Same row: a labelled cell of `training.csv`/`test.csv`, or a full name, identifier or street of the "
                  "row's note, found as a whole cell or whole word in the same row of the transformed file. Anywhere: "
                  "identifiers, streets and addresses found in any cell of either transformed file.", "",
                  "| table | exit | files | values checked | same row | anywhere | examples |",
                  "|---|---|---|---|---|---|---|"]  # fmt: skip
        for tag, r in pipe.items():
            lines.append(f"| {tag} | {r.get('returncode')} | {r.get('files')} | {sum(r.get('checked', {}).values())} | "
                         f"{r.get('same_row')} | {r.get('anywhere')} | {r.get('same_row_examples')} "
                         f"{r.get('anywhere_examples')} |")  # fmt: skip
    lines += ["", "## Misses per locale", ""]
    for locale, r in per.items():
        lines.append(f"- **{locale}**: shown missed {r.get('shown_miss', [])[:8]}; shown false "
                     f"{r.get('shown_false', [])[:6]}; hidden missed {r.get('hidden_miss', [])[:8]}; hidden false "
                     f"{r.get('hidden_false', [])[:6]}; cells left {r['survivors']} e.g. "
                     f"{r.get('left_examples', [])[:3]}; text misses {r.get('n_missed_text', 0)}")  # fmt: skip
        for m in r.get("missed_text", [])[:4]:
            lines.append(f"  - text kept {m[:260]!s}")
    return "\n".join(lines) + "\n"


def compare(before: dict, after: dict) -> str:
    """Before/after per locale (columns, text per entity, fake validity) and per group."""
    pb, pa = before["locales"], after["locales"]
    keys = ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall", "phone_valid",
            "postcode_layout")  # fmt: skip
    lines = ["# Held-out set 8: before and after session 22's PII fixes", "",
             f"Before: {before.get('commit')} (`pii_heldout8_before.md`); after: {after.get('commit')} "
             f"(`pii_heldout8_after.md`). Same tables, each run once.", "",
             "| locale | " + " | ".join(k.replace("_", " ") for k in keys) + " | names | surnames | streets | phones |",
             "|" + "---|" * (len(keys) + 5)]  # fmt: skip
    for locale in pa:
        b, a = pb.get(locale, {}), pa[locale]
        tb, ta = b.get("text_by_entity", {}), a["text_by_entity"]
        cells = [f"{_f(b.get(k))} → {_f(a.get(k))}" for k in keys]
        cells += [f"{_f(tb.get(e))} → {_f(ta.get(e))}" for e in ("name", "last_name", "street_address", "phone_number")]
        lines.append(f"| {locale} | " + " | ".join(cells) + " |")
    lines += ["", "| group | measure | before | after |", "|---|---|---|---|"]
    for title, group in GROUPS:
        group = tuple(x for x in group if x in pa and x in pb)
        if not group:
            continue
        gb, ga = _pool(pb, group), _pool(pa, group)
        for key in ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall",
                    "phone_valid"):  # fmt: skip
            lines.append(f"| {title} | {key.replace('_', ' ')} | {_f(gb[key])} | {_f(ga[key])} |")
        for e in TEXT_ENTITIES:
            if ga["text_by_entity"].get(e) is not None:
                lines.append(f"| {title} | text {e.replace('_', ' ')} | {_f(gb['text_by_entity'].get(e))} | "
                             f"{_f(ga['text_by_entity'].get(e))} |")  # fmt: skip
    ib, ia = before.get("international"), after.get("international")
    if ib and ia:
        for key in keys:
            lines.append(f"| international list | {key.replace('_', ' ')} | {_f(ib.get(key))} | {_f(ia.get(key))} |")
    return "\n".join(lines) + "\n"


def _spec() -> shared.HeldoutSet:
    """Set 8's particulars for the shared command line (its reports are its own ``markdown``/``compare``)."""
    return shared.HeldoutSet(8, set8, set8.heldout8_table, GROUPS, PIPELINE_TABLES, "set 7's",
                             "# Held-out set 8: before and after session 22's PII fixes", "")  # fmt: skip


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-international", action="store_true", help="leave out the ten-country customer list")


def main() -> None:
    shared.main(_spec(), run=run, pipeline=pipeline, markdown=markdown, compare=compare, add_options=_add_options,
                run_options=lambda args: {"international": not args.no_international}, pin_hash_seed=False)

if __name__ == "__main__":
    main()
