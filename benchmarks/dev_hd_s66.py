"""Session 66, helper HD: header notation (:mod:`header_code_notation`) with the wiring of
``/work/s66docs/wiring_HD.md`` or not.

Two measures, each run once without and once with ``--patch`` and compared with ``--diff``:

- ``--headers``: every column header of the tables of the given sets read by the header readers (strict
  ``cues.cued_entities``, loose ``cues.cue_hints``, ``person_role_words.role_word_cues``) with its label: fast (no
  detection), shows which headers the wiring changes and whether the change is on a PII column or not;
- ``--plan``: ``plan_columns`` (shown headers; ``--hidden`` also hidden) on the given ``locale/seed`` tables:
  columns missed and false columns.

``python benchmarks/dev_hd_s66.py --headers --sets 51,50,49 --out A.json`` then with ``--patch --out B.json``, then
``python benchmarks/dev_hd_s66.py --diff A.json B.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")


def patch() -> None:
    """The wiring of ``/work/s66docs/wiring_HD.md``, monkeypatched: notation read after the dress layers."""
    from safe_synthesizer.pii import header_undress as hu
    from safe_synthesizer.pii.header_code_notation import undress_notation

    unwrap = hu._unwrap_quotes
    hu._unwrap_quotes = lambda text: unwrap(undress_notation(text))
    hu.undress_header.cache_clear()


def _tables(set_no: int, seeds: list[int] | None, every: int):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    locales = list(getattr(shapes, "LOCALES", FIRST7))
    picked = [x for i, x in enumerate(locales) if x in FIRST7 or i % every == 0 or i < 15]
    for locale in picked:
        for seed in seeds or [set_no * 1000 + 1]:
            try:
                yield locale, seed, build(locale, seed)
            except Exception:  # a locale or seed a builder does not know
                continue


def headers(sets: list[int], seeds: list[int] | None, every: int) -> dict:
    from safe_synthesizer.pii import cues
    from safe_synthesizer.pii.person_role_words import role_word_cues

    out: dict = {}
    for set_no in sets:
        for locale, seed, t in _tables(set_no, seeds, every):
            for column in t.frame.columns:
                label = t.labels.get(column)
                key = f"{set_no}/{locale}/{seed}/{column}"
                out[key] = {
                    "label": label[0] if isinstance(label, tuple | list) and label else label,
                    "strict": sorted(cues.cued_entities(str(column))),
                    "loose": sorted(cues.cue_hints(str(column))),
                    "role": sorted(role_word_cues(str(column))),
                }
        print(set_no, len(out), flush=True)
    return out


def veto_bound(sets: list[int], seeds: list[int] | None, every: int) -> dict:
    """The veto of :mod:`column_named_like_people` read on LABELS instead of findings: every true person column whose
    values, header and table meet its conditions (as if the classifier alone had named it with a low rule share, and
    the table's other labelled person columns were the rules' register). None there: the veto cannot lose a column.
    Non-person columns meeting them are what the veto may take back if the classifier names them."""
    from safe_synthesizer.pii import column_named_like_people as veto

    out: dict = {"true": [], "other": [], "person_columns": 0}
    for set_no in sets:
        for locale, seed, t in _tables(set_no, seeds, every):
            person = {c for c, lab in t.labels.items() if lab and lab != "dont_care" and lab[0] in veto._PERSON}
            for column in t.frame.columns:
                register = max((len(set(veto._values(t.frame[p]))) for p in person if p != column), default=0)
                values = veto._values(t.frame[column])
                if not register or veto._names_a_person(str(column)) or not veto.closed_set(values):
                    continue
                if register < veto.REGISTER_RATIO * len(set(values)):
                    continue
                key = f"{set_no}/{locale}/{seed}/{column}"
                out["true" if column in person else "other"].append(key)
            out["person_columns"] += len(person)
        print(set_no, "true", len(out["true"]), "other", len(out["other"]), flush=True)
    return out


def plan(set_no: int, pairs: list[str], hidden: bool) -> dict:
    import pii_heldout_scoring as shared

    out: dict = {}
    for pair in pairs:  # ``locale/seed`` of ``set_no`` or ``NN:locale/seed`` of set NN
        table_set, _, pair = pair.rpartition(":")
        shapes = importlib.import_module(f"heldout{table_set or set_no}_shapes")
        locale, seed = pair.split("/")
        t = getattr(shapes, f"heldout{table_set or set_no}_table")(locale, int(seed))
        for h in (False, True) if hidden else (False,):
            s = shared.score_columns(t.frame, t.labels, h, locale, t.notes_column)
            out[f"{'H' if h else 'S'} {pair}"] = {"miss": s["miss"], "false": s["false"], "hit": s["hit"],
                                                  "pos": s["pos"]}  # fmt: skip
            print(pair, "H" if h else "S", "miss", s["miss"], "false", s["false"], flush=True)
    return out


def diff(a: dict, b: dict) -> None:
    if all(k.startswith(("S ", "H ")) for k in a):
        for k in a:
            if k in b and (a[k]["miss"] != b[k]["miss"] or a[k]["false"] != b[k]["false"]):
                print(k, "found", sorted(set(a[k]["miss"]) - set(b[k]["miss"])),
                      "lost", sorted(set(b[k]["miss"]) - set(a[k]["miss"])),
                      "new false", sorted(set(b[k]["false"]) - set(a[k]["false"])),
                      "gone false", sorted(set(a[k]["false"]) - set(b[k]["false"])))  # fmt: skip
        return
    changed = [k for k in a if k in b and a[k] != b[k]]
    for k in changed:
        print(
            f"{k!r} label={a[k]['label']}",
            {f: (a[k][f], b[k][f]) for f in ("strict", "loose", "role") if a[k][f] != b[k][f]},
        )
    print("headers", len(a), "changed", len(changed), "of them non-PII", sum(1 for k in changed if not a[k]["label"]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--headers", action="store_true")
    ap.add_argument("--plan", default="", help="comma list of locale/seed tables of --sets' first set")
    ap.add_argument("--hidden", action="store_true")
    ap.add_argument("--veto-bound", action="store_true")
    ap.add_argument("--sets", default="51")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--diff", nargs=2)
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    if a.diff:
        diff(*(json.loads(Path(p).read_text()) for p in a.diff))
        return
    if a.patch:
        patch()
    sets = [int(s) for s in a.sets.split(",")]
    seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else None
    if a.veto_bound:
        report = veto_bound(sets, seeds, a.every)
    elif a.headers:
        report = headers(sets, seeds, a.every)
    else:
        report = plan(sets[0], a.plan.split(","), a.hidden)
    if a.out:
        Path(a.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
