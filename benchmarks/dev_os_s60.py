"""Dev measure for helper OS (session 60): person columns in scripts without case and in Cyrillic.

For each (locale, seed) of a held-out builder, the columns labelled as people whose values are mostly in a
non-Latin script, and what ``plan_columns`` made of them with the headers shown and hidden. Prints counts
(and, with ``--show``, a few values of each missed column: terminal only, never written to a file).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_os_s60.py --set 45 --seeds 45001 [--show] [--locales a,b]
"""

from __future__ import annotations

import argparse
import importlib
import unicodedata

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

SCRIPT_LOCALES = ["ar_SY", "ar_JO", "ar_OM", "ckb_IQ", "sd_PK", "ug_CN", "ps_AF", "dv_MV", "bn_BD", "bo_CN",
                  "ky_KG", "ka_GE", "ti_ER", "zh_MO", "ko_KR"]  # fmt: skip
PERSON = {"name", "first_name", "last_name"}


def _non_latin(value: str) -> bool:
    letters = [ch for ch in value if ch.isalpha()]
    return bool(letters) and sum(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters) > len(letters) / 2


def _plans(frame: pd.DataFrame) -> dict[str, str | None]:
    return {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}


def _builder(which: str):
    mod = importlib.import_module(f"heldout{which}_shapes")
    return getattr(mod, f"heldout{which}_table")


def measure(which: str, locales: list[str], seeds: list[int], show: bool) -> dict:
    build = _builder(which)
    tot = {"pos": 0, "shown": 0, "hidden": 0, "false_shown": 0, "false_hidden": 0}
    for locale in locales:
        for seed in seeds:
            try:
                t = build(locale, seed)
            except Exception as exc:
                print(locale, seed, "no table", type(exc).__name__)
                continue
            frame, labels = t.frame, t.labels
            shown = _plans(frame)
            hidden_frame = frame.rename(columns={c: f"c{i:03d}" for i, c in enumerate(frame.columns)})
            hidden = {frame.columns[int(k[1:])]: v for k, v in _plans(hidden_frame).items()}
            for col, label in labels.items():
                vals = [str(v) for v in frame[col] if isinstance(v, str) and v.strip()]
                if not vals or sum(map(_non_latin, vals)) < 0.5 * len(vals):
                    continue
                is_person = bool(label) and label != "dont_care" and label[0] in PERSON
                if is_person:
                    tot["pos"] += 1
                    ok_s, ok_h = shown.get(col) in label, hidden.get(col) in label
                    tot["shown"] += ok_s
                    tot["hidden"] += ok_h
                    if not (ok_s and ok_h):
                        got = f"shown={shown.get(col)} hidden={hidden.get(col)}"
                        print(f"MISS {locale} {seed} {col!r} {label[0]} {got}")
                        if show:
                            print("    ", vals[:8])
                elif label != "dont_care":
                    for mode, plans in (("shown", shown), ("hidden", hidden)):
                        if plans.get(col) in PERSON and col != t.notes_column:
                            tot[f"false_{mode}"] += 1
                            print(f"FALSE {mode} {locale} {seed} {col!r} {label} -> {plans.get(col)}")
    print(which, seeds, tot)
    return tot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="45")
    ap.add_argument("--seeds", default="45001")
    ap.add_argument("--locales", default=",".join(SCRIPT_LOCALES))
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    measure(a.set, a.locales.split(","), [int(s) for s in a.seeds.split(",")], a.show)


if __name__ == "__main__":
    main()
