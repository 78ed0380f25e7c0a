"""Helper AD, session 67: address columns (``address``/``street_address``) of a held-out set's tables, shown and
hidden: misses and false findings of that family, and any false column of any kind the patch adds (``--patch``
wires this session's pending reader, ``/work/s67docs/wiring_AD.md``, by monkeypatching).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s67.py [--patch] [--all-false] SET LOCALE:SEED[,SEED] ...
       PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s67.py [--patch] --fakes SET LOCALE:SEED COLUMN
"""

from __future__ import annotations

import importlib
import json
import sys

FAMILY = {"address", "street_address"}


def patch() -> None:
    """The pending wiring (``/work/s67docs/wiring_AD.md``), monkeypatched in."""
    import safe_synthesizer.pii.detect_table as dt
    import safe_synthesizer.pii.replace as R
    from safe_synthesizer.pii.address_serialised_cells import is_serialised_cell
    from safe_synthesizer.pii.column_serialised_addresses import reserialised_addresses, serialised_address_columns
    from safe_synthesizer.pii.fakes import FakeMapper

    if getattr(dt, "_ad_s67", False):
        return
    contained = dt.contained_address_columns

    def contained_address_columns(frame, names, found):
        out = contained(frame, names, found)
        out.update(serialised_address_columns(frame, names, {**found, **out}))
        return out

    dt.contained_address_columns = contained_address_columns
    is_prose = R._is_prose

    def _is_prose(values):
        kept = [v for v in values if v.strip()]
        if kept and sum(map(is_serialised_cell, kept)) >= 0.5 * len(kept):
            return False
        return is_prose(values)

    R._is_prose = _is_prose
    mapper = FakeMapper._map_addresses

    def _map_addresses(self, originals, locale):
        done = reserialised_addresses(
            list(dict.fromkeys(originals)), self._field_fake(locale), lambda a: mapper(self, [a], locale)[a]
        )
        rest = [v for v in dict.fromkeys(originals) if v not in done]
        res = mapper(self, rest, locale) if rest else {}
        return {v: done[v] if v in done else res[v] for v in originals}

    FakeMapper._map_addresses = _map_addresses
    dt._ad_s67 = True


def columns(number: str, specs: list[str], all_false: bool) -> None:
    import pii_heldout_scoring as scoring

    module = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(module, f"heldout{number}_table")
    out = {"hit": 0, "pos": 0, "misses": [], "falses": []}
    for spec in specs:
        locale, _, seeds = spec.partition(":")
        for seed in map(int, seeds.split(",")):
            table = build(locale, seed)
            for hidden in (False, True):
                res = scoring.score_columns(table.frame, table.labels, hidden, locale, table.notes_column)
                tag = f"{locale}/{seed}/{'H' if hidden else 'S'}"
                for m in res["miss"]:
                    if m.rsplit(":", 1)[1].split("->")[0] in FAMILY:
                        out["misses"].append(f"{tag}/{m}")
                for f in res["false"]:
                    if all_false or f.rsplit("->", 1)[1] in FAMILY:
                        out["falses"].append(f"{tag}/{f}")
                fam = res["by_entity"]
                for e in FAMILY:
                    if e in fam:
                        out["hit"] += fam[e][0]
                        out["pos"] += fam[e][1]
    out["miss_n"], out["false_n"] = len(out["misses"]), len(out["falses"])
    print(json.dumps(out, ensure_ascii=False, indent=1))


def fakes(number: str, spec: str, column: str) -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    module = importlib.import_module(f"heldout{number}_shapes")
    locale, _, seed = spec.partition(":")
    table = getattr(module, f"heldout{number}_table")(locale, int(seed))
    df = table.frame
    res = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    new = res[0] if isinstance(res, tuple) else getattr(res, "data", res)
    for a, b in list(zip(df[column].tolist(), new[column].tolist(), strict=True))[:6]:
        print(repr(a)[:140], "\n  ->", repr(b)[:140])


def main(argv: list[str]) -> None:
    if "--patch" in argv:
        argv.remove("--patch")
        patch()
    all_false = "--all-false" in argv
    argv = [a for a in argv if a != "--all-false"]
    if argv[0] == "--fakes":
        fakes(*argv[1:4])
        return
    columns(argv[0], argv[1:], all_false)


def scan(numbers: list[str], unseen: bool = False) -> None:
    """Every column of every table of the sets ``numbers`` (the runners' seeds; ``unseen``: 501-503) read by this
    session's column pass alone (whatever the other passes found): columns it takes, with their labels."""
    from safe_synthesizer.pii.column_serialised_addresses import _evidence

    for number in numbers:
        module = importlib.import_module(f"heldout{number}_shapes")
        build = getattr(module, f"heldout{number}_table")
        first7 = set(getattr(module, "FIRST7", ()))
        new8 = set(getattr(module, "NEW8", getattr(module, f"NEW8_{number}", ())))
        base = int(number) * 1000
        taken = wrong = 0
        for locale in module.LOCALES:
            if unseen:
                seeds = [base + 501, base + 502, base + 503] if locale in first7 | new8 else [base + 501]
            else:
                seeds = [base + 1, base + 2] if locale in new8 else [base + 1]
                seeds = list(range(base + 1, base + 7)) if locale in first7 else seeds
            for seed in seeds:
                table = build(locale, seed)
                for column in table.frame.columns:
                    values = [v.strip() for v in table.frame[column].head(400).dropna().tolist() if isinstance(v, str)]
                    found = _evidence(values)
                    if found is None:
                        continue
                    label = table.labels.get(column)
                    ok = bool(label) and found[0] in label
                    print(f"TAKEN set{number} {locale}:{seed} {column!r} label={label} -> {found[0]}", flush=True)
                    taken += 1
                    wrong += not ok
                    if not ok:
                        print(f"FALSE set{number} {locale}/{seed} {column!r} label={label} -> {found}", flush=True)
        print(f"set{number}: taken {taken}, not address {wrong}", flush=True)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--scan":
    unseen = "--unseen" in sys.argv
    scan([a for a in sys.argv[2:] if a != "--unseen"], unseen)
elif __name__ == "__main__":
    main(sys.argv[1:])
