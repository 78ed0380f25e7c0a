"""Dev (helper NS, session 46): person columns written in a non-Latin script, shown and hidden, on set 31's
builder at other seeds (31501+) and at set 31's own seeds; every other column in such a script must stay None.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ns_columns.py hi_IN,ta_IN 31501-31510``
(``--all`` prints every script column's plan, ``--latin`` also counts Latin person columns)."""

from __future__ import annotations

import re
import sys

import heldout31_shapes as H
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

PERSON = {"name", "first_name", "last_name"}
LATIN_LETTER_RE = re.compile(f"[{LATIN_UPPER}{LATIN_LOWER}]")


def _plans(df) -> dict:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _scripted(values) -> bool:
    """Most cells hold a letter and no Latin letter (a non-Latin script)."""
    vals = [v for v in values if any(ch.isalpha() for ch in v)]
    return bool(vals) and sum(1 for v in vals if not LATIN_LETTER_RE.search(v)) >= 0.6 * len(vals)


def _seeds(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    locales, seeds = sys.argv[1].split(","), _seeds(sys.argv[2])
    show_all, latin = "--all" in sys.argv, "--latin" in sys.argv
    hit = {"S": 0, "H": 0}
    total, false = 0, []
    for locale in locales:
        for seed in seeds:
            t = H.heldout31_table(locale, seed)
            df = t.frame.drop(columns=[t.notes_column])
            cols = list(df.columns)
            for hidden in ("S", "H"):
                frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(cols)}) if hidden == "H" else df
                plans = _plans(frame)
                for i, col in enumerate(cols):
                    values = [str(v) for v in df[col].dropna().tolist()]
                    if not (latin or _scripted(values)):
                        continue
                    label = t.labels.get(col)
                    got = plans.get(f"c{i:03d}" if hidden == "H" else col)
                    person = label not in (None, "dont_care") and bool(PERSON & set(label))
                    if show_all:
                        print(f"  {locale} {seed} {t.shape} {hidden} {col!r} {label} -> {got}", values[:3])
                    if person:
                        total += hidden == "S"
                        ok = got in label
                        hit[hidden] += ok
                        if not ok:
                            print(f"miss {locale} {seed} {t.shape} {hidden} {col!r} {label} -> {got}", values[:4])
                    elif label is None and got not in (None, "free_text"):
                        false.append(f"{locale} {seed} {t.shape} {hidden} {col!r} -> {got} {values[:3]}")
        print(f"  after {locale}: shown {hit['S']}/{total}, hidden {hit['H']}/{total}, false {len(false)}", flush=True)
    print(f"person columns in a non-Latin script: shown {hit['S']}/{total}, hidden {hit['H']}/{total}; "
          f"false {len(false)}")  # fmt: skip
    for x in false:
        print("false", x)


if __name__ == "__main__":
    main()
