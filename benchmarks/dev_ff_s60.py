"""Helper FF, session 60: person-name columns of held-out tables, missed and found (terminal only; cell values are
synthetic). ``seen``/``unseen``: per locale/seed the missed name columns with a few values and the judges' reasons,
then name-column recall shown/hidden and false name columns."""

from __future__ import annotations

import argparse
import importlib
import sys

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
NEW8 = ["ay_BO", "mg_MG", "sd_PK", "ckb_IQ", "ln_CD", "ny_MW", "gil_KI", "tet_TL"]
with open("/work/s60docs/part_c2.txt") as fh:
    C2 = fh.read().strip().split(",")


def plans(df: pd.DataFrame) -> dict:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def tables45(seeds: str, locales: list[str]):
    s45 = importlib.import_module("heldout45_shapes")
    for loc in locales:
        if seeds == "seen":
            ss = (
                (45001, 45002, 45003, 45004, 45005, 45006)
                if loc in FIRST7
                else (45001, 45002)
                if loc in NEW8
                else (45001,)
            )
        else:
            ss = (45501, 45502, 45503) if loc in FIRST7 + NEW8 else (45501,)
        for sd in ss:
            yield loc, sd, s45.heldout45_table(loc, sd)


def judges(vals: list[str]) -> str:
    from safe_synthesizer.pii.column_mixed_form_people import judge_mixed_forms

    out = judge_mixed_forms(vals)[1]
    try:
        from safe_synthesizer.pii.column_form_free_people import judge_form_free
    except ImportError:
        return out
    return out + " | FF: " + judge_form_free(vals)[1]


def score(tables, show: bool, judge: bool) -> None:
    tot = {"shown": [0, 0, 0], "hidden": [0, 0, 0]}  # hit, pos, false-name
    for loc, sd, t in tables:
        df = t.frame
        for mode in ("shown", "hidden"):
            d = df if mode == "shown" else df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
            p = plans(d)
            for c0, c in zip(df.columns, d.columns, strict=True):
                lab = t.labels.get(c0)
                if c0 == t.notes_column:
                    continue
                isname = bool(lab) and lab != "dont_care" and lab[0] == "name"
                vals = [v for v in df[c0].tolist() if isinstance(v, str) and v.strip()]
                if isname and vals:
                    tot[mode][1] += 1
                    if p.get(c) in lab:
                        tot[mode][0] += 1
                    elif show:
                        why = judges(vals) if judge else ""
                        print(f"MISS {mode} {loc}/{sd} {c0!r} ->{p.get(c)} n={len(vals)}/{len(df)} [{why}] {vals[:6]}")
                elif p.get(c) == "name" and lab != "dont_care" and not (lab and "name" in lab):
                    tot[mode][2] += 1
                    if show:
                        print(f"FALSE {mode} {loc}/{sd} {c0!r} lab={lab} {vals[:6]}")
    for m, (h, n, f) in tot.items():
        print(f"{m}: name recall {h}/{n} = {h / max(n, 1):.3f}; false name columns {f}")


def judge_only(tables, show: bool) -> None:
    """The form-free judge alone on every text column (dense and thin): name columns taken, others taken."""
    from safe_synthesizer.pii.column_form_free_people import judge_form_free

    hit = pos = false = 0
    for loc, sd, t in tables:
        for c in t.frame.columns:
            if c == t.notes_column:
                continue
            lab = t.labels.get(c)
            vals = [" ".join(v.split()) for v in t.frame[c].tolist() if isinstance(v, str) and v.strip()]
            if not vals:
                continue
            scored, why = judge_form_free(vals)
            isname = bool(lab) and lab != "dont_care" and lab[0] == "name"
            if isname:
                pos += 1
                hit += scored is not None
                if scored is None and show:
                    print(f"REFUSED {loc}/{sd} {c!r} n={len(vals)}/{len(t.frame)} [{why}] {vals[:5]}")
            elif scored is not None and lab != "dont_care" and not (lab and "name" in lab):
                false += 1
                print(f"TAKEN {loc}/{sd} {c!r} lab={lab} [{scored[1]}] {vals[:6]}")
    print(f"judge: name columns taken {hit}/{pos}; other columns taken {false}")


