"""Helper TS (session 49): street spans the text rules find in held-out notes (sets 30-34), to compare two code
trees for false spans (run once per tree, then ``--diff``).

Usage:
  PYTHONPATH=<tree>/src:benchmarks python benchmarks/dev_ts_precision.py dump out.json [locales]
  python benchmarks/dev_ts_precision.py diff before.json after.json

A span is "labelled" when it overlaps a labelled street of its note, "false" otherwise: the diff lists the false
spans a tree adds, and the labelled streets it now covers.
"""

from __future__ import annotations

import importlib
import json
import sys

SETS = (30, 31, 32, 33, 34)
LOCALES = (
    "en_US,en_GB,de_DE,fr_FR,es_ES,it_IT,pt_BR,pt_PT,nl_NL,pl_PL,en_IN,en_ZA,en_NG,en_KE,fr_CD,fr_SN,es_MX,es_AR,"
    "pt_ST,ss_SZ,en_MW,en_SL,st_LS,es_GQ,tk_TM,ar_SY,uz_UZ,kk_KZ,az_AZ,de_NA,en_ZM,rw_RW,sw_TZ,ru_RU,tr_TR,vi_VN"
)


def _spans(text: str) -> list[tuple[int, int]]:
    from safe_synthesizer.pii.text_street_lots import lot_street_spans
    from safe_synthesizer.pii.text_streets import street_spans

    return sorted({(a, b) for a, b, _ in street_spans(text) + lot_street_spans(text)})


def dump(path: str, locales: list[str]) -> None:
    out = {}
    for n in SETS:
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in locales:
            for seed in (n * 1000 + 501, n * 1000 + 502):
                try:
                    table = build(locale, seed)
                except Exception:  # a locale a set does not have
                    continue
                for i, (note, truth) in enumerate(zip(table.frame[table.notes_column], table.notes, strict=True)):
                    if not isinstance(note, str):
                        continue
                    streets = [v for e, v in truth if e in ("street_address", "address")]
                    spans = [note[a:b] for a, b in _spans(note)]
                    if spans or streets:
                        out[f"{n}/{locale}/{seed}/{i}"] = {"note": note, "streets": streets, "spans": spans}
    with open(path, "w") as f:
        json.dump(out, f, ensure_ascii=False)


def _false(entry: dict) -> set[str]:
    return {s for s in entry["spans"] if not any(s in v or v in s for v in entry["streets"])}


def diff(before_path: str, after_path: str) -> None:
    with open(before_path) as f:
        before = json.load(f)
    with open(after_path) as f:
        after = json.load(f)
    added_false, fixed = [], 0
    total = sum(len(e["streets"]) for e in after.values())
    for key, entry in after.items():
        old = before.get(key, {"spans": [], "streets": entry["streets"]})
        for s in sorted(_false(entry) - _false(old)):
            added_false.append(f"{key}: {s!r} in {entry['note']!r}")
        covered = lambda e: sum(any(v in s for s in e["spans"]) for v in e["streets"])  # noqa: E731
        fixed += covered(entry) - covered(old)
    print(f"labelled streets: {total}; newly covered whole: {fixed}; false spans added: {len(added_false)}")
    for line in added_false:
        print("  FALSE", line)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else LOCALES).split(","))
    else:
        diff(sys.argv[2], sys.argv[3])
