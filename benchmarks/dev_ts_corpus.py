"""Street spans over a fixed corpus of notes, dumped for a before/after diff (session 48, helper TS).

Why: a street rule that reads position and shape (a cue, capitalised words, a house number) can fire on
products, rooms and dates; the only honest check is every span it adds on texts nobody tuned on. The corpus is
the sweep's public review texts (``../shared/data/womens_clothing_reviews.csv``, all rows; they hold no
addresses, so every street span there is false) and the notes of held-out sets 30-33 (seed 1 per locale, and
for set 33 the dev seeds 33501-33503 too). Each note's labelled streets are written next to its spans, so the
diff shows what a change adds, drops or leaves missed.

Usage::

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ts_corpus.py --out /tmp/ts/base.jsonl
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ts_corpus.py --out /tmp/ts/new.jsonl \
        --texts-from /tmp/ts/base.jsonl
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ts_corpus.py --diff /tmp/ts/base.jsonl /tmp/ts/new.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_streets import street_spans

_REVIEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "womens_clothing_reviews.csv"


def _sets() -> list[tuple[str, object, tuple[int, ...]]]:
    import heldout30_shapes
    import heldout31_shapes
    import heldout32_shapes
    import heldout33_shapes
    import heldout34_shapes
    import heldout35_shapes

    return [
        ("s30", heldout30_shapes.heldout30_table, (30001,)),
        ("s31", heldout31_shapes.heldout31_table, (31001,)),
        ("s32", heldout32_shapes.heldout32_table, (32001,)),
        ("s33", heldout33_shapes.heldout33_table, (33001, 33501, 33502, 33503)),
        ("s34", heldout34_shapes.heldout34_table, (34001,)),
        ("s35", heldout35_shapes.heldout35_table, (35001, 35501)),
    ]


def _locales(module_name: str) -> tuple[str, ...]:
    import importlib

    return tuple(importlib.import_module(f"heldout{module_name[1:]}_shapes").LOCALES)


def corpus():
    """(source, text, labelled streets) of every note and review of the corpus."""
    reviews = pd.read_csv(_REVIEWS)
    for i, text in enumerate(reviews["Review Text"].dropna().astype(str)):
        yield f"review/{i}", text, []
    for i, text in enumerate(reviews["Title"].dropna().astype(str)):
        yield f"title/{i}", text, []
    for name, build, seeds in _sets():
        for locale in _locales(name):
            for seed in seeds:
                try:
                    table = build(locale, seed)
                except Exception as exc:  # a dev corpus: skip a table that does not build
                    print("skip", name, locale, seed, type(exc).__name__)
                    continue
                notes = table.frame[table.notes_column].tolist()
                for row, (text, truth) in enumerate(zip(notes, table.notes, strict=True)):
                    if isinstance(text, str) and text.strip():
                        streets = [v for e, v in truth if e in ("street_address", "address")]
                        yield f"{name}/{locale}/{seed}/{row}", text, streets


def dump(path: str, texts_from: str | None = None) -> None:
    """Write every text's spans; ``texts_from``: an earlier dump whose texts are read again (fast)."""
    rows = corpus() if texts_from is None else ((r["src"], r["text"], r["truth"]) for r in _load(texts_from).values())
    with open(path, "w") as fh:
        for source, text, streets in rows:
            spans = [text[a:b] for a, b, _ in street_spans(text)]
            fh.write(json.dumps({"src": source, "text": text, "truth": streets, "spans": spans}) + "\n")


def _load(path: str) -> dict[str, dict]:
    with open(path) as fh:
        return {r["src"]: r for r in map(json.loads, fh)}


def _caught(value: str, spans: list[str]) -> bool:
    return any(value in s for s in spans)


def diff(before: str, after: str) -> None:
    a, b = _load(before), _load(after)
    added, dropped, counts = [], [], {"hit": [0, 0], "false_reviews": [0, 0], "false_notes": [0, 0]}
    for src, new in b.items():
        old = a.get(src, {"spans": []})
        for k, rec in ((0, old), (1, new)):
            counts["hit"][k] += sum(_caught(v, rec["spans"]) for v in new["truth"])
            false = [s for s in rec["spans"] if not any(v in s or s in v for v in new["truth"])]
            counts["false_reviews" if src.startswith(("review", "title")) else "false_notes"][k] += len(false)
        for s in set(new["spans"]) - set(old["spans"]):
            added.append((src, s, any(v in s or s in v for v in new["truth"]), new["text"]))
        for s in set(old["spans"]) - set(new["spans"]):
            dropped.append((src, s, new["text"]))
    total = sum(len(r["truth"]) for r in b.values())
    print(f"labelled streets {total}: caught {counts['hit'][0]} -> {counts['hit'][1]}")
    print(f"unlabelled spans in reviews {counts['false_reviews']}, in notes {counts['false_notes']}")
    print(f"\nADDED {len(added)}")
    for src, s, ok, text in sorted(added, key=lambda x: x[2]):
        print(("  ok " if ok else "  NEW ") + src, repr(s), "|", text[:200])
    print(f"\nDROPPED {len(dropped)}")
    for src, s, text in dropped:
        print("  ", src, repr(s), "|", text[:200])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--diff", nargs=2)
    parser.add_argument("--texts-from", help="an earlier dump: its texts, not the tables again")
    args = parser.parse_args()
    if args.out:
        dump(args.out, args.texts_from)
    if args.diff:
        diff(*args.diff)


if __name__ == "__main__":
    main()
