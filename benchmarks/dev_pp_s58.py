"""Helper PP, session 58: harvest held-out tables with their column findings, then measure the precision guards.

``harvest``: for a set (33..43), locales and seeds, build each table shown and hidden (headers ``c000``...), run
:func:`detect_table` on the code first on ``PYTHONPATH`` and pickle (frame, labels, findings) under ``--out``.
The pickles are then read by small scripts that run the guards of :mod:`column_category_people` and
:mod:`column_entity_consistency` on the stored findings and list every finding they drop or change with its truth
(run the harvest at ``PYTHONPATH=/work/s58start/src`` so the findings are the ones before the guards).
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import sys
import time
from pathlib import Path

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace_engine import phone_region


def _builder(number: int):
    shapes = importlib.import_module(f"heldout{number}_shapes")
    language = importlib.import_module(f"heldout{number}_language")
    return getattr(shapes, f"heldout{number}_table"), language


def harvest(number: int, locales: list[str], seeds: list[int], out: Path) -> None:
    build, _ = _builder(number)
    params = ReplacePiiParameters()
    out.mkdir(parents=True, exist_ok=True)
    for locale in locales:
        for seed in seeds:
            try:
                table = build(locale, seed)
            except Exception as exc:  # a locale the set does not hold
                print("skip", locale, seed, type(exc).__name__, file=sys.stderr)
                continue
            for mode in ("shown", "hidden"):
                frame, labels = table.frame, dict(table.labels)
                notes = table.notes_column
                if mode == "hidden":
                    rename = {c: f"c{i:03d}" for i, c in enumerate(frame.columns)}
                    frame = frame.rename(columns=rename)
                    labels = {rename[c]: v for c, v in labels.items()}
                    notes = rename[notes]
                t0 = time.process_time()
                found = detect_table(frame, infer_schema(frame).columns, params, region=phone_region(params), seed=0)
                cost = time.process_time() - t0
                item = {"set": number, "locale": locale, "seed": seed, "mode": mode, "frame": frame,
                        "labels": labels, "notes": notes, "found": found, "cost": cost}  # fmt: skip
                with open(out / f"{number}_{locale}_{seed}_{mode}.pkl", "wb") as fh:
                    pickle.dump(item, fh)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=("harvest",))
    ap.add_argument("--set", type=int, default=43)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1, help="every k-th locale of the set")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--out", type=Path, default=Path("/tmp/s58_PP/harvest"))
    a = ap.parse_args()
    _, language = _builder(a.set)
    locales = a.locales.split(",") if a.locales else list(language.LOCALES)[:: a.every]
    seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else [language.SEEDS[0]]
    harvest(a.set, locales, seeds, a.out)


if __name__ == "__main__":
    main()
