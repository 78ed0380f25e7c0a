"""Session 67, helper PI: phone and id columns held-out sets still miss (a caller id withheld before the number,
thousands separators, a lost trunk ``0``), with this session's wiring monkeypatched in or not.

Prints every missed and FALSE phone/id column (shown and hidden headers) with the plan's method, and the totals for
all columns, so runs with and without ``--patch`` compare. ``--all`` prints misses and false columns of every
entity. ``--dump FILE`` writes every column's plan (and, with ``--fakes``, the fakes of phone columns) to compare
two runs with ``--diff A B``. Values printed are the builders' synthetic cells.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_pi_s67.py --set 52
--locales de_DE,en_US --seeds own [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_heldout_scoring as shared

MINE = ("phone_number", "fax_number", "national_id")


def patch() -> None:
    """The wiring of ``/work/s67docs/wiring_PI.md`` monkeypatched in."""
    import safe_synthesizer.pii.column_phone_undressed as cpu
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf
    from safe_synthesizer.pii.phone_service_codes import behind_code, service_code, without_code
    from safe_synthesizer.pii.phone_thousands import grouping_mark, regrouped, ungrouped
    from safe_synthesizer.pii.phone_trunk_zero import trunk_again

    old_clean, old_has, old_any, old_dress = pa._clean, pa.has_artefact, pa.any_artefact, pa.dress
    pa._clean.cache_clear()

    def _clean(cell):
        return old_clean(ungrouped(without_code(cell.strip())))

    def has_artefact(cell):
        return old_has(cell) or service_code(cell) > 0 or grouping_mark(cell) is not None

    def any_artefact(values):
        return old_any(values) or any(service_code(v) > 0 or grouping_mark(v) is not None for v in values)

    def dress(original, fake):
        if original and service_code(original):
            return behind_code(original, dress(without_code(original), fake))
        if original and grouping_mark(original) is not None:
            return regrouped(original, fake)
        return old_dress(original, fake)

    pa._clean, pa.has_artefact, pa.any_artefact, pa.dress = _clean, has_artefact, any_artefact, dress
    pdf.any_artefact, pdf.dress = any_artefact, dress

    old_dialled = cpu.dialled_again

    def dialled_again(values):
        return trunk_again(old_dialled(values))

    cpu.dialled_again = dialled_again
    import safe_synthesizer.pii.phone_cell_artefacts as pa2  # clean() looks up has_artefact/_clean at call time

    assert pa2.clean("#31#015746184562") == "015746184562"


def _locales(set_no: int, spec: str) -> list[str]:
    if spec != "all":
        return spec.split(",")
    return list(importlib.import_module(f"heldout{set_no}_language").LOCALES)


def _tables(set_no: int, locales: list[str], seeds: str):
    build = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")
    lang = importlib.import_module(f"heldout{set_no}_language")
    for locale in locales:
        if ":" in locale:
            locale, seed = locale.split(":")
            yield locale, int(seed), build(locale, int(seed))
            continue
        if seeds in ("own", "first"):
            own = lang.seeds_for(locale) if hasattr(lang, "seeds_for") else [set_no * 1000 + 1]
        else:
            own = [int(s) for s in seeds.split(",")]
        for seed in own[:1] if seeds == "first" else own:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", set_no, locale, seed, type(exc).__name__, file=sys.stderr)


def _plans(df, hidden: bool):
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    if hidden:
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _mine(item: str) -> bool:
    return any(p in item for p in MINE)


def _fakes(df) -> dict[str, list[str]]:
    """The fakes of every phone column (headers shown), by the replace engine's value mapping."""
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    plans = _plans(df, False)
    phones = [c for c, p in plans.items() if p.entity in ("phone_number", "fax_number")]
    if not phones:
        return {}
    out = replace_pii(df[phones].copy(), infer_schema(df[phones]), ReplacePiiParameters(), seed=0)
    frame = out[0] if isinstance(out, tuple) else out
    frame = getattr(frame, "df", frame)
    return {c: [str(v) for v in frame[c].tolist()] for c in phones}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="52")
    parser.add_argument("--locales", default="de_DE")
    parser.add_argument("--seeds", default="own")
    parser.add_argument("--patch", action="store_true")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--dump", default="")
    parser.add_argument("--fakes", action="store_true")
    parser.add_argument("--diff", nargs=2, default=None)
    args = parser.parse_args()
    if args.diff:
        return diff(*args.diff)
    if args.patch:
        patch()
    dump: dict = {}
    for set_no in [int(s) for s in args.set.split(",")]:
        tot = {"pos": 0, "hit": 0, "found": 0, "correct": 0}
        mine = {"pos": 0, "hit": 0}
        for locale, seed, t in _tables(set_no, _locales(set_no, args.locales), args.seeds):
            for hidden in (False, True):
                s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                for k in tot:
                    tot[k] += s[k]
                for ent, (h, p) in s["by_entity"].items():
                    if ent in MINE:
                        mine["hit"] += h
                        mine["pos"] += p
                miss = [m for m in s["miss"] if args.all or _mine(m)]
                false = [f for f in s["false"] if args.all or _mine(f)]
                if args.dump:
                    plans = _plans(t.frame, hidden)
                    dump[f"{set_no}/{locale}/{seed}/{'H' if hidden else 'S'}"] = {
                        c: [p.entity, p.method] for c, p in plans.items()
                    }
                if not miss and not false:
                    continue
                plans = _plans(t.frame, hidden)
                tag = "H" if hidden else "S"
                for m in miss:
                    p = plans.get(m.split(":")[0])
                    print("MISS", set_no, locale, seed, tag, m, p.method if p else "")
                for f in false:
                    p = plans.get(f.split(":")[0])
                    print("FALSE", set_no, locale, seed, tag, f, p.method if p else "")
            if args.fakes:
                dump[f"{set_no}/{locale}/{seed}/fakes"] = _fakes(t.frame)
        rec = tot["hit"] / max(tot["pos"], 1)
        prec = tot["correct"] / max(tot["found"], 1)
        print("TOTAL", set_no, tot, f"recall={rec:.4f} precision={prec:.4f}", "phone+id", mine, flush=True)
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False, sort_keys=True))


