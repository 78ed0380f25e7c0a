"""Helper NC, session 58: person-name column recall and false person columns of the slot reader's pass.

Runs ``plan_columns`` (through ``pii_heldout_scoring.score_columns``) on held-out tables, shown and hidden, and
writes per table the name columns missed and the columns found as people that are none. Run it once with the
session's start code first on PYTHONPATH and once with the changed code, then compare the two JSON files.

    PYTHONPATH=src:benchmarks python benchmarks/dev_nc_s58.py --set 43 --seeds 43501 --out /tmp/after.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from pathlib import Path

import pii_heldout_scoring as scoring

_PEOPLE = ("name", "first_name", "last_name")


def _tables(set_no: int, seeds: list[int] | None, locales: list[str] | None, pairs: list[str]):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    language = importlib.import_module(f"heldout{set_no}_language")
    build = getattr(shapes, f"heldout{set_no}_table")
    for pair in pairs:  # ``locale:seed``
        locale, seed = pair.split(":")
        yield locale, int(seed), build(locale, int(seed))
    if pairs:
        return
    for locale in locales or list(language.LOCALES):
        for seed in seeds or language.seeds_for(locale):
            yield locale, seed, build(locale, seed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, required=True)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--pairs", default="", help="locale:seed,... (instead of --locales and --seeds)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--approx", default="", help="a benchmark JSON: the pass alone on its missed tables (fast)")
    ap.add_argument("--scan", action="store_true", help="the pass's score alone on every column (fast)")
    a = ap.parse_args()
    seeds = [int(s) for s in a.seeds.split(",") if s] or None
    locales = [s for s in a.locales.split(",") if s] or None
    if a.approx:
        found = approx(a.set, a.approx)
        Path(a.out).write_text(json.dumps(found, indent=1))
        print(a.set, "caught", len(found["caught"]), "left", len(found["left"]), "false", len(found.get("false", [])))
        return
    if a.scan:
        found = scan(a.set, seeds, locales)
        Path(a.out).write_text(json.dumps(found, indent=1))
        print(a.set, a.seeds, "people", len(found["people"]), "others", len(found["others"]))
        return
    out: dict = {"pos": 0, "hit": 0, "miss": [], "false_people": [], "tables": 0}
    t0 = time.process_time()
    for locale, seed, table in _tables(a.set, seeds, locales, [p for p in a.pairs.split(",") if p]):
        out["tables"] += 1
        for mode in ("shown", "hidden"):
            s = scoring.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
            for k, v in s["by_entity"].items():
                if k == "name":
                    out["pos"] += v[1]
                    out["hit"] += v[0]
            out["miss"] += [f"{mode}/{locale}/{seed}/{m}" for m in s["miss"] if ":name->" in m]
            out["false_people"] += [f"{mode}/{locale}/{seed}/{m}" for m in s["false"] if m.endswith(_PEOPLE)]
    out["cpu"] = round(time.process_time() - t0, 1)
    Path(a.out).write_text(json.dumps(out, indent=1))
    print(
        a.set,
        a.seeds,
        "tables",
        out["tables"],
        "name",
        out["hit"],
        "/",
        out["pos"],
        "false people",
        len(out["false_people"]),
        "cpu",
        out["cpu"],
    )


def scan(set_no: int, seeds: list[int] | None, locales: list[str] | None) -> dict:
    """Without the pipeline (fast): per table, the columns the pass's score accepts, dense or (beside the labelled
    people) sparse, split into labelled people and others (a superset of its possible false columns)."""
    import pandas as pd

    from safe_synthesizer.pii.column_slot_people import MAX_SPARSE_FILLED, _text_cells, slot_people_score
    from safe_synthesizer.pii.person_slots import read_person_slots, slot_words

    out: dict = {"people": [], "others": [], "tables": []}
    for locale, seed, table in _tables(set_no, seeds, locales, []):
        df = table.frame
        person_cols = [c for c, lab in table.labels.items() if lab not in (None, "dont_care") and lab[0] in _PEOPLE]
        words: set[str] = set()
        for c in person_cols:
            for v in dict.fromkeys(_text_cells(df[c])):
                if (cell := read_person_slots(v)) is not None:
                    words |= slot_words(cell)
        fired = []
        for c in df.columns:
            texts = pd.api.types.is_object_dtype(df[c].dtype) or pd.api.types.is_string_dtype(df[c].dtype)
            if c == table.notes_column or not texts:
                continue
            values = _text_cells(df[c])
            sparse = len(values) <= MAX_SPARSE_FILLED * len(df)
            if sparse and not person_cols:
                continue
            if not values or (sparse and len(set(values)) > 30):
                continue
            if slot_people_score(values, frozenset(words), sparse=sparse) is None:
                continue
            lab = table.labels.get(c)
            kind = "people" if lab not in (None, "dont_care") and lab[0] in _PEOPLE else "others"
            out[kind].append(f"{locale}/{seed}/{c}:{lab}:{list(dict.fromkeys(values))[:4]}")
            fired.append(f"{locale}:{seed}")
        out["tables"] += sorted(set(fired))
    return out


def approx(set_no: int, results: str) -> dict:
    """Without the pipeline: each table with a name column missed in ``results`` (a benchmark's JSON), the pass run
    with the found columns taken as the labelled person columns that were not missed; what it adds per mode."""
    import collections

    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_slot_people import slot_people_columns

    per = json.loads(Path(results).read_text())["locales"]
    misses: dict = collections.defaultdict(set)
    for locale, v in per.items():
        for mode in ("shown", "hidden"):
            for m in v[f"{mode}_miss"]:
                seed, rest = m.split("/", 1)
                misses[(locale, int(seed), mode)].add(rest.rsplit(":", 1)[0])
    out: dict = {"caught": [], "left": []}
    for (locale, seed, mode), missed in sorted(misses.items()):
        table = _tables(set_no, None, None, [f"{locale}:{seed}"]).__next__()[2]
        df, labels = table.frame, dict(table.labels)
        if mode == "hidden":
            rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
            df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
        found = {
            c: ColumnDetection(c, lab[0], 1.0, 1.0, "truth", 0, None, "")
            for c, lab in labels.items()
            if lab not in (None, "dont_care") and c not in missed
        }
        names = [c for c in df.columns if c not in found and c != (table.notes_column if mode == "shown" else "")]
        added = slot_people_columns(df, names, found)
        for c in missed:
            if labels.get(c) not in (None, "dont_care") and labels[c][0] in _PEOPLE:
                kind = "caught" if c in added else "left"
                out[kind].append(f"{mode}/{locale}/{seed}/{c}")
        out.setdefault("false", []).extend(
            f"{mode}/{locale}/{seed}/{c}:{labels.get(c)}" for c in added if labels.get(c) in (None, "dont_care")
        )
    return out


if __name__ == "__main__":
    main()