def tables_earlier(sets: list[int], every: int):
    """Tables of earlier held-out sets: the first 7 (two seeds) and every ``every``-th other locale (one seed)."""
    for nn in sets:
        mod = importlib.import_module(f"heldout{nn}_shapes")
        build = getattr(mod, f"heldout{nn}_table")
        first7 = list(getattr(mod, "FIRST7", FIRST7))
        others = [x for x in getattr(mod, "LOCALES", first7) if x not in first7][::every]
        for loc in first7 + others:
            for sd in mod.SEEDS[: 2 if loc in first7 else 1]:
                try:
                    yield f"{nn}:{loc}", sd, build(loc, sd)
                except Exception as exc:  # a builder of an old set may need its own runner's setup
                    print(f"SKIP {nn}:{loc}/{sd} {type(exc).__name__}")


def shared_data() -> None:
    """The judge on every text column of /work/shared/data (all of them: 0 people columns but Lahman's names)."""
    import glob

    from safe_synthesizer.pii.column_form_free_people import judge_form_free

    for path in sorted(glob.glob("/work/shared/data/*.csv")):
        df = pd.read_csv(path, nrows=5000, low_memory=False)
        for c in df.columns:
            vals = [" ".join(v.split()) for v in df[c].tolist() if isinstance(v, str) and v.strip()]
            if vals:
                scored, _ = judge_form_free(vals)
                if scored is not None:
                    print(f"SHARED TAKEN {path.rsplit('/', 1)[-1]}:{c} [{scored[1]}]")
    print("shared data done")


def missed_tables(results: str, locales: set[str] | None = None) -> None:
    """The set-45 tables with missed name columns in ``results`` (the runner's json), planned again (shown and
    hidden): how many of those misses are found now, and the name findings on columns that are no names."""
    import json

    s45 = importlib.import_module("heldout45_shapes")
    data = json.load(open(results))["locales"]  # noqa: SIM115
    tables: dict[tuple[str, int], dict[str, set[str]]] = {}
    for loc, v in data.items():
        if locales and loc not in locales:
            continue
        for mode in ("shown", "hidden"):
            for m in v[f"{mode}_miss"]:
                if ":name->" in m:
                    seed, rest = m.split("/", 1)
                    col = rest.rsplit(":name->", 1)[0]
                    tables.setdefault((loc, int(seed)), {"shown": set(), "hidden": set()})[mode].add(col)
    got = {"shown": [0, 0], "hidden": [0, 0]}
    false = 0
    for (loc, sd), missed in sorted(tables.items()):
        t = s45.heldout45_table(loc, sd)
        df = t.frame
        for mode in ("shown", "hidden"):
            d = df if mode == "shown" else df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
            p = plans(d)
            for c0, c in zip(df.columns, d.columns, strict=True):
                lab = t.labels.get(c0)
                if c in missed[mode]:
                    got[mode][1] += 1
                    got[mode][0] += p.get(c) in lab
                    if p.get(c) not in lab:
                        print(f"STILL {mode} {loc}/{sd} {c0!r} ->{p.get(c)}")
                elif p.get(c) == "name" and c0 != t.notes_column and lab != "dont_care" and not (lab and "name" in lab):
                    false += 1
                    print(f"FALSE {mode} {loc}/{sd} {c0!r} lab={lab} {df[c0].astype(str).tolist()[:5]}")
        sys.stdout.flush()
    for m, (h, n) in got.items():
        print(f"{m}: {h} of {n} missed name columns found now")
    print(f"name findings on other columns in those tables: {false}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["seen", "unseen", "earlier", "shared", "missed"])
    ap.add_argument("--results", default="benchmarks/results/pii_heldout45_after.json")
    ap.add_argument("--sets", default="33,34,35,36,37,38,39,40,41,42,43,44")
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--judge", action="store_true")
    ap.add_argument("--locales", default="")
    ap.add_argument("--only-judge", action="store_true")
    a = ap.parse_args()
    locs = a.locales.split(",") if a.locales else FIRST7 + NEW8 + C2
    if a.what == "missed":
        missed_tables(a.results, set(a.locales.split(",")) if a.locales else None)
    elif a.what == "shared":
        shared_data()
    elif a.what == "earlier":
        judge_only(tables_earlier([int(x) for x in a.sets.split(",")], a.every), False)
    elif a.only_judge:
        judge_only(tables45(a.what, locs), not a.quiet)
    else:
        score(tables45(a.what, locs), not a.quiet, a.judge)
    sys.stdout.flush()
