"""Session 68, helper DS: dates inside a container whose head says what it wraps (:mod:`wrapped_cell_dates`: a
markup element, a formula sign, a key's label), measured with the proposed wiring (``/work/s68docs/wiring_DS.md``:
the reader last among ``date_reader.CELL_FALLBACKS``) patched in at run time (``--patch``).

Run from the repository (``benchmarks`` is put on the path); built tables are pickled into ``/tmp/ds68_cache``::

    python benchmarks/dev_ds_s68.py --scan 52:en_US:52001 52:yi_US:52001      # cells newly read by the reader
    python benchmarks/dev_ds_s68.py 53:it_IT:53006 53:nl_NL:53004 --out /tmp/ds68_before.json
    python benchmarks/dev_ds_s68.py 53:it_IT:53006 53:nl_NL:53004 --patch --out /tmp/ds68_after.json
    python benchmarks/dev_ds_s68.py --diff /tmp/ds68_before.json /tmp/ds68_after.json

``--scan`` prints, per column, the distinct cells ``read_date`` does not read and the new reader does (the only
cells the wiring changes): plans need comparing only for tables with such a column (``--delta`` style). A table run
prints its birth-date columns found (shown and hidden) and every miss or false column naming a birth date or a phone,
and dumps all misses and false columns for ``--diff``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp/ds68_cache")


def table(set_id: int, locale: str, seed: int) -> dict:
    """The table of a set (frame, labels, notes column), from the cache when built before."""
    path = CACHE / f"{set_id}_{locale}_{seed}.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    build = getattr(importlib.import_module(f"heldout{set_id}_shapes"), f"heldout{set_id}_table")
    t = build(locale, seed)
    out = {"frame": t.frame, "labels": t.labels, "notes": t.notes_column}
    os.makedirs(CACHE, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(out, fh)
    return out


def scan(specs: list[tuple[int, str, int]]) -> None:
    from safe_synthesizer.pii.date_reader import read_date
    from safe_synthesizer.pii.wrapped_cell_dates import read_wrapped_date

    for set_id, locale, seed in specs:
        try:
            t = table(set_id, locale, seed)
        except Exception as exc:  # a locale/seed the set does not build
            print("ERR", set_id, locale, seed, type(exc).__name__)
            continue
        for col in t["frame"].columns:
            if col == t["notes"]:
                continue
            values = t["frame"][col].dropna().astype(str).drop_duplicates().head(300).tolist()
            new = [v for v in values if read_date(v) is None and read_wrapped_date(v) is not None]
            if new:
                label = t["labels"].get(col)
                print(f"NEW {set_id} {locale} {seed} | {col} | {label} | {len(new)}/{len(values)} | {new[:2]}")


def plans(specs: list[tuple[int, str, int]], out: str, patch: bool) -> None:
    from safe_synthesizer.pii import date_reader
    from safe_synthesizer.pii.wrapped_cell_dates import read_wrapped_date

    if patch and read_wrapped_date not in date_reader.CELL_FALLBACKS:
        date_reader.CELL_FALLBACKS.append(read_wrapped_date)
    res: dict = {}
    total = [0, 0]
    for set_id, locale, seed in specs:
        bench = importlib.import_module(f"bench_pii_heldout{set_id}")
        t = table(set_id, locale, seed)
        for hidden in (False, True):
            s = bench.score_columns(t["frame"], t["labels"], hidden, locale, t["notes"])
            res[f"{set_id}/{locale}/{seed}/{hidden}"] = sorted(s["false"]) + sorted(s["miss"])
            hit, pos = s["by_entity"].get("date_of_birth", [0, 0])
            total[0] += hit
            total[1] += pos
            odd = [m for m in s["miss"] + s["false"] if "birth" in m or "phone" in m]
            print(set_id, locale, seed, "H" if hidden else "S", "dob", f"{hit}/{pos}", odd, flush=True)
    print("TOTAL dob", f"{total[0]}/{total[1]}")
    with open(out, "w") as fh:
        json.dump(res, fh, indent=0)


def diff(before: str, after: str) -> None:
    with open(before) as fa, open(after) as fb:
        a, b = json.load(fa), json.load(fb)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            print(key, "\n  before:", a.get(key), "\n  after: ", b.get(key))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tables", nargs="*", help="set:locale:seed")
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--out", default="/tmp/ds68_plans.json")
    ap.add_argument("--diff", nargs=2)
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    if a.diff:
        diff(*a.diff)
        return
    specs = [(int(s), loc, int(seed)) for s, loc, seed in (t.split(":") for t in a.tables)]
    if a.scan:
        scan(specs)
    else:
        plans(specs, a.out, a.patch)


if __name__ == "__main__":
    main()
