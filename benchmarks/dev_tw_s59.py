"""Session 59, helper TW: false and true spans of the other-script, Tibetan, phone-after-person and dotted-id readers
on every note of held-out sets 33-44 (one seed per locale, or the seeds given) and on ``/work/shared/data`` text.

For each note the readers run as they would in the pipeline where that is cheap: the Tibetan reader, the widened
other-script slots and id cues (compared with the same modules at another tree, ``--before``: only spans the
widening adds are counted), and the phone-after-person reader with the note's TRUE person spans standing for what
the name readers find (an optimistic stand-in that checks the slot, not the name readers). A span is false when its
text overlaps no labelled value of the note. Prints counts and every false span (terminal only; benchmark tables
are synthetic).

Run: ``cd /work/main && PYTHONPATH=/work/s59_TW/src:benchmarks .venv/bin/python benchmarks/dev_tw_s59.py --sets
33,34,...,44 [--seed-index 0 | --seeds 44501,44502] [--before /work/s59start/src] [--shared]``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_spans import TextSpan

_PEOPLE = ("name", "first_name", "last_name")


def _module_at(tree: str, name: str):
    """``safe_synthesizer.pii.<name>`` loaded from another source tree (its own imports from the current one)."""
    path = Path(tree) / "safe_synthesizer" / "pii" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_before_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _person_spans(note: str, truth) -> list[TextSpan]:
    out = []
    for entity, value in truth:
        if entity in _PEOPLE and value and (at := note.find(value)) >= 0:
            out.append(TextSpan(at, at + len(value), entity, 0.9))
    return out


def _table_known(table) -> tuple[str, ...]:
    known = []
    for column, label in table.labels.items():
        if label and label != "dont_care" and label[0] in ("phone_number", "fax_number"):
            for v in table.frame[column].tolist():
                digits = "".join(ch for ch in str(v) if ch.isdigit())
                if 6 <= len(digits) <= 12:
                    known.append(digits[1:] if digits.startswith("0") else digits)
    return tuple(known)


def _is_true(value: str, truth) -> bool:
    return any(value in v or v in value for _, v in truth if v)


def check_note(note: str, truth, regions, known, before) -> list[tuple[str, str, bool]]:
    """(reader, span text, true?) of every span the readers add to ``note``."""
    # Imported here: the text-recall mode runs on trees without these modules (the session's start).
    from safe_synthesizer.pii.text_ids import cued_id_spans
    from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans
    from safe_synthesizer.pii.text_name_tibetan import tibetan_name_spans
    from safe_synthesizer.pii.text_phone_after_person import phone_after_person_spans

    out = []
    for a, b, _ in tibetan_name_spans(note):
        out.append(("tibetan", note[a:b], _is_true(note[a:b], truth)))
    old = {(a, b) for a, b, _ in before["other"].other_script_slot_spans(note)} if before else set()
    for a, b, _ in other_script_slot_spans(note):
        if (a, b) not in old:
            out.append(("other_script", note[a:b], _is_true(note[a:b], truth)))
    if any(ch.isdigit() for ch in note):
        old = {(a, b) for a, b, _ in before["ids"].cued_id_spans(note)} if before else set()
        for a, b, _ in cued_id_spans(note):
            if (a, b) not in old:
                out.append(("ids", note[a:b], _is_true(note[a:b], truth)))
        for a, b, _ in phone_after_person_spans(note, _person_spans(note, truth), regions, known):
            out.append(("phone_after_person", note[a:b], _is_true(note[a:b], truth)))
    return out


def run_set(number: int, seeds: tuple[int, ...] | None, seed_index: int, before, locales=None) -> dict:
    shapes = importlib.import_module(f"heldout{number}_shapes")
    language = importlib.import_module(f"heldout{number}_language")
    build = getattr(shapes, f"heldout{number}_table")
    region_of = getattr(shapes, "region", None) or language.region
    counts: dict[str, list[int]] = {}
    falses: list[str] = []
    for locale in locales or shapes.LOCALES:
        if seeds:
            own = seeds
        elif hasattr(language, "seeds_for"):
            own = (language.seeds_for(locale)[seed_index],)
        else:
            own = (shapes.SEEDS[seed_index],)
        for seed in own:
            try:
                table = build(locale, seed)
            except Exception as exc:
                print(f"skip {number} {locale} {seed}: {exc}", file=sys.stderr)
                continue
            from safe_synthesizer.pii.text_phone_table_region import valid_in

            region = region_of(locale)
            known = tuple(k for k in _table_known(table) if valid_in(k, region))
            notes = table.frame[table.notes_column].tolist()
            for note, truth in zip(notes, table.notes, strict=True):
                if not isinstance(note, str) or not note:
                    continue
                for reader, value, ok in check_note(note, truth, (region,), known, before):
                    c = counts.setdefault(reader, [0, 0])
                    c[0 if ok else 1] += 1
                    if not ok:
                        falses.append(f"{number} {locale} {seed} {reader}: {value!r} in {note[:160]!r}")
    return {"counts": counts, "falses": falses}


def run_shared(before) -> dict:
    counts: dict[str, list[int]] = {}
    falses: list[str] = []
    root = Path("/work/shared/data")
    for path in sorted(root.glob("*.csv")):
        df = pd.read_csv(path, nrows=20000, low_memory=False)
        for column in df.columns:
            if df[column].dtype != object:
                continue
            values = [v for v in df[column].dropna().astype(str).tolist() if len(v) > 20][:20000]
            for note in values:
                for reader, value, _ in check_note(note, (), ("US",), (), before):
                    counts.setdefault(reader, [0, 0])[1] += 1
                    falses.append(f"{path.name}/{column} {reader}: {value!r} in {note[:160]!r}")
    return {"counts": counts, "falses": falses}


def text_recall(number: int, locales: tuple[str, ...], seeds: tuple[int, ...]) -> None:
    """Free-text recall per entity (the set's runner's ``score_replacement``: ``replace_pii`` on each table) and
    words kept, pooled over ``locales`` x ``seeds``; the tree is the one on ``PYTHONPATH``."""
    runner = importlib.import_module(f"bench_pii_heldout{number}")
    shapes = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(shapes, f"heldout{number}_table")
    pooled: dict[str, list[int]] = {}
    words = [0, 0]
    for locale in locales:
        per: dict[str, list[int]] = {}
        for seed in seeds:
            result = runner.score_replacement(build(locale, seed), locale)
            for entity, (hit, total) in result["text"].items():
                for target in (per, pooled):
                    c = target.setdefault(entity, [0, 0])
                    c[0] += hit
                    c[1] += total
            words[0] += result["words"][0]
            words[1] += result["words"][1]
            for line in result["missed_text"]:
                print(f"  missed {locale}: {line[:150]}")
        hit, total = sum(c[0] for c in per.values()), sum(c[1] for c in per.values())
        print(f"{locale}: text {hit}/{total} { ({e: f'{c[0]}/{c[1]}' for e, c in sorted(per.items())}) }", flush=True)
    hit, total = sum(c[0] for c in pooled.values()), sum(c[1] for c in pooled.values())
    print(
        f"ALL set {number} seeds {seeds}: text recall {hit}/{total} = {hit / max(total, 1):.4f}; words kept "
        f"{words[0]}/{words[1]}; { ({e: f'{c[0]}/{c[1]}' for e, c in sorted(pooled.items())}) }"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--seeds", default="")
    parser.add_argument("--seed-index", type=int, default=0)
    parser.add_argument("--locales", default="")
    parser.add_argument("--before", default="")
    parser.add_argument("--shared", action="store_true")
    parser.add_argument("--text-recall", action="store_true", help="replace_pii on the tables: text recall")
    args = parser.parse_args()
    before = None
    if args.before:
        before = {
            "other": _module_at(args.before, "text_name_other_script_slots"),
            "ids": _module_at(args.before, "text_ids"),
        }
    seeds = tuple(int(s) for s in args.seeds.split(",") if s) or None
    locales = tuple(x for x in args.locales.split(",") if x) or None
    if args.text_recall:
        for number in (int(n) for n in args.sets.split(",") if n):
            text_recall(number, locales or (), seeds or ())
        return
    for number in (int(n) for n in args.sets.split(",") if n):
        t0 = time.time()
        result = run_set(number, seeds, args.seed_index, before, locales)
        print(f"set {number}: {result['counts']} ({time.time() - t0:.0f}s)", flush=True)
        for line in result["falses"]:
            print("  FALSE", line, flush=True)
    if args.shared:
        result = run_shared(before)
        print(f"shared data: {result['counts']}")
        for line in result["falses"]:
            print("  FALSE", line)


if __name__ == "__main__":
    main()
