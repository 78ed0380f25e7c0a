"""Spans of ``text_name_lone_cued`` on held-out notes and on prose with no people (helper SG, session 52).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_sg_precision.py --sets 31,32,33,34,35,36,37 \
        --seeds 1-2 --reviews 23000

Per set: one-word truth names (one-word ``name`` values and ``last_name`` values) of the notes the rule covers,
and false spans (text that is no word of any truth name of the note), with examples; then the false spans on the
women's clothing reviews (``../shared/data/womens_clothing_reviews.csv``: no people's names but the reviewers').
Seeds are offsets: seed k of set N is N*1000 + k (``--offset 500`` for the untuned 37501+ and 36501+).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
from collections import Counter

from safe_synthesizer.pii.text_name_lone_cued import lone_cued_name_spans

_NAMES = ("name", "first_name", "last_name")


def _notes(set_id: int, locales: list[str], seeds: range, offset: int) -> list[tuple[str, list]]:
    shapes = importlib.import_module(f"heldout{set_id}_shapes")
    build = getattr(shapes, f"heldout{set_id}_table")
    out = []
    for locale in locales:
        for k in seeds:
            try:
                t = build(locale, set_id * 1000 + offset + k)
            except Exception as exc:  # a dev probe: a locale a set lacks
                print(f"skip {set_id} {locale}: {exc}", file=sys.stderr)
                continue
            col = t.frame[t.notes_column].tolist()
            out += [(str(n), truth) for n, truth in zip(col, t.notes, strict=True) if isinstance(n, str) and n]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="37")
    ap.add_argument("--locales", default="en_US,en_GB,de_DE,fr_FR,es_ES,it_IT,nl_NL")
    ap.add_argument("--seeds", default="1-2")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--reviews", type=int, default=0)
    ap.add_argument("--show", type=int, default=15)
    args = ap.parse_args()
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    for set_id in map(int, args.sets.split(",")):
        notes = _notes(set_id, args.locales.split(","), seeds, args.offset)
        hit = total = false = spans = 0
        examples: Counter[str] = Counter()
        for text, truth in notes:
            found = [text[s:e] for s, e, _ in lone_cued_name_spans(text)]
            names = [v for ent, v in truth if ent in _NAMES]
            words = {w.lower() for v in names for w in v.replace(",", " ").split()}
            for ent, v in truth:
                if ent == "last_name" or (ent == "name" and len(v.split()) == 1):
                    total += 1
                    hit += any(v.lower() in f.lower() for f in found)
            for f in found:
                spans += 1
                if not all(w.lower() in words for w in f.split()):
                    false += 1
                    examples[f"{f!r} in {text[:160]!r}"] += 1
        print(f"set {set_id}: notes {len(notes)} one-word names covered {hit}/{total}; spans {spans}, false {false}")
        for ex, c in examples.most_common(args.show):
            print(f"   {c}x {ex}")
    if args.reviews:
        with open("../shared/data/womens_clothing_reviews.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))[: args.reviews]
        texts = [r.get("Review Text") or "" for r in rows] + [r.get("Title") or "" for r in rows]
        hits = [(t[s:e], t) for t in texts for s, e, _ in lone_cued_name_spans(t)]
        print(f"reviews: {len(texts)} texts, {len(hits)} spans")
        for f, t in hits[: args.show]:
            i = t.find(f)
            print(f"   {f!r} in ...{t[max(0, i - 60) : i + 40]!r}")


if __name__ == "__main__":
    sys.exit(main())
