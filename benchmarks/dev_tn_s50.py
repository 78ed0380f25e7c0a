"""Set 35's kinds of missed text names on other seeds (helper TN, session 50): names signed after a closing
formula or alone at a note's end, names of stocks no list holds, subjects before a verb, names after a role.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s50.py --locales fr_BJ,to_TO --seeds 35501-35504

Runs ``replace_pii`` on ``heldout33_shapes.heldout33_table(locale, seed)`` (notes only scored) and prints the name
recall per locale and each missed name with its original note (``--show``).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

import heldout35_shapes as set35
import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="35501-35504")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)

    total = defaultdict(lambda: [0, 0])
    for locale in args.locales.split(","):
        for seed in seeds:
            t = set35.heldout35_table(locale, seed, n=args.rows)
            res = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
            after = res.data[t.notes_column].tolist()
            before = t.frame[t.notes_column].tolist()
            for orig, new, truth in zip(before, after, t.notes, strict=True):
                for entity, value in truth:
                    if entity not in ("name", "last_name", "first_name"):
                        continue
                    ok = scoring.caught(entity, value, "" if new is None else str(new), locale)
                    total[locale][0] += ok
                    total[locale][1] += 1
                    if not ok and args.show:
                        print(f"  {locale}/{seed} MISS {value!r}\n     in {orig!r}\n    -> {new!r}")
        h, n = total[locale]
        print(f"{locale}: names {h}/{n} = {h / max(n, 1):.3f}", flush=True)
    h = sum(v[0] for v in total.values())
    n = sum(v[1] for v in total.values())
    print(f"ALL: {h}/{n} = {h / max(n, 1):.3f}")


if __name__ == "__main__":
    sys.exit(main())
