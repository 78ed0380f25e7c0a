"""Session 68, helper PI: phone cells written as dial strings (an outside line, post-dial digits, a sibling line's
suffix, a carrier label, ``&#43;``), with this session's wiring monkeypatched in or not.

``--scan SETS LOCALES SEEDS OUT`` lists every column of the sets whose cells :func:`undialled` opens (only their
tables' plans can change); ``--compare OUT`` plans those tables (shown and hidden) before and after the wiring and
prints each changed column (``GAIN`` a labelled phone found, ``LOST``, ``NEWFALSE``, ``CHANGED``) and, with
``--fakes``, each phone fake that changes. Tables are pickled in ``/tmp/pi_cache``. Values printed are the builders'
synthetic cells.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_pi_s68.py --scan
53 en_GB,it_IT own /tmp/pi_scan53.txt`` then ``... --compare /tmp/pi_scan53.txt``
"""

from __future__ import annotations

import contextlib
import importlib
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MINE = ("phone_number", "fax_number")
CACHE = Path("/tmp/pi_cache")


def patch() -> None:
    """The wiring of ``/work/s68docs/wiring_PI.md`` monkeypatched in."""
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf
    from safe_synthesizer.pii.phone_dial_string import has_dial_marks, redialled, undialled

    old_clean, old_has, old_any, old_dress = SAVED[0], SAVED[1], SAVED[2], SAVED[3]
    old_clean.cache_clear()

    def _clean(cell):
        return old_clean(undialled(cell.strip()))

    def has_artefact(cell):
        return old_has(cell) or has_dial_marks(cell)

    def any_artefact(values):
        return old_any(values) or any(has_dial_marks(v) for v in values)

    def dress(original, fake):
        if original and (inner := undialled(original)) != original:
            return redialled(original, dress(inner, fake))
        return old_dress(original, fake)

    pa._clean, pa.has_artefact, pa.any_artefact, pa.dress = _clean, has_artefact, any_artefact, dress
    pdf.any_artefact, pdf.dress = any_artefact, dress
    import safe_synthesizer.pii.column_phone_slashed as cps
    from safe_synthesizer.pii.phone_dial_string import sibling_line

    def unslash_cell(value):
        return value if sibling_line(value) else SAVED[6](value)

    cps.unslash_cell = unslash_cell


def unpatch() -> None:
    import safe_synthesizer.pii.column_phone_slashed as cps
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf

    pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress = SAVED[:6]
    cps.unslash_cell = SAVED[6]
    SAVED[0].cache_clear()


def _saved():
    import safe_synthesizer.pii.column_phone_slashed as cps
    import safe_synthesizer.pii.phone_cell_artefacts as pa
    import safe_synthesizer.pii.phone_dress_fakes as pdf

    return (pa._clean, pa.has_artefact, pa.any_artefact, pa.dress, pdf.any_artefact, pdf.dress, cps.unslash_cell)


SAVED = _saved()


def _locales(set_no: int, spec: str) -> list[str]:
    if spec != "all":
        return spec.split(",")
    return list(importlib.import_module(f"heldout{set_no}_language").LOCALES)


def table(set_no: int, locale: str, seed: int):
    path = CACHE / f"{set_no}_{locale}_{seed}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    t = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")(locale, seed)
    with contextlib.suppress(Exception):  # a table holding an unpicklable object is rebuilt next time
        path.write_bytes(pickle.dumps(t))
    return t


def _tables(set_no: int, locales: list[str], seeds: str):
    lang = importlib.import_module(f"heldout{set_no}_language")
    for locale in locales:
        if seeds in ("own", "first"):
            own = lang.seeds_for(locale) if hasattr(lang, "seeds_for") else [set_no * 1000 + 1]
        else:
            own = [int(s) for s in seeds.split(",")]
        for seed in own[:1] if seeds == "first" else own:
            try:
                yield locale, seed, table(set_no, locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", set_no, locale, seed, type(exc).__name__, file=sys.stderr)


def _plans(df, hidden: bool):
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    if hidden:
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _fakes(df, columns: list[str]) -> dict[str, list[str]]:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    if not columns:
        return {}
    out = replace_pii(df[columns].copy(), infer_schema(df[columns]), ReplacePiiParameters(), seed=0)
    frame = out.data
    return {c: [str(v) for v in frame[c].tolist()] for c in columns}


def scan(sets: str, locales: str, seeds: str, out: str) -> None:
    """``set locale seed column label opened`` for every column with a cell :func:`undialled` changes."""
    from safe_synthesizer.pii.phone_dial_string import undialled

    lines = []
    for set_no in [int(s) for s in sets.split(",")]:
        for locale, seed, t in _tables(set_no, _locales(set_no, locales), seeds):
            for column in t.frame.columns:
                values = [v for v in t.frame[column].tolist() if isinstance(v, str)]
                opened = sum(undialled(v) != v for v in values)
                if opened:
                    lines.append(f"{set_no} {locale} {seed} {column!r} {t.labels.get(column)} opened={opened}")
        print("SCANNED", set_no, len(lines), file=sys.stderr, flush=True)
    Path(out).write_text("\n".join(lines) + "\n")


def compare(scan_file: str, fakes: bool) -> None:
    keys = []
    for line in Path(scan_file).read_text().splitlines():
        if line.strip() and tuple(line.split()[:3]) not in keys:
            keys.append(tuple(line.split()[:3]))
    print("TOUCHED", len(keys), flush=True)
    n = 0
    for set_no, locale, seed in keys:
        t = table(int(set_no), locale, int(seed))
        names = list(t.frame.columns)
        for hidden in (False, True):
            unpatch()
            old = {c: p.entity for c, p in _plans(t.frame, hidden).items()}
            patch()
            after = {c: p.entity for c, p in _plans(t.frame, hidden).items()}
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
        if fakes:
            unpatch()
            phones = [c for c, p in _plans(t.frame, False).items() if p.entity in MINE]
            before = _fakes(t.frame, phones)
            patch()
            phones2 = [c for c, p in _plans(t.frame, False).items() if p.entity in MINE]
            now = _fakes(t.frame, phones2)
            for c in phones2:
                orig = [str(v) for v in t.frame[c].tolist()]
                for o, b, a in zip(orig, before.get(c, orig), now[c], strict=False):
                    if b != a:
                        print("FAKE", set_no, locale, seed, repr(c), repr(o), repr(b), "->", repr(a))
                        break
        print("DONE", set_no, locale, seed, flush=True)
    print("CHANGES", n)


if __name__ == "__main__":
    if "--scan" in sys.argv:
        i = sys.argv.index("--scan")
        scan(sys.argv[i + 1], sys.argv[i + 2], sys.argv[i + 3], sys.argv[i + 4])
    elif "--compare" in sys.argv:
        compare(sys.argv[sys.argv.index("--compare") + 1], "--fakes" in sys.argv)
