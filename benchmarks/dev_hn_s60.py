"""Session 60, helper HN: the handle reader's chance and recall (no cell values printed, counts only; with --show,
a few sample tokens of a corpus for the developer's own terminal).

    PYTHONPATH=src:benchmarks python benchmarks/dev_hn_s60.py chance        # non-person tokens read as handles
    PYTHONPATH=src:benchmarks python benchmarks/dev_hn_s60.py handles 45    # person-column handles of set 45 read
    PYTHONPATH=src:benchmarks python benchmarks/dev_hn_s60.py columns 44    # the column rule on set 44's columns
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import importlib
import random
import re
import sys
import time

import pandas as pd

_PERSON = {"name", "first_name", "last_name", "user_name", "email"}
_HANDLEISH = re.compile(r"^[^\W_]+(?:[._\-+]*[^\W_]+)*$")


def _labels_person(label) -> bool:
    if label is None or label == "dont_care":
        return False
    labels = label if isinstance(label, (tuple, list, set, frozenset)) else (label,)
    return any(x in _PERSON for x in labels)


_ONLY: list[str] = []
_SETS: list[int] = []


def _tables(set_no: int, seeds: str):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    lang = importlib.import_module(f"heldout{set_no}_language")
    build = getattr(shapes, f"heldout{set_no}_table")
    locales = [x for x in getattr(lang, "LOCALES", ()) if not _ONLY or x in _ONLY]
    first7 = set(getattr(lang, "FIRST7", ()))
    all_seeds = tuple(getattr(lang, "SEEDS", ()))
    for loc in locales:
        if seeds == "unseen":
            chosen = [set_no * 1000 + 501, set_no * 1000 + 502, set_no * 1000 + 503]
        else:
            chosen = list(all_seeds if loc in first7 else all_seeds[:1])
        for seed in chosen:
            try:
                yield loc, seed, build(loc, seed)
            except Exception:
                continue


def fold_letters(text: str) -> str:
    from safe_synthesizer.pii.handle_reader import fold_letters as fold

    return fold(text)


def read_handle(token: str, known: frozenset[str] = frozenset()):
    from safe_synthesizer.pii.handle_reader import read_handle as read

    return read(token, known)


def _table_words(t) -> frozenset[str]:
    """Folded words of the table's person columns (as a caller would pass ``known``)."""
    words: set[str] = set()
    for col, lab in t.labels.items():
        if not _labels_person(lab):
            continue
        for v in t.frame[col]:
            if isinstance(v, str):
                words |= {f for w in re.split(r"[\s,;/|()<>\"'\-]+", v) if len(f := fold_letters(w)) >= 2}
    return frozenset(words)


def chance(show: bool) -> None:
    corpora: dict[str, list[str]] = {}
    words: set[str] = set()
    for mod in glob.glob(".venv/lib/python3.11/site-packages/faker/providers/lorem/*/__init__.py"):
        loc = mod.split("/")[-2]
        with contextlib.suppress(Exception):
            words |= {w.lower() for w in importlib.import_module(f"faker.providers.lorem.{loc}").Provider.word_list}
    for lg in ("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id", "ro", "hu", "ca"):
        with contextlib.suppress(Exception):
            words |= set(importlib.import_module(f"spacy.lang.{lg}.stop_words").STOP_WORDS)
    corpora["lorem+stop words"] = sorted(w for w in words if len(w) >= 4 and w.isalpha())
    rng = random.Random(60)
    lw = corpora["lorem+stop words"]
    corpora["glued word pairs"] = [rng.choice(lw) + rng.choice(lw) for _ in range(5000)]
    corpora["word_digits"] = [
        f"{rng.choice(lw)}{rng.choice(['', '_', '.', '-'])}{rng.randint(1, 99)}" for _ in range(5000)
    ]
    corpora["codes/skus/files"] = [
        rng.choice(
            [
                f"sku-{rng.randint(100, 9999)}-{rng.choice(lw)}",
                f"{rng.choice(lw)}_{rng.choice(lw)}_v{rng.randint(1, 9)}",
                f"img{rng.randint(1000, 9999)}",
                f"{rng.choice(lw)}{rng.randint(2000, 2030)}",
                f"{rng.choice('abcdefghijklmnopqrstuvwxyz')}{rng.randint(10, 99)}{rng.choice(lw)}",
                f"{rng.choice(lw)}.{rng.choice(lw)}",
            ]
        )
        for _ in range(5000)
    ]
    shared: set[str] = set()
    for path in glob.glob("/work/shared/data/*.csv"):
        df = pd.read_csv(path, nrows=20000, low_memory=False)
        for c in df.columns:
            if df[c].dtype == object:
                for v in df[c].dropna().astype(str).unique()[:5000]:
                    shared |= {w.lower() for w in v.split() if _HANDLEISH.match(w)}
    corpora["shared/data tokens"] = sorted(shared)
    for name, toks in corpora.items():
        _report(name, toks, show)
    corpora = {}
    for set_no in _SETS or range(33, 45):
        toks: set[str] = set()
        try:
            for _loc, _seed, t in _tables(set_no, "seen"):
                for col, lab in t.labels.items():
                    if _labels_person(lab) or col == t.notes_column:
                        continue
                    toks |= {v.strip() for v in t.frame[col] if isinstance(v, str) and _HANDLEISH.match(v.strip())}
        except ModuleNotFoundError:
            continue
        corpora[f"set {set_no} non-person cells"] = sorted(toks)
    for name, toks in corpora.items():
        _report(name, toks, show)


