"""Phones and ids on held-out tables (helper IDP, session 51): column misses and false columns of phone and id
columns (shown and hidden headers), missed phone/id text spans and false phone/id text spans of the notes.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_idp_phones_ids.py --set 36 --locales en_VU,en_FK \
        --seeds 36001-36002 [--show] [--no-text]

False text spans are counted on the rule-based spans only (``pattern_spans`` with the default regions): a phone
or id span that overlaps no phone, id or card value of the note's truth.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.text_patterns import pattern_spans

KINDS = ("phone_number", "national_id", "ssn", "tax_id")
_WANTED = frozenset(
    {E.PHONE_NUMBER, E.NATIONAL_ID, E.SSN, E.TAX_ID, E.NAME, E.EMAIL, E.CREDIT_DEBIT_CARD, E.IBAN, E.DATE_OF_BIRTH}
)


def _table(set_no: int, locale: str, seed: int):
    mod = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(mod, f"heldout{set_no}_table")(locale, seed, n=0)


def _columns(t, locale: str, counts: Counter, show: bool, tag: str) -> None:
    for hidden in (False, True):
        res = scoring.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        for x in res["miss"]:
            if any(f":{k}->" in x for k in KINDS):
                counts[f"col_miss_{'hidden' if hidden else 'shown'}"] += 1
                if show:
                    print(f"  {tag} COLMISS {'hidden' if hidden else 'shown'} {x}")
        for x in res["false"]:
            if any(f"->{k}" in x for k in KINDS):
                counts[f"col_false_{'hidden' if hidden else 'shown'}"] += 1
                if show:
                    print(f"  {tag} COLFALSE {'hidden' if hidden else 'shown'} {x}")
        for k in KINDS:
            for label in t.labels.values():
                if label and label != "dont_care" and label[0] == k and not hidden:
                    counts[f"col_pos_{k}"] += 1


def _text(t, locale: str, counts: Counter, show: bool, tag: str) -> None:
    res = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
    after = res.data[t.notes_column].tolist()
    before = t.frame[t.notes_column].tolist()
    regions = PHONE_REGIONS
    for orig, new, truth in zip(before, after, t.notes, strict=True):
        if not isinstance(orig, str) or not orig:
            continue
        new = "" if new is None or not isinstance(new, str) else new
        for entity, value in truth:
            if entity not in KINDS:
                continue
            ok = scoring.caught(entity, value, new, locale)
            counts[f"text_{entity}"] += 1
            counts[f"text_{entity}_hit"] += ok
            if not ok and show:
                print(f"  {tag} TEXTMISS {entity} {value!r} in {orig!r}")
        truth_spans = [(orig.find(v), orig.find(v) + len(v)) for e, v in truth if e in (*KINDS, "credit_debit_card")]
        for a, b, e in pattern_spans(orig, regions, _WANTED):
            if e not in KINDS:
                continue
            if not any(x >= 0 and x < b and a < y for x, y in truth_spans):
                counts[f"false_{e}"] += 1
                if show:
                    print(f"  {tag} FALSESPAN {e} {orig[a:b]!r} in {orig!r}")


def wire() -> None:
    """Hook helper IDP's modules in as the wiring request asks (monkeypatched: the shared files stay as they are)."""
    from safe_synthesizer.pii import column_detector as cd
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii import text_patterns as tp
    from safe_synthesizer.pii.column_phone_siblings import sibling_phone_columns
    from safe_synthesizer.pii.column_phone_small_plans import dialled_small_plan_score, small_plan_phone_score
    from safe_synthesizer.pii.text_phone_five import five_digit_phone_spans
    from safe_synthesizer.pii.text_phone_informed import informed_phone_spans

    short = tp.short_phone_spans

    def short_and_five(text, found=(), regions=()):
        out = short(text, found, regions)
        out += five_digit_phone_spans(text, [*found, *((a, b) for a, b, _ in out)], regions)
        return out + informed_phone_spans(text, [*found, *((a, b) for a, b, _ in out)], regions)

    tp.short_phone_spans = short_and_five
    shaped = cd.cued_shape_score

    def cued_shape(entity, sample):
        if entity == E.PHONE_NUMBER:
            return small_plan_phone_score(sample.values)
        return shaped(entity, sample)

    cd.cued_shape_score = cued_shape
    phone = cd.phone_score

    def phone_score(entity, sample, cued, numeric):
        score = phone(entity, sample, cued, numeric)
        if not cued and score.share < 0.95 and (dialled := dialled_small_plan_score(sample.values)) is not None:
            return dialled
        return score

    cd.phone_score = phone_score
    beside = dt.ids_beside_rescued_people

    def ids_and_siblings(frame, names, found, rescued, params, seed):
        out = beside(frame, names, found, rescued, params, seed)
        return {**out, **sibling_phone_columns(frame, {**found, **out})}

    dt.ids_beside_rescued_people = ids_and_siblings


