"""Lower-case full names in notes (chat speakers, lists of names, returning/chasing/coming-with cues): name recall
of the notes of a held-out set before and after session 52's rules (helper TN).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s52.py --set 37 --seeds 37501-37503 [--wired] [--show]

``--wired`` adds :mod:`text_name_lower_slots` and :mod:`text_name_lower_handled` to ``cued_name_spans`` (as the
wiring request does) when the hook does not call them yet; ``--without`` silences them where the hook calls them
(BEFORE); with neither the tree runs as it is. Prints the name recall per locale (all name values and
the multi-word ones) and, with ``--show``, each missed multi-word name with its original note.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import text_cued_names, text_name_pairs
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.text_name_lower_handled import lower_handled_name_spans
from safe_synthesizer.pii.text_name_lower_slots import lower_slot_name_spans


def _unwire() -> None:
    """Silence the two rules where the hook calls them (the tree as before the wiring)."""
    for name in ("lower_slot_name_spans", "lower_handled_name_spans"):
        if hasattr(text_cued_names, name):
            setattr(text_cued_names, name, lambda _text: [])


def _wire() -> None:
    if hasattr(text_cued_names, "lower_slot_name_spans"):
        return  # the hook already calls them
    cued = text_name_pairs.cued_name_spans

    def wired(text: str) -> list[tuple[int, int, str]]:
        return cued(text) + lower_slot_name_spans(text) + lower_handled_name_spans(text)

    text_name_pairs.cued_name_spans = wired


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=37)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1, help="every n-th locale of the set")
    ap.add_argument("--seeds", default="37501-37503")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--wired", action="store_true")
    ap.add_argument("--without", action="store_true", help="silence the two rules (BEFORE)")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.wired:
        _wire()
    if args.without:
        _unwire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)[:: args.every]
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    total = defaultdict(lambda: [0, 0, 0, 0])
    for locale in locales:
        for seed in seeds:
            try:
                t = build(locale, seed, n=args.rows)
            except Exception as exc:  # a set's builder may not cover every shape
                print("skip", locale, seed, type(exc).__name__)
                continue
            res = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
            after = res.data[t.notes_column].tolist()
            before = t.frame[t.notes_column].tolist()
            for orig, new, truth in zip(before, after, t.notes, strict=True):
                for entity, value in truth:
                    if entity != "name":
                        continue
                    ok = scoring.caught(entity, value, "" if new is None else str(new), locale)
                    multi = " " in value.strip()
                    c = total[locale]
                    c[0] += ok
                    c[1] += 1
                    c[2] += ok and multi
                    c[3] += multi
                    if not ok and multi and args.show:
                        print(f"  {locale}/{seed} MISS {value!r}\n     in {orig!r}\n    -> {new!r}")
        c = total[locale]
        print(f"{locale}: names {c[0]}/{c[1]} multi-word {c[2]}/{c[3]}", flush=True)
    s = [sum(v[k] for v in total.values()) for k in range(4)]
    print(f"ALL: names {s[0]}/{s[1]} = {s[0] / max(s[1], 1):.4f}; multi-word {s[2]}/{s[3]} = {s[2] / max(s[3], 1):.4f}")


if __name__ == "__main__":
    sys.exit(main())