def diff(a: str, b: str) -> None:
    """Every column whose plan (or phone fakes) differs between two ``--dump`` files."""
    one, two = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    n = 0
    for key in sorted(set(one) | set(two)):
        x, y = one.get(key, {}), two.get(key, {})
        for col in sorted(set(x) | set(y)):
            if x.get(col) != y.get(col):
                n += 1
                print("DIFF", key, col, str(x.get(col))[:200], "->", str(y.get(col))[:200])
    print("DIFFS", n, "of", len(one), "tables")


def scan(sets: str, locales: str, seeds: str, out: str) -> None:
    """Tables of the sets holding a column whose cells this session's readers open (a service code, a thousands
    grouping, a bare run): only their plans can change. Writes ``set locale seed column label opened`` lines."""
    import re

    from safe_synthesizer.pii.phone_service_codes import service_code
    from safe_synthesizer.pii.phone_thousands import grouping_mark

    bare = re.compile(r"^[1-9]\d{6,12}$")
    lines = []
    for set_no in [int(s) for s in sets.split(",")]:
        for locale, seed, t in _tables(set_no, _locales(set_no, locales), seeds):
            for column in t.frame.columns:
                values = [v.strip() for v in t.frame[column].tolist() if isinstance(v, str)]
                code = sum(service_code(v) > 0 for v in values)
                group = sum(grouping_mark(v) is not None for v in values)
                runs = sum(bool(bare.match(v)) for v in values)
                if code or group or runs:
                    label = t.labels.get(column)
                    lines.append(f"{set_no} {locale} {seed} {column!r} {label} code={code} group={group} bare={runs}")
        print("SCANNED", set_no, len(lines), file=sys.stderr, flush=True)
    Path(out).write_text("\n".join(lines) + "\n")


def compare(scan_files: str) -> None:
    """Plans (shown and hidden) before and after the wiring of every table a ``--scan`` line names whose column the
    readers still open (a service code, a thousands grouping, or bare runs beside three dialled numbers): prints each
    column whose plan changes, with its label (``NEWFALSE`` a column that becomes a phone without a phone label,
    ``LOST`` a labelled column lost, ``GAIN`` a phone column found)."""
    import re

    from safe_synthesizer.pii.phone_service_codes import service_code
    from safe_synthesizer.pii.phone_thousands import grouping_mark

    bare = re.compile(r"^[1-9]\d{6,12}$")
    dialled = re.compile(r"^\s*(?:\+|00)\d")
    keys = []
    for name in scan_files.split(","):
        for line in Path(name).read_text().splitlines():
            set_no, locale, seed = line.split()[:3]
            if (set_no, locale, seed) not in keys:
                keys.append((set_no, locale, seed))
    touched = []
    for set_no, locale, seed in keys:
        t = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")(locale, int(seed))
        rank = None
        for column in t.frame.columns:
            values = [v.strip() for v in t.frame[column].tolist() if isinstance(v, str)]
            label = t.labels.get(column)
            mine = bool(label) and label != "dont_care" and label[0] in MINE
            if any(service_code(v) or grouping_mark(v) is not None for v in values):
                rank = min(rank if rank is not None else 9, 2 if mine else 0)
            elif any(bare.match(v) for v in values) and sum(bool(dialled.match(v)) for v in values) >= 3:
                rank = min(rank if rank is not None else 9, 3 if mine else 1)
        if rank is not None:
            touched.append((rank, set_no, locale, seed, t))
    touched.sort(key=lambda x: x[0])  # tables whose non-phone columns the readers open first
    print("TABLES", len(keys), "TOUCHED", len(touched), flush=True)
    import safe_synthesizer.pii.column_phone_undressed as cpu
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf

    saved = (pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress, cpu.dialled_again)

    def unpatch():
        pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress, cpu.dialled_again = saved
        saved[0].cache_clear()

    n = 0
    for rank, set_no, locale, seed, t in touched:
        for hidden in (False, True):
            unpatch()
            old = {c: p.entity for c, p in _plans(t.frame, hidden).items()}
            patch()
            after = {c: p.entity for c, p in _plans(t.frame, hidden).items()}
            names = list(t.frame.columns)
            for c in sorted(set(old) | set(after)):
                if old.get(c) == after.get(c):
                    continue
                n += 1
                label = t.labels.get(names[int(c[1:])] if hidden else c)
                ok = bool(label) and label != "dont_care"
                tag = "CHANGED"
                if after.get(c) in MINE and not (ok and after.get(c) in label):
                    tag = "NEWFALSE"
                elif ok and old.get(c) in label:
                    tag = "LOST"
                elif ok and after.get(c) in label:
                    tag = "GAIN"
                print(tag, set_no, locale, seed, "H" if hidden else "S", repr(c), label, old.get(c), "->", after.get(c))
        print("DONE", rank, set_no, locale, seed, flush=True)
    print("CHANGES", n)


if __name__ == "__main__" and "--compare" in sys.argv:
    compare(sys.argv[sys.argv.index("--compare") + 1])
    sys.exit(0)

if __name__ == "__main__" and "--scan" in sys.argv:
    i = sys.argv.index("--scan")
    scan(sys.argv[i + 1], sys.argv[i + 2], sys.argv[i + 3], sys.argv[i + 4])
    sys.exit(0)

if __name__ == "__main__":
    main()
