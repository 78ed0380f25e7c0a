"""Helper CF's family-name pass (session 54) patched into ``detect_table``: false and missed columns of held-out sets.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_cf_family.py --set 39 --group first7 --seeds 39001-39006
    [--wired] [--only first_name,last_name,date_of_birth]

Scores every table as the runners do (``pii_heldout_scoring.score_columns``, shown and hidden), prints the counts and
every false or missed column with the method that decided it. ``--wired`` applies the wiring request
(``/work/s54docs/wiring_CF.md``) by wrapping the call that follows the classifier's rescue in ``detect_table``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter

import pii_heldout_scoring as scoring

_LAST: dict = {}
ADDED: list[dict] = []  # what the family pass found, per detect_table call (the scoring tells shown from hidden)
_plan_columns = scoring.plan_columns


def _recording_plan_columns(*a, **k):  # type: ignore[no-untyped-def]
    plans = _plan_columns(*a, **k)
    _LAST.clear()
    _LAST.update({p.column: p.method for p in plans})
    return plans


scoring.plan_columns = _recording_plan_columns


def wire() -> None:
    """The family pass right after the classifier's rescue (before the sibling-phone pass), as the request asks."""
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_family_names import family_findings

    siblings = dt.sibling_phone_columns

    def family_then_siblings(frame, found):  # type: ignore[no-untyped-def]
        added = family_findings(frame, list(frame.columns), found, entities=E.ALL_ENTITIES)
        ADDED.append({c: d.entity for c, d in added.items()})
        found.update(added)
        return siblings(frame, found)

    dt.sibling_phone_columns = family_then_siblings


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=39)
    ap.add_argument("--seeds", default="39001")
    ap.add_argument("--group", default="first7", help="first7, new8, other or all (the shapes module's lists)")
    ap.add_argument("--locales", default="")
    ap.add_argument("--tables", default="", help="locale/seed,... instead of --group and --seeds")
    ap.add_argument("--wired", action="store_true")
    ap.add_argument("--only", default="", help="print only lines naming these entities")
    args = ap.parse_args()
    if args.wired:
        wire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    groups = {"first7": "FIRST7", "other": "OTHER", "all": "LOCALES"}
    new8 = next((n for n in dir(shapes) if n.startswith("NEW8")), "LOCALES")
    locales = args.locales.split(",") if args.locales else list(getattr(shapes, groups.get(args.group, new8)))
    agg = {m: Counter() for m in ("shown", "hidden")}
    lines: list[str] = []
    start = time.process_time()
    pairs = [(lc, sd) for lc in locales for sd in _seeds(args.seeds)]
    if args.tables:
        pairs = [(x.split("/")[0], int(x.split("/")[1])) for x in args.tables.split(",")]
    for locale, seed in pairs:
        if True:
            t = build(locale, seed, n=0)
            shape = getattr(t, "shape", "?")
            for mode in ("shown", "hidden"):
                ADDED.clear()
                s = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                labels = scoring._hide(t.frame, t.labels)[1] if mode == "hidden" else t.labels
                for column, entity in (ADDED[-1] if ADDED else {}).items():
                    label = labels.get(column)
                    ok = label == "dont_care" or (label is not None and entity in label)
                    tag = "A+" if ok and label != "dont_care" else "A=" if ok else "A-"
                    lines.append(f"{tag} {mode} {locale}/{seed} {shape} {column}:{label}->{entity}")
                for k in ("hit", "pos", "found", "correct"):
                    agg[mode][k] += s[k]
                for tag, items in (("F", s["false"]), ("M", s["miss"])):
                    for f in items:
                        lines.append(f"{tag} {mode} {locale}/{seed} {shape} {f} {_LAST.get(f.rsplit(':', 1)[0])}")
    for mode, c in agg.items():
        rec = c["hit"] / max(c["pos"], 1)
        prec = c["correct"] / max(c["found"], 1)
        print(f"{mode}: true found {c['hit']}/{c['pos']} ({rec:.4f}); correct {c['correct']}/{c['found']} ({prec:.4f})")
    only = [w for w in args.only.split(",") if w]
    shown = [ln for ln in lines if ln[0] == "A" or not only or any(w in ln for w in only)]
    added = Counter(ln[:2] for ln in lines if ln[0] == "A")
    print(f"family pass: {added['A+']} right, {added['A-']} wrong, {added['A=']} don't care")
    print(f"false: {sum(ln[0] == 'F' for ln in lines)}; missed: {sum(ln[0] == 'M' for ln in lines)}; "
          f"cpu {time.process_time() - start:.0f}s")  # fmt: skip
    for ln in shown:
        print(" ", ln)


if __name__ == "__main__":
    sys.exit(main())
