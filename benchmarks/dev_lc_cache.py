"""Dev (helper LC, session 51): cache ``replace_pii`` outputs of held-out notes, for lower-case name probes.

For each table of a set and seed range, stores the notes that hold a lower-case name, the replaced notes and each
note's truth in
``OUT/<set>_<locale>_<seed>.json``; ``dev_lc_lower.py`` then scores lower-case names before and after new rules
without rerunning the pipeline.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_cache.py --set 36 --seeds tuned --out /tmp/lc_cache
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_cache.py --set 36 --seeds 36501-36503
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
from pathlib import Path

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _lower_name(entity: str, value: str) -> bool:
    return entity in ("name", "first_name", "last_name") and value == value.lower() and value != value.upper()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, required=True)
    ap.add_argument("--seeds", default="tuned", help="'tuned' (the set's own seeds) or a range such as 36501-36503")
    ap.add_argument("--out", default="/tmp/lc_cache")
    ap.add_argument("--locales", default="")
    args = ap.parse_args()
    logging.disable(logging.INFO)
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    language = importlib.import_module(f"heldout{args.set}_language")
    build = getattr(shapes, f"heldout{args.set}_table")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    for locale in locales:
        if args.seeds == "tuned":
            seeds = list(language.seeds_for(locale))
        else:
            a, _, b = args.seeds.partition("-")
            seeds = list(range(int(a), int(b or a) + 1))
        for seed in seeds:
            path = out / f"{args.set}_{locale}_{seed}.json"
            if path.exists():
                continue
            t = build(locale, seed)
            # Only the rows whose note holds a lower-case name (the pipeline is slow on a shared machine).
            keep = [i for i, truth in enumerate(t.notes) if any(_lower_name(e, v) for e, v in truth)]
            if not keep:
                continue
            # A frame of one or two rows is no table to plan: pad with other noted rows (not scored).
            others = [i for i, x in enumerate(t.frame[t.notes_column].tolist()) if isinstance(x, str) and x]
            keep = sorted(set(keep) | set([i for i in others if i not in keep][: max(0, 12 - len(keep))]))
            frame = t.frame.iloc[keep].reset_index(drop=True)
            before = frame[t.notes_column].tolist()
            res = replace_pii(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)
            after = res.data[t.notes_column].tolist()
            rows = [
                {"note": b, "out": "" if a is None else str(a), "truth": list(map(list, t.notes[i]))}
                for i, b, a in zip(keep, before, after, strict=True)
            ]
            path.write_text(json.dumps({"locale": locale, "seed": seed, "shape": t.shape, "rows": rows}))
            print(path.name, len(rows), flush=True)


if __name__ == "__main__":
    main()
