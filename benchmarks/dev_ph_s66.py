"""Session 66, helper PH: phone columns held-out sets still miss (phones inside containers: SIP/Skype/Viber links, a
vCard ``TEL`` line, Excel's text formula and apostrophe), with this session's wiring monkeypatched in or not.

Prints every missed and FALSE phone column (shown and hidden headers) with the plan's method, and the totals for
phone columns (positives, hits, found, correct) and for all columns, so runs with and without ``--patch`` compare.
``--all`` prints misses and false columns of every entity. Values printed are the builders' synthetic cells.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_ph_s66.py --set 51
--locales nl_NL,en_GB --seeds own [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_heldout_scoring as shared

PHONE = ("phone_number", "fax_number")


def patch() -> None:
    """The wiring of ``/work/s66docs/wiring_PH.md`` monkeypatched in: ``phone_cell_artefacts`` unwraps a phone's
    container (a URI of any scheme, a vCard ``TEL`` line, a text formula) before its other marks, and writes the
    fake back into the same container."""
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf
    from safe_synthesizer.pii import phone_containers as pc

    old_clean, old_has, old_any, old_dress = pa._clean, pa.has_artefact, pa.any_artefact, pa.dress

    def _clean(cell):
        return old_clean(pc.uncontained(pa.unlinked(cell.strip())))  # links first, as the wiring reads them

    def has_artefact(cell):
        return old_has(cell) or pc.has_container(cell)

    def any_artefact(values):
        return old_any(values) or pc.any_container(values)

    def dress(original, fake):
        linked = original and pa.unlinked(original) != original  # a link keeps its own relink (the wiring's order)
        if original and not linked and pc.read_container(original) is not None:
            return pc.recontained(original, old_dress(pc.uncontained(original), fake))
        return old_dress(original, fake)

    pa._clean, pa.has_artefact, pa.any_artefact, pa.dress = _clean, has_artefact, any_artefact, dress
    pdf.any_artefact, pdf.dress = any_artefact, dress


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


def _methods(df, hidden: bool) -> dict[str, str]:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    if hidden:
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return {p.column: p.method for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _is_phone(item: str) -> bool:
    return any(p in item for p in PHONE)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=51)
    parser.add_argument("--locales", default="nl_NL")
    parser.add_argument("--seeds", default="own")
    parser.add_argument("--patch", action="store_true")
    parser.add_argument("--all", action="store_true", help="print misses and false columns of every entity")
    parser.add_argument("--scan", default="", help="sets to scan for columns the container reader opens")
    parser.add_argument("--gains", action="store_true", help="--scan: detect the phone columns too")
    args = parser.parse_args()
    if args.scan:
        return scan(args.scan, args.locales, args.seeds, args.gains)
    if args.patch:
        patch()
    tot = {"pos": 0, "hit": 0, "found": 0, "correct": 0}
    for locale, seed, t in _tables(args.set, _locales(args.set, args.locales), args.seeds):
        for hidden in (False, True):
            s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
            for k in tot:
                tot[k] += s[k]
            shown = [m for m in s["miss"] if args.all or _is_phone(m)]
            false = [f for f in s["false"] if args.all or _is_phone(f)]
            if not shown and not false:
                continue
            methods = _methods(t.frame, hidden)
            for m in shown:
                print("MISS", args.set, locale, seed, "H" if hidden else "S", m, methods.get(m.split(":")[0], ""))
            for f in false:
                print("FALSE", args.set, locale, seed, "H" if hidden else "S", f, methods.get(f.split(":")[0], ""))
    rec = tot["hit"] / max(tot["pos"], 1)
    prec = tot["correct"] / max(tot["found"], 1)
    print("TOTAL", tot, f"recall={rec:.4f} precision={prec:.4f}")


def scan(sets: str, locales: str, seeds: str, gains: bool = False) -> None:
    """Every column of the sets' tables holding a cell this session's container reader unwraps, with its label and
    what ``detect_column`` says of it alone before and after the wiring (a proxy of the plan: only such columns can
    change): ``NEWFALSE`` a column that becomes a phone without a phone label, ``LOST`` a phone column lost."""
    import pandas as pd

    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_detector import detect_column
    from safe_synthesizer.pii.phone_containers import uncontained

    def entity(series, name):
        df = pd.DataFrame({name: series.values})
        schema = infer_schema(df)
        d = detect_column(df[name], schema[name], entities=list(E.ALL_ENTITIES))
        return d.entity if d else None

    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf

    saved = (pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress)
    for set_no in [int(s) for s in sets.split(",")]:
        n = 0
        for locale, seed, t in _tables(set_no, _locales(set_no, locales), seeds):
            for column in t.frame.columns:
                values = [v for v in t.frame[column].tolist() if isinstance(v, str)]
                opened = sum(uncontained(v) != v for v in values)
                if not opened:
                    continue
                n += 1
                label = t.labels.get(column)
                if label and label != "dont_care" and label[0] in PHONE and not gains:
                    print("PHONECOL", set_no, locale, seed, repr(column)[:40], f"{opened}/{len(values)}")
                    continue  # a phone column: only a false one is looked for
                series = t.frame[column]
                out = []
                for hidden in (False, True):
                    name = "c000" if hidden else str(column)
                    pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress = saved
                    before = entity(series, name)
                    patch()
                    after = entity(series, name)
                    out.append((before, after))
                pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress = saved
                is_phone = bool(label) and label != "dont_care" and label[0] in PHONE
                tag = "same"
                if any(b != a for b, a in out):
                    tag = "CHANGED"
                    if any(a in PHONE and not is_phone for _, a in out):
                        tag = "NEWFALSE"
                    if any(b == (label[0] if label else None) and a != b for b, a in out):
                        tag = "LOST"
                print(
                    tag,
                    set_no,
                    locale,
                    seed,
                    repr(column)[:40],
                    label,
                    f"{opened}/{len(values)}",
                    out,
                    [v for v in values if uncontained(v) != v][:2],
                )
        print("DONE", set_no, n, file=sys.stderr)


if __name__ == "__main__":
    main()
