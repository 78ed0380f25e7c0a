"""Session 65, helper PC: column precision on held-out tables (things named after people, map links holding
addresses, codes read as postcodes or phones), with this session's wiring monkeypatched in or not.

Prints every missed and FALSE column (shown and hidden headers) with the plan's method, and the totals (positives,
hits, found, correct), so a run with and without ``--patch`` can be compared; ``--only`` restricts the print to
columns whose header matches. Values printed are the builders' synthetic cells, never real data.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_pc_s65.py --set 50
--locales de_DE,nl_NL --seeds own [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_heldout_scoring as shared


def patch() -> None:
    """The wiring of ``/work/s65docs/wiring_PC.md``, monkeypatched into ``detect_table`` (the vetoes beside the
    category veto, the map links after the record addresses) and ``fakes`` (the links' addresses faked)."""
    import safe_synthesizer.pii.detect_table as dt
    import safe_synthesizer.pii.fakes as fk
    from safe_synthesizer.pii.address_map_links import map_link_address_columns, relinked_addresses
    from safe_synthesizer.pii.column_menu_items import menu_item_columns

    old_category, old_letter = dt.named_category_columns, dt.letter_code_person_columns

    def named_category_columns(frame, found):
        return list(dict.fromkeys([*old_category(frame, found), *menu_item_columns(frame, found)]))

    def letter_code_person_columns(frame, found):
        # the last pass before the consistency check: the map links are read after it, the block passes done
        out = old_letter(frame, found)
        kept = {**found, **dict.fromkeys(out)}
        found.update(map_link_address_columns(frame, list(frame.columns), kept))
        return out

    dt.named_category_columns = named_category_columns
    dt.letter_code_person_columns = letter_code_person_columns
    old_rerecorded = fk.rerecorded_addresses

    def rerecorded_addresses(originals, fake):
        out = old_rerecorded(originals, fake)
        linked = relinked_addresses(originals, lambda a: fake("address", a))
        return [r if r is not None else k for r, k in zip(out, linked, strict=True)]

    fk.rerecorded_addresses = rerecorded_addresses


def _locales(set_no: int, spec: str) -> list[str]:
    if spec != "all":
        return spec.split(",")
    return list(importlib.import_module(f"heldout{set_no}_language").LOCALES)


def _tables(set_no: int, locales: list[str], seeds: str):
    build = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")
    lang = importlib.import_module(f"heldout{set_no}_language")
    for locale in locales:
        if ":" in locale:  # ``de_DE:50006``: one table
            locale, seed = locale.split(":")
            yield locale, int(seed), build(locale, int(seed))
            continue
        own = lang.seeds_for(locale) if seeds in ("own", "first") else [int(s) for s in seeds.split(",")]
        for seed in own[:1] if seeds == "first" else own:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", set_no, locale, seed, type(exc).__name__, file=sys.stderr)


def scan(args) -> None:
    """Every column of the sets' tables taken for a person column, read by the new vetoes alone: the columns they
    would take back, with their labels (a name label: a true column lost; ``None``: a false one mended)."""
    from safe_synthesizer.pii.address_map_links import map_link_address_columns
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_menu_items import menu_item_columns

    for set_no in [int(s) for s in args.sets.split(",")]:
        for locale, seed, t in _tables(set_no, _locales(set_no, args.locales), args.seeds):
            found = {c: ColumnDetection(c, "name", 1.0, 1.0, "scan", 0) for c in t.frame.columns}
            for column in menu_item_columns(t.frame, found):
                label = t.labels.get(column)
                cells = [v for v in t.frame[column].tolist() if isinstance(v, str) and v.strip()][:4]
                verdict = "LOST" if label and label != "dont_care" and label[0] in NAMES else "ok"
                if verdict == "LOST" or args.all:
                    print("VETO", verdict, set_no, locale, seed, repr(column), label, cells)
            for column in map_link_address_columns(t.frame, list(t.frame.columns), {}):
                label = t.labels.get(column)
                verdict = "LINK" if label and label != "dont_care" and "address" in label else "LINKFALSE"
                print(verdict, set_no, locale, seed, repr(column), label)
        print("DONE", set_no, file=sys.stderr)


NAMES = ("name", "first_name", "last_name")


def _methods(df, hidden: bool) -> dict[str, str]:
    """Column -> the plan's method (what decided it), headers shown or hidden as the scorer names them."""
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    if hidden:
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return {p.column: p.method for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=50)
    parser.add_argument("--locales", default="en_US")
    parser.add_argument("--seeds", default="own")
    parser.add_argument("--patch", action="store_true")
    parser.add_argument("--scan", action="store_true")
    parser.add_argument("--sets", default="50")
    parser.add_argument("--all", action="store_true", help="--scan: print every column taken back, not the lost")
    args = parser.parse_args()
    if args.scan:
        return scan(args)
    if args.patch:
        patch()
    tot = {"pos": 0, "hit": 0, "found": 0, "correct": 0}
    for locale, seed, t in _tables(args.set, _locales(args.set, args.locales), args.seeds):
        for hidden in (False, True):
            methods = _methods(t.frame, hidden)
            s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
            for k in tot:
                tot[k] += s[k]
            for m in s["miss"]:
                print("MISS", args.set, locale, seed, "H" if hidden else "S", m, methods.get(m.split(":")[0], ""))
            for f in s["false"]:
                print("FALSE", args.set, locale, seed, "H" if hidden else "S", f, methods.get(f.split(":")[0], ""))
    rec = tot["hit"] / max(tot["pos"], 1)
    prec = tot["correct"] / max(tot["found"], 1)
    print("TOTAL", tot, f"recall={rec:.4f} precision={prec:.4f}")


if __name__ == "__main__":
    main()
