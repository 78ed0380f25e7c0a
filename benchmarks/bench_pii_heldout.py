"""PII stage on a held-out set: tables built with other seeds, locales, names and notes.

The tables (``bench_pii_heldout_tables.py``) were written after the detector and its tests, so
they measure how the PII stage holds on data it was not tuned on. Per locale:

- column recall and precision of ``plan_columns`` with the column names shown, and hidden (every
  column renamed ``c000``...; bare 5/6-digit postcodes and es_ES towns, which are Faker's province
  list, are "don't care" there: no one can tell them from other codes or regions);
- free-text recall per entity: ``replace_pii`` on the whole table, then a note's entity counts as
  caught when no trace of it is left in the replaced note (identifiers: the exact string; names:
  every name word; street lines: every word that is not a street type, unit word or number);
  free-text precision: share of the template's own words left unchanged;
- replaced phone numbers valid numbers of the locale's country (``phonenumbers``; among the
  originals valid there), replaced
  postcodes of the locale's layout; originals of labelled columns left in the replaced columns.

Default config (``locales: [en_US]``), as a new user would run it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout.py [--out NAME] [--locales a,b] [--set fresh]``
(``--set fresh``: the second held-out set, ``bench_pii_fresh_tables.py``, seeds 9101-9102;
``--merge a,b,c --out NAME``: join results of locale subsets run in parallel)
-> ``results/NAME.json|md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd
import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_fresh_tables as fresh
import bench_pii_heldout_tables as first
from bench_pii_heldout_tables import LOCALES, NOTES, NOTES_US, SEEDS, SUPPORTED, TITLES, heldout_table
from pii_heldout_rates import _ratio, pool_columns_text, summary_rates  # noqa: F401  (_ratio: kept importable)
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
_FIVE_DIGITS = re.compile(r"^\d{5,6}$")
_WORDS = re.compile(r"[^\W\d_][\w'’.\-]*[^\W_]|[^\W\d_]")
# Words of a street line that are no trace of the original street (types, units, particles).
GENERIC = frozenset(
    """street st road rd avenue ave lane ln drive dr court ct way place pl close crescent terrace grove
    gardens square boulevard blvd suite apt apt. unit flat no no. h.no. h.no nagar path marg rue avenue
    allée chemin impasse quai boulevard bd place bât bât. appt de du des la le les d calle avenida paseo
    plaza camino piso puerta ronda via viale piazza corso vicolo largo interno scala straße strasse str
    weg allee platz gasse ring bus straat laan gracht plein kade singel rua alameda avenida travessa
    praça rodovia vereda vila casa apto ul ul. aleja al. al plac osiedle os. m m. gata gatan vägen väg
    lgh stigen gränd backe torg wohnung del della di dei delle e y van der het den appartamento canale rotonda
    contrada borgo stretto lungomare incrocio cuesta cañada ronda studio pátio rambla glorieta callejón pasaje
    acceso vial urbanización piano pasadizo chácara the""".split()  # noqa: SIM905
)  # fmt: skip
_TEMPLATE_WORDS = frozenset(w.lower() for t in NOTES + NOTES_US for w in _WORDS.findall(re.sub(r"\{\w+\}", " ", t)))
NOTES_COLUMN = "case_notes"
SET_NAME = "held-out set 1 (`bench_pii_heldout_tables.py`)"


def use_set(tables, build, set_name: str) -> None:
    """Score another held-out set: ``tables`` a module like ``bench_pii_fresh_tables``, ``build`` its table builder."""
    global LOCALES, SEEDS, SUPPORTED, TITLES, heldout_table, _TEMPLATE_WORDS, NOTES_COLUMN, SET_NAME
    assert first.SEEDS != tables.SEEDS
    LOCALES, SEEDS, SUPPORTED, TITLES = tables.LOCALES, tables.SEEDS, tables.SUPPORTED, tables.TITLES
    heldout_table, NOTES_COLUMN = build, tables.NOTES_COLUMN
    words = tables.NOTES + tables.NOTES_US
    _TEMPLATE_WORDS = frozenset(w.lower() for t in words for w in _WORDS.findall(re.sub(r"\{\w+\}", " ", t)))
    SET_NAME = set_name


def use_fresh_set() -> None:
    """Score the second held-out set (``bench_pii_fresh_tables.py``, seeds 9101-9102) instead."""
    use_set(fresh, fresh.fresh_table, "held-out set 2 (`bench_pii_fresh_tables.py`, kept apart: nothing tuned on it)")


def _hide(df: pd.DataFrame, labels: dict) -> tuple[pd.DataFrame, dict]:
    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
    return df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}


def _dont_care(df: pd.DataFrame, column: str, label: tuple[str, ...], hidden: bool, locale: str) -> bool:
    """Labels no one can decide from values alone (as in ``bench_pii_locales``)."""
    if hidden and label[0] == "postcode":  # bare 5- or 6-digit codes: any number column of that width
        return bool(df[column].astype(str).str.match(_FIVE_DIGITS).mean() > 0.5)
    # Faker's es_ES towns are drawn from its province list: the same values as a region column.
    return hidden and label[0] == "city" and locale == "es_ES"


def score_columns(df: pd.DataFrame, labels: dict, hidden: bool, locale: str) -> dict:
    """Recall / precision counts of ``plan_columns`` on one table; the notes column must be free text."""
    if hidden:
        df, labels = _hide(df, labels)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    notes = df.columns[-1]
    # A text column scanned span by span is not replaced whole: only the notes column must be one.
    plans = {c: e for c, e in plans.items() if e != "free_text" or c == notes}
    out = {"hit": 0, "pos": 0, "found": 0, "correct": 0, "miss": [], "false": []}
    for column, label in labels.items():
        entity = plans.get(column)
        if column == notes:
            if entity != "free_text":
                out["false"].append(f"{column}:notes->{entity}")
            continue
        care = label is not None and not _dont_care(df, column, label, hidden, locale)
        if care:
            out["pos"] += 1
            out["hit"] += entity in label
            if entity not in label:
                out["miss"].append(f"{column}:{label[0]}->{entity}")
        if entity is not None and (care or label is None):
            out["found"] += 1
            out["correct"] += bool(label) and entity in label
            if not label or entity not in label:
                out["false"].append(f"{column}:{label[0] if label else None}->{entity}")
    return out


# Lower-case surname particles identify no one (``van den Berg`` -> ``van den Jansen`` is caught).
# Malay ``bin``/``binti`` too (``Faizal bin Yusof`` -> ``Jeffrey bin Lin`` is caught).
PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le ten ter vom zu 't het die bin binti bint".split()  # noqa: SIM905
)


# Titles identify no one either: ``Mrs R. Snyder`` -> ``Mrs A. Caldwell`` is caught (set 37 counted the kept ``Mrs``).
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof rev sir dame herr frau fräulein mme mlle monsieur madame sr sra srta señor señora
    don doña dña sig sig.ra sigra signor signora sig.na dott dott.ssa dhr mevr mevrouw meneer snr
    pan pani sn sayın bay bayan г-н г-жа""".split()  # noqa: SIM905
)  # fmt: skip