def _cheap_text(t, counts: Counter, show: bool, tag: str) -> None:
    """Phone/id recall of the notes by rule-based spans only (no NER, no row values), and false phone/id spans."""
    for note, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
        if not isinstance(note, str) or not note:
            continue
        spans = [(a, b) for a, b, e in pattern_spans(note, PHONE_REGIONS, _WANTED) if e in KINDS]
        where = []
        for entity, value in truth:
            if entity not in KINDS or value not in note:
                continue
            a = note.find(value)
            where.append((a, a + len(value)))
            ok = any(x <= a and a + len(value) <= y for x, y in spans)
            counts[f"text_{entity}"] += 1
            counts[f"text_{entity}_hit"] += ok
            if not ok and show:
                print(f"  {tag} TEXTMISS {entity} {value!r} in {note!r}")
        others = [(note.find(v), note.find(v) + len(v)) for e, v in truth if e == "credit_debit_card" and v in note]
        for a, b in spans:
            if not any(x < b and a < y for x, y in (*where, *others)):
                counts["false_span"] += 1
                if show:
                    print(f"  {tag} FALSESPAN {note[a:b]!r} in {note!r}")


def compare(args) -> None:
    """Columns (shown, hidden) and rule-based text spans BEFORE, then AFTER :func:`wire`, on the same tables."""
    a, _, b = args.seeds.partition("-")
    tables = [(f"{loc}/{seed}", loc, _table(args.set, loc, seed)) for loc in args.locales.split(",")
              for seed in range(int(a), int(b or a) + 1)]  # fmt: skip
    result = {}
    for label in ("BEFORE", "AFTER"):
        if label == "AFTER":
            wire()
        total: Counter = Counter()
        for tag, loc, t in tables:
            counts: Counter = Counter()
            if not args.no_columns:
                _columns(t, loc, counts, args.show, f"{label} {tag}")
            _cheap_text(t, counts, args.show, f"{label} {tag}")
            total.update(counts)
        result[label] = total
        print(label, dict(sorted(total.items())), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=36)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="36001")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--no-text", action="store_true")
    ap.add_argument("--no-columns", action="store_true")
    ap.add_argument("--wired", action="store_true", help="hook helper IDP's modules in (monkeypatched)")
    ap.add_argument("--compare", action="store_true", help="BEFORE and AFTER wiring, text by pattern spans only")
    args = ap.parse_args()
    if args.compare:
        return compare(args)
    if args.wired:
        wire()
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    total: Counter = Counter()
    for locale in args.locales.split(","):
        counts: Counter = Counter()
        for seed in seeds:
            t = _table(args.set, locale, seed)
            tag = f"{locale}/{seed}"
            if not args.no_columns:
                _columns(t, locale, counts, args.show, tag)
            if not args.no_text:
                _text(t, locale, counts, args.show, tag)
        total.update(counts)
        print(locale, dict(sorted(counts.items())), flush=True)
    print("ALL", dict(sorted(total.items())))


if __name__ == "__main__":
    sys.exit(main())
