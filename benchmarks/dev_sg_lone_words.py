"""One-word names missed in notes (helper SG, session 52): every missed ``last_name`` and one-word ``name`` of a
held-out set's notes, with the word before it, the word after it, and whether the table's name columns hold it.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_sg_lone_words.py --set 37 --locales en_GB --seeds 37001

Prints one line per miss and a JSON list to ``--out``; ``--all`` scores every name (recall over one-word names).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _table_words(frame, labels) -> set[str]:
    words: set[str] = set()
    for col, label in labels.items():
        if label in ("name", "first_name", "last_name") and col in frame:
            for v in frame[col].tolist():
                if isinstance(v, str):
                    words |= {w.lower() for w in re.findall(r"[^\W\d_][\w'\-]*", v)}
    return words


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="37")
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="37001")
    ap.add_argument("--out", default="")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--wired", action="store_true", help="add text_name_lone_cued to the given-name cue rules")
    args = ap.parse_args()
    if args.wired:
        from safe_synthesizer.pii import text_name_pairs
        from safe_synthesizer.pii.text_name_lone_cued import lone_cued_name_spans

        given = text_name_pairs.given_cue_spans
        text_name_pairs.given_cue_spans = lambda text: list(dict.fromkeys(given(text) + lone_cued_name_spans(text)))
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    misses, tally = [], Counter()
    for locale in args.locales.split(","):
        for seed in seeds:
            t = build(locale, seed)
            res = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
            table = _table_words(t.frame, t.labels)
            after = res.data[t.notes_column].tolist()
            before = t.frame[t.notes_column].tolist()
            for orig, new, truth in zip(before, after, t.notes, strict=True):
                for entity, value in truth:
                    if entity not in ("name", "last_name") or (entity == "name" and len(value.split()) > 1):
                        continue
                    ok = scoring.caught(entity, value, "" if new is None else str(new), locale)
                    tally[(entity, ok)] += 1
                    if ok:
                        continue
                    i = orig.find(value)
                    prev = orig[max(0, i - 25) : i]
                    nxt = orig[i + len(value) : i + len(value) + 15]
                    rec = dict(loc=locale, seed=seed, kind=entity, value=value, prev=prev, next=nxt,
                               table=value.lower() in table, note=orig, new=new)  # fmt: skip
                    misses.append(rec)
                    if not args.quiet:
                        print(f"{locale}/{seed} {entity} {value!r} tbl={rec['table']} ...{prev!r}[]{nxt!r}", flush=True)
    for k, v in sorted(tally.items()):
        print(k, v)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(misses, fh, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    sys.exit(main())