def _name_caught(value: str, text: str) -> bool:
    words = [w for w in value.split() if len(w) > 1 and w not in PARTICLES and w.lower().rstrip(".") not in TITLE_WORDS]
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def _street_caught(value: str, text: str) -> bool:
    if value in text:
        return False
    core = [w for w in _WORDS.findall(value) if w.lower() not in GENERIC and len(w) > 2]
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in core)


def caught(entity: str, value: str, text: str) -> bool:
    """No trace of the original entity ``value`` left in the replaced note ``text``."""
    if entity in ("name", "last_name"):
        return _name_caught(value, text)
    if entity == "street_address":
        return _street_caught(value, text)
    return value not in text


def _kept_words(original: str, replaced: str, truth: list[tuple[str, str]], locale: str) -> tuple[int, int]:
    """(template words kept, template words) of one note: the words outside every entity."""
    entity_words = {w.lower() for _, v in truth for w in _WORDS.findall(v)}
    entity_words |= {w.lower().rstrip(".") for t in TITLES[locale] for w in t.split()}
    words = [w for w in _WORDS.findall(original) if w.lower() in _TEMPLATE_WORDS and w.lower() not in entity_words]
    kept = sum(bool(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", replaced)) for w in words)
    return kept, len(words)


def _valid_phone(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def _layout(value: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", value.strip().upper()))


def score_replacement(df: pd.DataFrame, labels: dict, notes: list, locale: str) -> dict:
    """Free-text recall, template words kept, fake validity and survivors after ``replace_pii``."""
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out: dict = {"text": defaultdict(lambda: [0, 0]), "words": [0, 0], "phone_valid": [0, 0], "postcode_valid": [0, 0]}
    out["survivors"] = {}
    out["missed_text"] = []
    new_notes = result.data[NOTES_COLUMN].tolist()
    for original, replaced, truth in zip(df[NOTES_COLUMN], new_notes, notes, strict=True):
        for entity, value in truth:
            ok = caught(entity, value, replaced)
            out["text"][entity][0] += ok
            out["text"][entity][1] += 1
            if not ok and len(out["missed_text"]) < 12:
                out["missed_text"].append(f"{entity}: {value!r} in {replaced!r}")
        kept, total = _kept_words(original, replaced, truth, locale)
        out["words"][0] += kept
        out["words"][1] += total
    region = locale.split("_")[1]
    for column, label in labels.items():
        if not label or column == NOTES_COLUMN:
            continue
        before, after = df[column].astype(str), result.data[column].astype(str)
        out["survivors"][label[0]] = int((before == after).sum())
        if label[0] == "phone_number":
            # Among originals valid in the locale's country: is the fake valid there too?
            valid = [_valid_phone(a, region) for b, a in zip(before, after, strict=True) if _valid_phone(b, region)]
            out["phone_valid"][0] += sum(valid)
            out["phone_valid"][1] += len(valid)
        if label[0] == "postcode":
            out["postcode_valid"][0] += sum(_layout(b) == _layout(a) for b, a in zip(before, after, strict=True))
            out["postcode_valid"][1] += len(after)
    return out


def run(locales: tuple[str, ...]) -> dict:
    per: dict[str, dict] = {}
    t0 = time.perf_counter()
    for locale in locales:
        agg: dict = {"shown": defaultdict(int), "hidden": defaultdict(int), "text": defaultdict(lambda: [0, 0])}
        agg.update(words=[0, 0], phone_valid=[0, 0], postcode_valid=[0, 0], survivors=defaultdict(int))
        lists: dict[str, list] = defaultdict(list)
        for seed in SEEDS:
            df, labels, notes = heldout_table(locale, seed)
            for mode in ("shown", "hidden"):
                s = score_columns(df, labels, mode == "hidden", locale)
                for k in ("hit", "pos", "found", "correct"):
                    agg[mode][k] += s[k]
                lists[f"{mode}_miss"] += [f"{seed}/{m}" for m in s["miss"]]
                lists[f"{mode}_false"] += [f"{seed}/{m}" for m in s["false"]]
            r = score_replacement(df, labels, notes, locale)
            for entity, (a, b) in r["text"].items():
                agg["text"][entity][0] += a
                agg["text"][entity][1] += b
            for k in ("words", "phone_valid", "postcode_valid"):
                agg[k][0] += r[k][0]
                agg[k][1] += r[k][1]
            for k, v in r["survivors"].items():
                agg["survivors"][k] += v
            lists["missed_text"] += r["missed_text"][:6]
        per[locale] = _summarise(agg, lists)
        print(locale, {k: v for k, v in per[locale].items() if not isinstance(v, list | dict)}, flush=True)
    return {"locales": per, "seconds": round(time.perf_counter() - t0, 1), "seeds": list(SEEDS)}


def _summarise(agg: dict, lists: dict) -> dict:
    """A locale's rates (``pii_heldout_rates.summary_rates``, as sets 8-11), its counts and examples."""
    return {
        **summary_rates(agg),
        "counts": {"shown": dict(agg["shown"]), "hidden": dict(agg["hidden"]), "text": dict(agg["text"])},
        **{k: v for k, v in lists.items()},
    }


def _pool(per: dict, locales: tuple[str, ...]) -> dict:
    """Columns and free text pooled over ``locales`` (``pii_heldout_rates.pool_columns_text``)."""
    return pool_columns_text(per, locales)


def markdown(results: dict) -> str:
    per = results["locales"]
    lines = [
        f"# PII stage on the {SET_NAME}",
        "",
        f"Tables (seeds {results['seeds']}, {len(per)} locales, 300 rows each; "
        "default config `locales: [en_US]`). Column scores from `plan_columns`; free-text recall = no trace of "
        "the entity left after `replace_pii`; words kept = template words outside entities left unchanged.",
        "",
        "| locale | col recall shown | col precision shown | col recall hidden | col precision hidden | "
        "text recall | name | last name after title | street | e-mail | phone | IBAN | card | SSN | "
        "words kept | phone valid | postcode layout |",
        "|" + "---|" * 17,
    ]
    for locale, r in per.items():
        t = r["text_by_entity"]
        cells = [r["recall_shown"], r["precision_shown"], r["recall_hidden"], r["precision_hidden"], r["text_recall"]]
        cells += [t.get(e) for e in ("name", "last_name", "street_address", "email", "phone_number", "iban",
                                     "credit_debit_card", "ssn")]  # fmt: skip
        cells += [r["text_words_kept"], r["phone_valid"], r["postcode_layout"]]
        lines.append(f"| {locale} | " + " | ".join("-" if c is None else f"{c:.3f}" for c in cells) + " |")
    for title, group in (("supported 7", SUPPORTED), ("all", tuple(per))):
        group = tuple(x for x in group if x in per)
        if group:
            p = _pool(per, group)
            lines.append(
                f"| **{title}** | {p['recall_shown']} | {p['precision_shown']} | {p['recall_hidden']} | "
                f"{p['precision_hidden']} | {p['text_recall']} | " + " | ".join(
                    str(p["text_by_entity"].get(e, "-")) for e in ("name", "last_name", "street_address", "email",
                                                                    "phone_number", "iban", "credit_debit_card", "ssn")
                ) + " | | | |"
            )  # fmt: skip
    lines += ["", f"Total seconds: {results['seconds']} (2 shared cores).", "", "## Misses per locale", ""]
    for locale, r in per.items():
        lines.append(f"- **{locale}**: shown missed {r.get('shown_miss', [])[:8]}; "
                     f"shown false {r.get('shown_false', [])[:8]}; "
                     f"hidden missed {r.get('hidden_miss', [])[:8]}; hidden false {r.get('hidden_false', [])[:8]}; "
                     f"structured originals left {r['survivors']}")  # fmt: skip
        for m in r.get("missed_text", [])[:4]:
            lines.append(f"  - text kept {m}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_heldout")
    parser.add_argument("--locales", default="")
    parser.add_argument("--set", choices=("first", "fresh"), default="first", help="which held-out set to score")
    parser.add_argument("--merge", default="", help="comma-separated result names (locale subsets run apart) to join")
    args = parser.parse_args()
    if args.set == "fresh":
        use_fresh_set()
    if args.merge:
        parts = [json.loads((RESULTS / f"{name}.json").read_text()) for name in args.merge.split(",")]
        results = {"locales": {k: v for r in parts for k, v in r["locales"].items()},
                   "seconds": max(r["seconds"] for r in parts), "seeds": parts[0]["seeds"]}  # fmt: skip
        atomic_write_json(RESULTS / f"{args.out}.json", results)
        atomic_write_text(RESULTS / f"{args.out}.md", markdown(results))
        print(markdown(results))
        return
    args.locales = args.locales or ",".join(LOCALES)
    results = run(tuple(args.locales.split(",")))
    atomic_write_json(RESULTS / f"{args.out}.json", results)
    atomic_write_text(RESULTS / f"{args.out}.md", markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
