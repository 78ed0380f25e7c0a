"""Scoring and aggregation shared by the held-out PII runners (sets 8-11).

The runners ``bench_pii_heldout9.py`` and ``bench_pii_heldout10.py`` were near copies (scoring,
aggregation, markdown; set 10's was copied from set 9's "so the numbers compare"); set 8's shares
the helpers whose code was the same. What is specific to a set stays in its runner: its tables module,
groups, pipeline tables, street words and report texts (a :class:`HeldoutSet`), and every top-level
name the runner had stays importable from it with the same behaviour.

By concept: this module scores (columns, replacement, the per-locale loop); ``pii_heldout_rates``
turns counts into rates, ``pii_heldout_report`` writes the markdown, ``pii_heldout_pipeline`` runs
and replays the pipeline and ``pii_heldout_cli`` is the command line. Every name that lived here
before the split is imported back, so ``pii_heldout_scoring.X`` still works.

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

import hashlib
import re
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

# The helpers that moved to their own modules stay importable from here (runners import them).
from pii_heldout_cli import RESULTS, ROOT, _commit, _cpu_seconds, main  # noqa: F401
from pii_heldout_pipeline import _UNIQUE, _found_in, _norm, pipeline, replay  # noqa: F401
from pii_heldout_rates import (  # noqa: F401
    _GROUP_KEYS,
    TARGETS,
    TEXT_ENTITIES,
    _new_agg,
    _pool,
    _ratio,
    _summary,
    add_replacement,
    summary_rates,
)
from pii_heldout_report import (  # noqa: F401
    _arrow,
    _column_entities,
    _f,
    _forms,
    _locale_table,
    _misses,
    _pipeline_lines,
    compare,
    markdown,
)
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

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
    # The run report opens with this text (and the code measured) instead of a line about the tables.
    intro: str = ""
    # Set 11's report wording: how many locales each run has (runs of locale subsets compare over the
    # locales both have) rather than "all N", and no "(all locales)" in the note-form heading.
    locale_counts: bool = False

# Set 9's own street unit/type words (set 10 adds its own, see ``street_type_words``).
SET9_STREET_WORDS = frozenset({"nr", "bl", "sc", "ap", "et", "πλ", "οδός", "λεωφ", "no", "caddesi", "cad", "sokak",
                               "sok", "bulvarı", "utca", "út", "tér", "ulica", "ul", "trg", "cesta"})  # fmt: skip
# Set 10 adds Turkish, Moldovan, Ukrainian and Polish ones (set 11 builds on these).
SET10_STREET_WORDS = SET9_STREET_WORDS | {"mah", "blv", "буд", "кв", "pr", "al"}


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


def _hide(df: pd.DataFrame, labels: dict) -> tuple[pd.DataFrame, dict]:
    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
    return df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}


# What exports write in a cell that holds nothing ("-" in every row of an unused Tax ID column).
_PLACEHOLDERS = frozenset({"", "-", "--", "—", "?", "n/a", "na", "nan", "none", "null", "unknown", "non renseigné"})


def _dont_care(values: pd.Series, label, hidden: bool, locale: str) -> bool:
    if label == "dont_care":
        return True
    if label is not None and values.astype("string").str.strip().str.lower().fillna("").isin(_PLACEHOLDERS).all():
        return True  # a labelled column with no value at all (or only placeholders) holds nothing to replace or leak
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


def literal_words(locale: str, literals: list[str], tables: ModuleType) -> list[str]:
    """The words of a template's own text ``literals`` (the parts between its placeholders), titles
    left out (ja/zh: its runs of 2+ characters between punctuation); ``tables`` is the set's tables
    module (``TITLES``, ``LANG``, ``CJK``). "Words kept" counts how many survive the replacement."""
    if locale in tables.CJK:
        return [w for lit in literals for w in _CJK_SPLIT.split(lit) if len(w) > 1]
    titles = {w.lower().rstrip(".") for t in tables.TITLES[tables.LANG[locale]] for w in t.split()}
    return [w for lit in literals for w in _WORDS.findall(lit) if w.lower().rstrip(".") not in titles]


def _template_words(locale: str, tables: ModuleType) -> dict[str, list[str]]:
    """Per note form, the words of the template's own text (``tables.template_literals``)."""
    return {form: literal_words(locale, lits, tables) for form, lits in tables.template_literals(locale).items()}


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


def score_replacement(
    table,
    locale: str,
    tables: ModuleType,
    caught: Callable[..., bool] = caught,
    note_words: Callable[[str, str], list[str]] | None = None,
) -> dict:
    """Free-text recall, words kept, fake validity and cells left after ``replace_pii`` (``tables``:
    the set's tables module; ``caught(entity, value, text, locale)``: the runner's trace test).

    Words kept are the template words of the note's form, or, with ``note_words(locale, template)``,
    of the note's own template (``table.templates``: set 11 draws several templates per form).
    """
    df, labels = table.frame, table.labels
    t0 = time.process_time()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out: dict = {"text": defaultdict(lambda: [0, 0]), "forms": defaultdict(lambda: [0, 0]), "words": [0, 0],
                 "form_words": defaultdict(lambda: [0, 0]), "phone_valid": [0, 0], "postcode_valid": [0, 0],
                 "survivors": {}, "missed_text": [], "left_examples": [],
                 "replace_cpu": round(time.process_time() - t0, 2)}  # fmt: skip
    words_by_form = _template_words(locale, tables) if note_words is None else {}
    templates = table.templates if note_words is not None else [None] * len(table.notes)
    cjk = locale in tables.CJK
    replaced_notes = result.data[table.notes_column].tolist()
    for replaced, truth, form, template in zip(replaced_notes, table.notes, table.forms, templates, strict=True):
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
        words = words_by_form[form] if note_words is None else note_words(locale, template)
        kept, total = _kept_words(words, replaced, cjk)
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
            add_replacement(agg, lists, score_replacement(table, locale), ("text", "forms", "form_words"))
        per[locale] = {**_summary(agg), **{k: v[:40] for k, v in lists.items()}, "shapes": shapes,
                       "tables_sha256": digest.hexdigest()[:16], "cpu_seconds": round(_cpu_seconds() - cpu0, 1),
                       "n_missed_text": len(lists["missed_text"])}  # fmt: skip
        print(locale, {k: v for k, v in per[locale].items() if not isinstance(v, list | dict)}, flush=True)
    return {"locales": per}
