"""Scoring, aggregation and markdown shared by the held-out PII runners (sets 8, 9 and 10).

The runners ``bench_pii_heldout9.py`` and ``bench_pii_heldout10.py`` were near copies (scoring,
aggregation, markdown; set 10's was copied from set 9's "so the numbers compare"); set 8's shares
the helpers whose code was the same. What is specific to a set stays in its runner: its tables module,
groups, pipeline tables, street words and report texts (a :class:`HeldoutSet`), and every top-level
name the runner had stays importable from it with the same behaviour.

Metrics (of set 9 and 10): per locale, column recall and precision of ``plan_columns`` with the names
shown and hidden (``c000``...; bare 4-6 digit postcodes are "don't care" hidden; region and
branch-town columns are "don't care" always); free-text recall per entity after ``replace_pii`` (no
trace left, ``bench_pii_heldout.caught``; in ja/zh notes name parts of 2+ characters and the street's
leading name are looked for as substrings); template words kept (by note form); replaced phones valid
in the locale's country (among originals valid there); replaced postcodes in the original's layout;
labelled cells left unchanged; ``pipeline`` runs ``safe-synthesizer run train`` and replays every
original value against ``dataset/transformed_*.csv``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pandas as pd
import phonenumbers
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
TEXT_ENTITIES = ("name", "last_name", "street_address", "email", "phone_number", "iban", "credit_debit_card",
                 "ssn", "national_id", "date_of_birth")  # fmt: skip
# Issue 11's targets, shown next to the group numbers.
TARGETS = {"recall_shown": 0.99, "precision_shown": 0.97, "recall_hidden": 0.99, "precision_hidden": 0.97,
           "text_recall": 0.95, "name": 0.90, "last_name": 0.90, "street_address": 0.90, "email": 1.0,
           "phone_number": 1.0, "ssn": 1.0, "credit_debit_card": 1.0, "iban": 1.0, "phone_valid": 0.99,
           "postcode_layout": 0.99}  # fmt: skip
_WORDS = scoring._WORDS
_BARE_CODE = re.compile(r"^\s*\d{4,6}\s*$")
_CJK_SPLIT = re.compile(r"[\s\d:：,，、。.（）()【】\-+]+")
# Locales whose notes have no spaces between words (set 9 and 10 alike).
CJK = ("ja_JP", "zh_CN")


@dataclass(frozen=True)
class HeldoutSet:
    """What is specific to one held-out set: its number, tables module (``SEEDS``, ``LOCALES``,
    ``N_ROWS``, ``CJK``, ``TITLES``, ``LANG``, ``template_literals``, ``region``), table builder,
    groups of locales, pipeline tables and the texts of its reports."""

    number: int
    tables: ModuleType
    build: Callable
    groups: tuple
    pipeline_tables: tuple[tuple[str, int], ...]
    metrics_as: str  # "set 9's": whose metrics the set's numbers compare with
    compare_title: str
    compare_intro: str

# Set 9's own street unit/type words (set 10 adds its own, see ``street_type_words``).
SET9_STREET_WORDS = frozenset({"nr", "bl", "sc", "ap", "et", "πλ", "οδός", "λεωφ", "no", "caddesi", "cad", "sokak",
                               "sok", "bulvarı", "utca", "út", "tér", "ulica", "ul", "trg", "cesta"})  # fmt: skip


def capital_particles() -> None:
    """Particles identify no one, in capitals too (``VAN DEN BERG`` -> ``VAN DEN JANSEN`` is caught):
    widens ``bench_pii_heldout.PARTICLES`` (what each runner did at import)."""
    scoring.PARTICLES = scoring.PARTICLES | {p.upper() for p in scoring.PARTICLES}


def street_type_words(locales: tuple[str, ...], extra: frozenset[str]) -> frozenset[str]:
    """Street-type words of every locale of a set (Faker's suffixes/prefixes) and the set's own ``extra``
    unit/type words.

    A kept ``Trail``, ``utca`` or ``Caddesi`` says nothing about the original street, so the street
    scoring of ``bench_pii_heldout.py`` does not count them as a trace (a runner adds them to
    ``bench_pii_heldout.GENERIC`` at import).
    """
    words = set(extra)
    for locale in locales:
        for provider in Faker(locale).providers:
            for attr in dir(provider):
                if attr.startswith("_") or "title" in attr:
                    continue
                if not any(k in attr for k in ("street_suffix", "street_prefix", "street_type")):
                    continue
                value = getattr(provider, attr)
                if isinstance(value, list | tuple | dict):
                    words |= {w.lower().strip(".") for x in value if isinstance(x, str) for w in x.split()}
    return frozenset(words)


def caught(entity: str, value: str, text: str, locale: str, cjk: tuple[str, ...] = CJK) -> bool:
    """No trace of the original ``value`` left in the replaced note ``text``.

    ja/zh text has no spaces between words, so the word-boundary search of ``bench_pii_heldout.py``
    would never see a kept name there: name parts of 2+ characters (or the whole name when every
    part is one character) and the leading name of a street are looked for as substrings instead.
    """
    if locale not in cjk:
        return scoring.caught(entity, value, text)
    if entity in ("name", "last_name"):
        parts = [p for p in value.split() if len(p) > 1]
        if not parts:
            parts = [value.replace(" ", "")]
        return not any(p in text for p in parts)
    if entity == "street_address":
        lead = re.match(r"\D+", value)
        if value in text:
            return False
        return not (lead and len(lead.group(0)) > 1 and lead.group(0) in text)
    return value not in text


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime


def _commit() -> str:
    import safe_synthesizer

    src = Path(safe_synthesizer.__file__).resolve().parents[2]
    if (src / ".git").exists() or src == ROOT:
        cmd = ["git", "-C", str(src), "rev-parse", "--short", "HEAD"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        return out.stdout.strip() + " (working tree)"
    marker = src / "COMMIT"
    return f"export of {marker.read_text().strip()} at {src}" if marker.exists() else f"export at {src}"


def _hide(df: pd.DataFrame, labels: dict) -> tuple[pd.DataFrame, dict]:
    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
    return df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}


def _dont_care(values: pd.Series, label, hidden: bool, locale: str) -> bool:
    if label == "dont_care":
        return True
    if not hidden or label is None:
        return False
    if label[0] == "postcode":  # bare 4-6 digit codes: any number column of that width
        return bool(values.dropna().astype(str).str.match(_BARE_CODE).mean() > 0.5)
    return label[0] == "city" and locale == "es_ES"  # Faker's Spanish towns are its province list


def score_columns(df: pd.DataFrame, labels: dict, hidden: bool, locale: str, notes: str) -> dict:
    """Recall / precision counts of ``plan_columns``; the notes column must be free text."""
    if hidden:
        notes = f"c{list(df.columns).index(notes):03d}"
        df, labels = _hide(df, labels)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    plans = {c: e for c, e in plans.items() if e != "free_text" or c == notes}
    out: dict = {"hit": 0, "pos": 0, "found": 0, "correct": 0, "miss": [], "false": [], "by_entity": {}}
    if plans.get(notes) != "free_text":
        out["false"].append(f"{notes}:notes->{plans.get(notes)}")
    for column, label in labels.items():
        entity = plans.get(column)
        if _dont_care(df[column], label, hidden, locale):
            continue
        if label is not None:
            out["pos"] += 1
            out["hit"] += entity in label
            out["by_entity"].setdefault(label[0], [0, 0])
            out["by_entity"][label[0]][0] += entity in label
            out["by_entity"][label[0]][1] += 1
            if entity not in label:
                out["miss"].append(f"{column}:{label[0]}->{entity}")
        if entity is not None:
            out["found"] += 1
            out["correct"] += bool(label) and entity in label
            if not label or entity not in label:
                out["false"].append(f"{column}:{label[0] if label else None}->{entity}")
    return out


def _valid(value: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _layout(value: str) -> str:
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", value.strip().upper()))


def _template_words(locale: str, tables: ModuleType) -> dict[str, list[str]]:
    """Per note form, the words of the template's own text (ja/zh: its runs between punctuation);
    ``tables`` is the set's tables module (``TITLES``, ``LANG``, ``template_literals``, ``CJK``)."""
    titles = {w.lower().rstrip(".") for t in tables.TITLES[tables.LANG[locale]] for w in t.split()}
    out = {}
    for form, literals in tables.template_literals(locale).items():
        if locale in tables.CJK:
            words = [w for lit in literals for w in _CJK_SPLIT.split(lit) if len(w) > 1]
        else:
            words = [w for lit in literals for w in _WORDS.findall(lit) if w.lower().rstrip(".") not in titles]
        out[form] = words
    return out


def _kept_words(words: list[str], replaced: str, cjk: bool) -> tuple[int, int]:
    if cjk:
        return sum(w in replaced for w in words), len(words)
    return sum(bool(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", replaced)) for w in words), len(words)


def _cells(before: pd.Series, after: pd.Series):
    """(row, original stripped, replaced stripped) of the non-missing cells."""
    for i, (b, a) in enumerate(zip(before, after, strict=True)):
        if b is None or (isinstance(b, float) and pd.isna(b)) or not str(b).strip():
            continue
        yield i, str(b).strip(), "" if a is None or (isinstance(a, float) and pd.isna(a)) else str(a).strip()


def score_replacement(table, locale: str, tables: ModuleType, caught: Callable[..., bool] = caught) -> dict:
    """Free-text recall, words kept, fake validity and cells left after ``replace_pii`` (``tables``:
    the set's tables module; ``caught(entity, value, text, locale)``: the runner's trace test)."""
    df, labels = table.frame, table.labels
    t0 = time.process_time()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out: dict = {"text": defaultdict(lambda: [0, 0]), "forms": defaultdict(lambda: [0, 0]), "words": [0, 0],
                 "form_words": defaultdict(lambda: [0, 0]), "phone_valid": [0, 0], "postcode_valid": [0, 0],
                 "survivors": {}, "missed_text": [], "left_examples": [],
                 "replace_cpu": round(time.process_time() - t0, 2)}  # fmt: skip
    words_by_form = _template_words(locale, tables)
    cjk = locale in tables.CJK
    replaced_notes = result.data[table.notes_column].tolist()
    for replaced, truth, form in zip(replaced_notes, table.notes, table.forms, strict=True):
        if not form:
            continue
        replaced = "" if replaced is None or (isinstance(replaced, float) and pd.isna(replaced)) else str(replaced)
        for entity, value in truth:
            ok = caught(entity, value, replaced, locale)
            out["text"][entity][0] += ok
            out["text"][entity][1] += 1
            # Lower-case names (SMS, manifests) are a form of their own: no capital to go by.
            case = ""
            if entity in ("name", "last_name"):
                case = " (lower case)" if value.islower() else " (upper case)" if value.isupper() else ""
            key = f"{form} / {entity}{case}"
            out["forms"][key][0] += ok
            out["forms"][key][1] += 1
            if not ok:
                out["missed_text"].append(f"{entity}: {value!r} in {replaced!r}")
        kept, total = _kept_words(words_by_form[form], replaced, cjk)
        out["words"][0] += kept
        out["words"][1] += total
        out["form_words"][form][0] += kept
        out["form_words"][form][1] += total
    reg = tables.region(locale)
    for column, label in labels.items():
        if not label or label == "dont_care":
            continue
        left = 0
        for _, b, a in _cells(df[column], result.data[column]):
            if b.lower() == a.lower():
                left += 1
                if len(out["left_examples"]) < 30:
                    out["left_examples"].append(f"{label[0]}: {b!r}")
            if label[0] == "phone_number" and _valid(b, reg):
                out["phone_valid"][0] += _valid(a, reg)
                out["phone_valid"][1] += 1
            if label[0] == "postcode":
                out["postcode_valid"][0] += _layout(b) == _layout(a)
                out["postcode_valid"][1] += 1
        out["survivors"][label[0]] = out["survivors"].get(label[0], 0) + left
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _new_agg() -> dict:
    return {"shown": defaultdict(int), "hidden": defaultdict(int), "text": defaultdict(lambda: [0, 0]),
            "words": [0, 0], "phone_valid": [0, 0], "postcode_valid": [0, 0], "survivors": defaultdict(int),
            "forms": defaultdict(lambda: [0, 0]), "form_words": defaultdict(lambda: [0, 0]),
            "shown_entity": defaultdict(lambda: [0, 0]), "hidden_entity": defaultdict(lambda: [0, 0])}  # fmt: skip


def summary_rates(agg: dict) -> dict:
    """A locale's rates from its pooled counts (every set's runner reports these first)."""
    text = {e: _ratio(a, b) for e, (a, b) in sorted(agg["text"].items())}
    total = [sum(v[0] for v in agg["text"].values()), sum(v[1] for v in agg["text"].values())]
    return {
        "recall_shown": _ratio(agg["shown"]["hit"], agg["shown"]["pos"]),
        "precision_shown": _ratio(agg["shown"]["correct"], agg["shown"]["found"]),
        "recall_hidden": _ratio(agg["hidden"]["hit"], agg["hidden"]["pos"]),
        "precision_hidden": _ratio(agg["hidden"]["correct"], agg["hidden"]["found"]),
        "text_recall": _ratio(*total),
        "text_words_kept": _ratio(*agg["words"]),
        "phone_valid": _ratio(*agg["phone_valid"]),
        "postcode_layout": _ratio(*agg["postcode_valid"]),
        "text_by_entity": text,
        "survivors": dict(agg["survivors"]),
        "forms": {k: list(v) for k, v in sorted(agg["forms"].items())},
    }


def _summary(agg: dict) -> dict:
    return {
        **summary_rates(agg),
        "form_words": {k: list(v) for k, v in sorted(agg["form_words"].items())},
        "counts": {
            "shown": dict(agg["shown"]),
            "hidden": dict(agg["hidden"]),
            "text": dict(agg["text"]),
            "words": agg["words"],
            "phone_valid": agg["phone_valid"],
            "postcode_valid": agg["postcode_valid"],
            "shown_entity": {k: list(v) for k, v in sorted(agg["shown_entity"].items())},
            "hidden_entity": {k: list(v) for k, v in sorted(agg["hidden_entity"].items())},
        },
    }


def run(
    locales: tuple[str, ...],
    rows: int,
    build: Callable,
    seeds: tuple[int, ...],
    score_columns: Callable[..., dict] = score_columns,
    score_replacement: Callable[..., dict] = score_replacement,
) -> dict:
    """Per locale, every seed's table (``build(locale, seed, n=rows)``) scored for columns (shown and
    hidden) and replacement (``score_replacement(table, locale)``); pooled counts and examples."""
    per: dict[str, dict] = {}
    for locale in locales:
        agg, lists = _new_agg(), defaultdict(list)
        shapes: list[str] = []
        digest = hashlib.sha256()  # the same tables BEFORE and AFTER
        cpu0 = _cpu_seconds()
        for seed in seeds:
            table = build(locale, seed, n=rows)
            shapes.append(table.shape)
            digest.update(table.frame.to_csv(index=False).encode() + repr((table.labels, table.notes)).encode())
            for mode in ("shown", "hidden"):
                s = score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
                for k in ("hit", "pos", "found", "correct"):
                    agg[mode][k] += s[k]
                for e, (a, b) in s["by_entity"].items():
                    agg[f"{mode}_entity"][e][0] += a
                    agg[f"{mode}_entity"][e][1] += b
                lists[f"{mode}_miss"] += [f"{seed}/{m}" for m in s["miss"]]
                lists[f"{mode}_false"] += [f"{seed}/{m}" for m in s["false"]]
            r = score_replacement(table, locale)
            for key in ("text", "forms", "form_words"):
                for k, (a, b) in r[key].items():
                    agg[key][k][0] += a
                    agg[key][k][1] += b
            for k in ("words", "phone_valid", "postcode_valid"):
                agg[k][0] += r[k][0]
                agg[k][1] += r[k][1]
            for k, v in r["survivors"].items():
                agg["survivors"][k] += v
            lists["missed_text"] += r["missed_text"]
            lists["left_examples"] += r["left_examples"]
        per[locale] = {**_summary(agg), **{k: v[:40] for k, v in lists.items()}, "shapes": shapes,
                       "tables_sha256": digest.hexdigest()[:16], "cpu_seconds": round(_cpu_seconds() - cpu0, 1),
                       "n_missed_text": len(lists["missed_text"])}  # fmt: skip
        print(locale, {k: v for k, v in per[locale].items() if not isinstance(v, list | dict)}, flush=True)
    return {"locales": per}


# Pipeline replay --------------------------------------------------------------------------------

# Values no other record's fake could equal by chance: found anywhere, they are a leak.
_UNIQUE = ("email", "phone_number", "iban", "credit_debit_card", "national_id", "ssn", "street_address", "address")


def _norm(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def _found_in(value: str, cells: list[str]) -> bool:
    """``value`` is a whole cell (case-insensitive) or, when 4+ characters, a whole word inside one."""
    low = value.lower()
    if low and any(c.lower() == low for c in cells):
        return True
    if len(value) < 4:
        return False
    # Hyphens bound words too: ``Johann`` inside the fake street ``Johann-Weinhold-Weg`` is no leak.
    pattern = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])")
    return any(value in c and pattern.search(c) for c in cells)


def replay(run_path: Path, table) -> dict:
    """Original values found again in ``dataset/transformed_*.csv`` (same row, and identifiers anywhere)."""
    checked: dict[str, int] = defaultdict(int)
    same_row: dict[str, list[str]] = defaultdict(list)
    anywhere: dict[str, list[str]] = defaultdict(list)
    all_cells: list[str] = []
    uniques: list[tuple[str, str]] = []
    files = 0
    labels = {c.strip(): v for c, v in table.labels.items()}  # the loader strips column names
    notes_col = table.notes_column.strip()
    notes_by_text = {_norm(t): truth for t, truth in zip(table.frame[table.notes_column], table.notes, strict=True)}
    for split in ("training", "test"):
        out_path = run_path / "dataset" / f"transformed_{split}.csv"
        if not out_path.exists():
            continue
        files += 1
        orig = pd.read_csv(run_path / "dataset" / f"{split}.csv", dtype=str, keep_default_na=False)
        out = pd.read_csv(out_path, dtype=str, keep_default_na=False)
        all_cells += [_norm(v) for col in out.columns for v in out[col]]
        pii_cols = [c for c in out.columns if c == notes_col or labels.get(c) not in (None, "dont_care")]
        for i in range(min(len(orig), len(out))):
            row_out = [_norm(v) for v in out.iloc[i][pii_cols]]
            for column in [*labels, notes_col]:
                if column not in orig.columns:
                    continue
                value = _norm(orig.iloc[i][column])
                if column == notes_col:
                    for entity, v in notes_by_text.get(value, []):
                        if entity in ("name", "last_name") and len(v.split()) < 2:
                            continue  # a lone word: scored in the text recall, not replayed
                        checked[f"text {entity}"] += 1
                        if _found_in(v, row_out):
                            same_row[f"text {entity}"].append(v)
                        if entity in _UNIQUE or entity == "date_of_birth":
                            uniques.append((f"text {entity}", v))
                    continue
                label = labels[column]
                if label in (None, "dont_care") or not value:
                    continue
                checked[label[0]] += 1
                if _found_in(value, row_out):
                    same_row[label[0]].append(value)
                if label[0] in _UNIQUE:
                    uniques.append((label[0], value))
    for entity, value in uniques:
        if _found_in(value, all_cells):
            anywhere[entity].append(value)
    return {"files": files, "checked": dict(checked), "same_row": {k: len(v) for k, v in same_row.items()},
            "same_row_examples": {k: v[:4] for k, v in same_row.items()},
            "anywhere": {k: len(v) for k, v in anywhere.items()},
            "anywhere_examples": {k: v[:4] for k, v in anywhere.items()}}  # fmt: skip


def pipeline(
    workdir: Path, tables: tuple[tuple[str, int], ...], build: Callable, rerun: bool = True,
    replay: Callable[[Path, object], dict] = replay,
) -> dict:
    """``safe-synthesizer run train`` on a set's ``(locale, seed)`` tables (``build(locale, seed, n=300)``;
    unless ``rerun`` is off) and the replay of each run."""
    exe = Path(sys.executable).with_name("safe-synthesizer")
    report: dict = {}
    workdir.mkdir(parents=True, exist_ok=True)
    for locale, seed in tables:
        table = build(locale, seed, n=300)
        tag = f"{locale}_{seed}"
        source, run_path = workdir / f"{tag}.csv", workdir / f"run_{tag}"
        entry: dict = {"shape": table.shape}
        if rerun:
            shutil.rmtree(run_path, ignore_errors=True)  # the CLI wants a new or empty run folder
            table.frame.to_csv(source, index=False)
            cmd = [str(exe), "run", "train", "--data-source", str(source), "--run-path", str(run_path),
                   "--training__max_training_time", "1", "--force"]  # fmt: skip
            c0 = _cpu_seconds()
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=1500,
                                      env=dict(os.environ))  # fmt: skip
                entry.update(returncode=proc.returncode, stderr_tail=proc.stderr[-400:])
            except subprocess.TimeoutExpired:
                entry.update(returncode="timeout")
            entry["cpu_seconds_child"] = round(_cpu_seconds() - c0, 1)
        entry.update(replay(run_path, table))
        report[tag] = entry
        print(tag, {k: v for k, v in entry.items() if k != "stderr_tail"}, flush=True)
    return report


# Markdown ---------------------------------------------------------------------------------------

_GROUP_KEYS = ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall",
               "text_words_kept", "phone_valid", "postcode_layout")  # fmt: skip