def _report(name: str, toks: list[str], show: bool) -> None:
    t0 = time.process_time()
    read = [r for r in (read_handle(x) for x in toks) if r is not None]
    cost = time.process_time() - t0
    lists = [x for x in toks if (r := read_handle(x)) is not None and r.by_lists]
    print(f"{name}: {len(toks)} tokens, read {len(read)}, by_lists {len(lists)}, {cost:.2f}s", flush=True)
    if show and lists:
        print("   ", lists[:12], flush=True)


def handles(set_no: int, seeds: str, show: bool) -> None:
    tot = {"handles": 0, "read": 0, "by_table": 0, "by_lists": 0, "either": 0}
    missed: list[str] = []
    for _loc, _seed, t in _tables(set_no, seeds):
        known = _table_words(t)
        for col, lab in t.labels.items():
            if not _labels_person(lab):
                continue
            for v in t.frame[col]:
                if not isinstance(v, str) or not _HANDLEISH.match(v.strip()) or not any(c.isdigit() for c in v):
                    continue
                tot["handles"] += 1
                r = read_handle(v.strip(), known - {fold_letters(v.strip())})
                if r is None:
                    missed.append(v)
                    continue
                tot["read"] += 1
                tot["by_table"] += r.by_table
                tot["by_lists"] += r.by_lists
                tot["either"] += r.by_table or r.by_lists
    print(f"set {set_no} {seeds}: {tot}")
    if show:
        print("   unread:", missed[:40])


def columns(set_no: int, seeds: str, out: str) -> None:
    """Detection of the person columns holding handles, and name findings on non-person columns (headers only)."""
    import json

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    found_handles, missed_handles, false_names = [], [], []
    for loc, seed, t in _tables(set_no, seeds):
        df = t.frame
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        for col, lab in t.labels.items():
            key = f"{loc}/{seed}/{col}"
            cells = [v for v in df[col] if isinstance(v, str) and v.strip()]
            n_handles = sum(bool(_HANDLEISH.match(v.strip())) and any(c.isdigit() for c in v) for v in cells)
            if _labels_person(lab) and n_handles >= 2:
                (found_handles if plans.get(col) else missed_handles).append(key)
            elif lab is None and plans.get(col) in ("name", "first_name", "last_name"):
                false_names.append(key)
    result = {"found": found_handles, "missed": missed_handles, "false_names": false_names}
    print(
        f"set {set_no} {seeds}: handle columns found {len(found_handles)}, missed {len(missed_handles)}, "
        f"name findings on unlabelled columns {len(false_names)}"
    )
    if out:
        with open(out, "w") as fh:
            json.dump(result, fh, indent=1)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("chance", "handles", "columns"))
    ap.add_argument("--out", default="")
    ap.add_argument("set_no", nargs="?", type=int, default=45)
    ap.add_argument("--seeds", default="seen")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--locales", default="")
    ap.add_argument("--sets", default="")
    a = ap.parse_args(argv)
    _ONLY.extend(x for x in a.locales.split(",") if x)
    _SETS.extend(int(x) for x in a.sets.split(",") if x)
    if a.what == "chance":
        chance(a.show)
    elif a.what == "columns":
        columns(a.set_no, a.seeds, a.out)
    else:
        handles(a.set_no, a.seeds, a.show)


if __name__ == "__main__":
    main(sys.argv[1:])
