"""Helper NM, session 61: person-name columns written joined by a machine (``Short.Tracy``, ``ROYER_Gilles``,
``elena-trezzini``, ``JulieMichaelkennedy``, ``Bennett (A)``): per locale and seed of a held-out set, the person
columns the judge of :mod:`column_machine_joined_people` takes or refuses (with the refusal's reason; no cell
values), and the columns it takes that are no person (false).

Run: ``PYTHONPATH=src:benchmarks python benchmarks/dev_nm_s61.py --set 46 --locales en_US,fr_FR --seeds 46001``;
with ``--columns`` the whole column detection (``plan_columns``, names shown and hidden) is scored instead: name
columns hit / positive and every miss and false column (header and entities only), to compare two trees (run it
with ``PYTHONPATH`` at the tree's ``src``).
"""

from __future__ import annotations

import argparse
import importlib

PERSON = {"name", "first_name", "last_name"}


def _table(set_id: int, locale: str, seed: int):
    mod = importlib.import_module(f"heldout{set_id}_shapes")
    return getattr(mod, f"heldout{set_id}_table")(locale, seed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=46)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="46001")
    ap.add_argument("--columns", action="store_true")
    args = ap.parse_args()
    if args.columns:
        _columns(args)
        return
    from safe_synthesizer.pii.column_machine_joined_people import judge_machine_joined

    took = refused = false = 0
    for locale in args.locales.split(","):
        for seed in map(int, args.seeds.split(",")):
            try:
                t = _table(args.set, locale, seed)
            except Exception as exc:  # a seed the locale lacks
                print(locale, seed, "no table", type(exc).__name__)
                continue
            for head, label in t.labels.items():
                values = [" ".join(v.split()) for v in t.frame[head] if isinstance(v, str) and v.strip()]
                verdict, reason = judge_machine_joined(values)
                accepted = set(label) if isinstance(label, (set, frozenset, tuple, list)) else {label}
                if "name" in accepted:
                    took += verdict is not None
                    refused += verdict is None
                    print(f"{locale} {seed} {head!r}: {'TAKEN' if verdict else 'refused'} ({reason})")
                elif verdict is not None and not accepted & (PERSON | {"dont_care"}):
                    false += 1
                    print(f"{locale} {seed} {head!r}: FALSE {label} ({reason})")
    print(f"name columns taken {took}, refused {refused}; false {false}")


def _columns(args: argparse.Namespace) -> None:
    import pii_heldout_scoring as scoring

    tally = {"shown": [0, 0, 0, 0], "hidden": [0, 0, 0, 0]}  # name hit, name pos, false, all misses
    for locale in args.locales.split(","):
        for seed in map(int, args.seeds.split(",")):
            try:
                t = _table(args.set, locale, seed)
            except Exception as exc:  # a seed the locale lacks
                print(locale, seed, "no table", type(exc).__name__)
                continue
            for mode in ("shown", "hidden"):
                out = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                hit, pos = out["by_entity"].get("name", [0, 0])
                tally[mode][0] += hit
                tally[mode][1] += pos
                tally[mode][2] += len(out["false"])
                tally[mode][3] += len(out["miss"])
                for m in out["miss"]:
                    print(f"{locale} {seed} {mode} MISS {m}")
                for f in out["false"]:
                    print(f"{locale} {seed} {mode} FALSE {f}")
    for mode, (hit, pos, false, miss) in tally.items():
        print(f"{mode}: name columns {hit}/{pos}; all misses {miss}; false {false}")


if __name__ == "__main__":
    main()