def _pool(per: dict, locales: tuple[str, ...]) -> dict:
    def tot(mode: str, a: str, b: str) -> float | None:
        return _ratio(sum(per[x]["counts"][mode][a] for x in locales), sum(per[x]["counts"][mode][b] for x in locales))

    def pair(key: str) -> float | None:
        return _ratio(*[sum(per[x]["counts"][key][i] for x in locales) for i in (0, 1)])

    entities: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in locales:
        for e, (a, b) in per[x]["counts"]["text"].items():
            entities[e][0] += a
            entities[e][1] += b
    return {"recall_shown": tot("shown", "hit", "pos"), "precision_shown": tot("shown", "correct", "found"),
            "recall_hidden": tot("hidden", "hit", "pos"), "precision_hidden": tot("hidden", "correct", "found"),
            "text_recall": _ratio(sum(v[0] for v in entities.values()), sum(v[1] for v in entities.values())),
            "text_words_kept": pair("words"), "phone_valid": pair("phone_valid"),
            "postcode_layout": pair("postcode_valid"),
            "text_by_entity": {e: _ratio(a, b) for e, (a, b) in sorted(entities.items())},
            "text_counts": {e: v for e, v in sorted(entities.items())}}  # fmt: skip


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _locale_table(per: dict) -> list[str]:
    cols = ["shapes", "col recall shown", "col prec shown", "col recall hidden", "col prec hidden", "text recall"]
    cols += [e.replace("_", " ") for e in TEXT_ENTITIES]
    cols += ["words kept", "phone valid", "postcode layout", "cells left"]
    lines = ["| locale | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for locale, r in per.items():
        t = r["text_by_entity"]
        cells = [r["recall_shown"], r["precision_shown"], r["recall_hidden"], r["precision_hidden"], r["text_recall"]]
        cells += [t.get(e) for e in TEXT_ENTITIES] + [r["text_words_kept"], r["phone_valid"], r["postcode_layout"]]
        lines.append(f"| {locale} | {' + '.join(r.get('shapes', []))} | " + " | ".join(_f(c) for c in cells)
                     + f" | {sum(r['survivors'].values())} |")  # fmt: skip
    return lines


def _forms(per: dict) -> dict[str, list[int]]:
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in per.values():
        for key, (a, n) in r.get("forms", {}).items():
            forms[key][0] += a
            forms[key][1] += n
    return forms


def _pipeline_lines(pipe: dict) -> list[str]:
    lines = ["| table | shape | exit | CPU s | files | values checked | same row | anywhere | examples |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for tag, r in pipe.items():
        lines.append(f"| {tag} | {r.get('shape')} | {r.get('returncode')} | {r.get('cpu_seconds_child')} | "
                     f"{r.get('files')} | {sum(r.get('checked', {}).values())} | {r.get('same_row')} | "
                     f"{r.get('anywhere')} | {r.get('same_row_examples')} {r.get('anywhere_examples')} |")  # fmt: skip
    return lines


def _misses(per: dict) -> list[str]:
    lines = []
    for locale, r in per.items():
        lines.append(f"- **{locale}** ({' + '.join(r.get('shapes', []))}): shown missed {r.get('shown_miss', [])[:8]}; "
                     f"shown false {r.get('shown_false', [])[:6]}; hidden missed {r.get('hidden_miss', [])[:8]}; "
                     f"hidden false {r.get('hidden_false', [])[:6]}; cells left {r['survivors']} e.g. "
                     f"{r.get('left_examples', [])[:3]}; text misses {r.get('n_missed_text', 0)}")  # fmt: skip
        for m in r.get("missed_text", [])[:4]:
            lines.append(f"  - text kept {m[:260]!s}")
    return lines


def markdown(results: dict, spec: HeldoutSet) -> str:
    """One run's report: per-locale table, groups, note forms, pipeline, misses."""
    per = results["locales"]
    title = f"# PII stage on held-out set {spec.number} ({results.get('label', '')})"
    lines = [title, "",
             (f"Tables `bench_pii_heldout{spec.number}_tables.py` (seeds {list(spec.tables.SEEDS)}, "
             f"{len(per)} locales, {results['rows']} rows per table, one export shape per table, default config "
             f"`locales: [en_US]`). Metrics as {spec.metrics_as}. "
             f"Code measured: {results.get('commit')}. CPU {results.get('cpu_seconds')} s (process + children), "
             f"load average at start {results.get('load')}."), ""]  # fmt: skip
    lines += _locale_table(per)
    lines += ["", "| group | " + " | ".join(k.replace("_", " ") for k in _GROUP_KEYS) + " |",
              "|" + "---|" * (len(_GROUP_KEYS) + 1)]  # fmt: skip
    for title, group in spec.groups:
        group = tuple(x for x in group if x in per)
        if group:
            p = _pool(per, group)
            lines.append(f"| {title} | " + " | ".join(_f(p[k]) for k in _GROUP_KEYS) + " |")
    forms = _forms(per)
    if forms:
        lines += ["", "## Free-text recall by note form and entity (all locales)", "",
                  "| note form / entity | caught | of | recall |", "|---|---|---|---|"]  # fmt: skip
        for key, (a, n) in sorted(forms.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            lines.append(f"| {key} | {a} | {n} | {a / n:.3f} |")
    if results.get("pipeline"):
        lines += ["", "## Pipeline (`safe-synthesizer run train`, 1-minute cap): replay over `transformed_*.csv`", ""]
        lines += _pipeline_lines(results["pipeline"])
    lines += ["", "## Misses per locale", "", *_misses(per)]
    return "\n".join(lines) + "\n"


def _column_entities(pb: dict, pa: dict) -> dict[str, tuple[list[int], ...]]:
    """Per labelled column entity: (shown before, shown after, hidden before, hidden after) [hit, of]."""
    out: dict[str, tuple[list[int], ...]] = defaultdict(lambda: ([0, 0], [0, 0], [0, 0], [0, 0]))
    for i, (per, mode) in enumerate(((pb, "shown"), (pa, "shown"), (pb, "hidden"), (pa, "hidden"))):
        for r in per.values():
            for e, (a, n) in r["counts"].get(f"{mode}_entity", {}).items():
                out[e][i][0] += a
                out[e][i][1] += n
    return dict(sorted(out.items()))


def _arrow(b, a) -> str:
    return f"{_f(b)} → {_f(a)}"


def compare(before: dict, after: dict, spec: HeldoutSet) -> str:
    """The set's report: before/after by group with targets, per locale, note forms, misses, pipeline."""
    pb, pa = before["locales"], after["locales"]
    every = f"all {len(spec.tables.LOCALES)}"
    lines = [spec.compare_title, "", spec.compare_intro, "",
             (f"- BEFORE: {before.get('commit')}, CPU {before.get('cpu_seconds')} s (process + children), load "
             f"{before.get('load')}"), (f"- AFTER: {after.get('commit')}, CPU {after.get('cpu_seconds')} s, load "
             f"{after.get('load')}"), (f"- rows per table {after.get('rows')}; each run once; same tables both times: "
             f"{all(pb.get(x, {}).get('tables_sha256') == r.get('tables_sha256') for x, r in pa.items())} "
             "(per-locale SHA-256 of frames, labels and notes)"), "",
             "## By group (before → after; target from issue 11)", "",
             ]  # fmt: skip
    groups = [(t, tuple(x for x in g if x in pa and x in pb)) for t, g in spec.groups]
    groups = [(t, g) for t, g in groups if g]
    pools = [(_pool(pb, g), _pool(pa, g)) for _, g in groups]
    lines += ["| measure | target | " + " | ".join(t for t, _ in groups) + " |", "|" + "---|" * (len(groups) + 2)]
    for key in _GROUP_KEYS:
        target = TARGETS.get(key)
        lines.append(f"| {key.replace('_', ' ')} | {_f(target) if target else '-'} | "
                     + " | ".join(_arrow(b[key], a[key]) for b, a in pools) + " |")  # fmt: skip
    for e in TEXT_ENTITIES:
        if any(a["text_by_entity"].get(e) is not None for _, a in pools):
            target = TARGETS.get(e, TARGETS["ssn"] if e == "national_id" else None)
            lines.append(f"| text {e.replace('_', ' ')} | {_f(target) if target else '-'} | "
                         + " | ".join(_arrow(b["text_by_entity"].get(e), a["text_by_entity"].get(e)) for b, a in pools)
                         + " |")  # fmt: skip
    lines += ["", f"Column recall by labelled entity, {every} locales (before → after; hits of columns):", "",
              "| column entity | columns | names shown | names hidden |", "|---|---|---|---|"]  # fmt: skip
    for e, (shown_b, shown_a, hidden_b, hidden_a) in _column_entities(pb, pa).items():
        lines.append(f"| {e} | {shown_a[1]} | {_arrow(_ratio(*shown_b), _ratio(*shown_a))} | "
                     f"{_arrow(_ratio(*hidden_b), _ratio(*hidden_a))} |")  # fmt: skip
    counts = pools[-1][1]["text_counts"]
    lines += ["", (f"Text spans ({every}, after): {sum(v[1] for v in counts.values())} "
              f"({', '.join(f'{e} {v[1]}' for e, v in counts.items())})."), ""]  # fmt: skip
    keys = ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall", "phone_valid",
            "postcode_layout")  # fmt: skip
    lines += ["## Per locale (before → after)", "",
              "| locale | shapes | " + " | ".join(k.replace("_", " ") for k in keys)
              + " | names | surnames | streets | phones | ids | words kept |",
              "|" + "---|" * (len(keys) + 8)]  # fmt: skip
    for locale in pa:
        b, a = pb.get(locale, {}), pa[locale]
        tb, ta = b.get("text_by_entity", {}), a["text_by_entity"]
        nid = "ssn" if locale == "en_US" else "national_id"
        cells = [_arrow(b.get(k), a.get(k)) for k in keys]
        cells += [_arrow(tb.get(e), ta.get(e)) for e in ("name", "last_name", "street_address", "phone_number", nid)]
        cells.append(_arrow(b.get("text_words_kept"), a.get("text_words_kept")))
        lines.append(f"| {locale} | {' + '.join(a.get('shapes', []))} | " + " | ".join(cells) + " |")
    lines += ["", "## Per locale, AFTER, every entity", "", *_locale_table(pa)]
    fb, fa = _forms(pb), _forms(pa)
    lines += ["", f"## Free-text recall by note form and entity ({every} locales; before → after)", "",
              "| note form / entity | spans | before | after |", "|---|---|---|---|"]  # fmt: skip
    for key, (a, n) in sorted(fa.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        bb = fb.get(key, [0, 0])
        lines.append(f"| {key} | {n} | {_f(_ratio(*bb))} | {_f(_ratio(a, n))} |")
    words_b: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    words_a: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for src, dst in ((pb, words_b), (pa, words_a)):
        for r in src.values():
            for form, (k, n) in r.get("form_words", {}).items():
                dst[form][0] += k
                dst[form][1] += n
    lines += ["", "Template words kept by note form (before → after): "
              + "; ".join(f"{form} {_arrow(_ratio(*words_b[form]), _ratio(*v))}" for form, v in sorted(words_a.items()))
              + "."]  # fmt: skip
    for name, res in (("BEFORE", before), ("AFTER", after)):
        if res.get("pipeline"):
            lines += ["", f"## Pipeline replay, {name} (`safe-synthesizer run train`, 1-minute cap)", "",
                      ("Same row: a labelled cell of `training.csv`/`test.csv`, or a full name, identifier or street "
                      "of the row's note, found as a whole cell or whole word in the same row of the transformed file. "
                      "Anywhere: identifiers, streets and addresses found in any cell of either transformed file."), ""]
            lines += _pipeline_lines(res["pipeline"])  # fmt: skip
    lines += ["", "## Misses per locale (AFTER; first examples)", "", *_misses(pa)]
    return "\n".join(lines) + "\n"


def main(
    spec: HeldoutSet,
    *,
    run: Callable[[tuple[str, ...], int], dict],
    pipeline: Callable[..., dict],
    markdown: Callable[[dict], str],
    compare: Callable[[dict, dict], str],
) -> None:
    """The command line of a set's runner (``--help``), with the runner's own functions."""
    if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers pick from sets: fix their order
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=f"pii_heldout{spec.number}")
    parser.add_argument("--label", default="", help="BEFORE / AFTER, written in the title")
    parser.add_argument("--locales", default=",".join(spec.tables.LOCALES), help="comma-separated, or none")
    parser.add_argument("--rows", type=int, default=spec.tables.N_ROWS)
    parser.add_argument("--pipeline", default="", help="work folder: also run the pipeline on three tables")
    parser.add_argument("--pipeline-tables", default="", help="LOCALE:SEED,... a subset of the three (run apart)")
    parser.add_argument("--compare", default="", help="BEFORE,AFTER result names: write --out as the comparison")
    parser.add_argument("--merge", default="", help="result names of locale subsets run apart: join into --out")
    parser.add_argument("--results-dir", default=str(RESULTS), help="where NAME.json|md go")
    args = parser.parse_args()
    results_dir = Path(args.results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    if args.compare:
        before, after = (json.loads((results_dir / f"{n}.json").read_text()) for n in args.compare.split(","))
        text = compare(before, after)
        atomic_write_text(results_dir / f"{args.out}.md", text)
        print(text)
        return
    if args.merge:
        parts = [json.loads((results_dir / f"{n}.json").read_text()) for n in args.merge.split(",")]
        results = {**parts[0], "locales": {}, "pipeline": {}}
        for part in parts:
            results["locales"].update(part["locales"])
            results["pipeline"].update(part.get("pipeline", {}))
        results["locales"] = {x: results["locales"][x] for x in spec.tables.LOCALES if x in results["locales"]}
        results["cpu_seconds"] = round(sum(p.get("cpu_seconds", 0) for p in parts), 1)
        atomic_write_json(results_dir / f"{args.out}.json", results)
        atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
        return
    load = [round(x, 1) for x in os.getloadavg()]
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    locales = tuple(x for x in args.locales.split(",") if x and x != "none")
    results = run(locales, args.rows)
    results.update(rows=args.rows, label=args.label, commit=_commit(), load=load)
    atomic_write_json(results_dir / f"{args.out}.json", results)  # kept if the pipeline part fails
    if args.pipeline:
        chosen = tuple((x.split(":")[0], int(x.split(":")[1])) for x in args.pipeline_tables.split(",") if x)
        results["pipeline"] = pipeline(Path(args.pipeline), tables=chosen or spec.pipeline_tables)
    results.update(cpu_seconds=round(_cpu_seconds() - cpu0, 1), seconds=round(time.perf_counter() - t0, 1))
    atomic_write_json(results_dir / f"{args.out}.json", results)
    atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
    print(markdown(results))
