"""Session 67, helper TPL: what the column-template fallback (:mod:`column_template_findings`) adds, with the
wiring of ``/work/s67docs/wiring_TPL.md`` monkeypatched in.

The template reads only columns every other pass left undecided, so one patched run tells the whole change: every
column planned with method ``column-template`` was ``None`` before. Each is printed with its label: ``FOUND`` (a
missed PII column now found with a right entity), ``WRONG`` (a PII column found as another entity) or ``FALSE``
(a non-PII column now replaced). Shown and hidden headers.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_tpl_s67.py --set 52
--locales en_GB,de_DE --seeds 52001,52002``  (``--seeds own``: each locale's own seeds; ``--locales all``).
Values printed are the builders' synthetic cells, never real data.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter


def patch() -> None:
    """The wiring's detection edit: the template fallback after the map-link pass of ``detect_table``."""
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii.column_template_findings import template_columns

    state: dict = {}
    original_detect = dt.detect_table
    original_links = dt.map_link_address_columns

    def detect_table(df, planned, params, *, region="US", seed=0):
        state["columns"] = dt._hinted(planned, df.columns)
        state["params"], state["seed"] = params, seed
        return original_detect(df, planned, params, region=region, seed=seed)

    def links(frame, kept, found):
        out = original_links(frame, kept, found)
        merged = {**found, **out}
        columns = [c for c in state["columns"] if c.name in set(kept)]
        out.update(template_columns(frame, columns, merged, state["params"], seed=state["seed"]))
        return out

    dt.detect_table = detect_table
    dt.map_link_address_columns = links
    import safe_synthesizer.pii.replace as rp

    rp.detect_table = detect_table
    # The engine edit (template_value_cells) changes replacement only, not plans: measured by the wiring test.


def _tables(set_no: int, locales: list[str], seeds):
    build = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")
    lang = importlib.import_module(f"heldout{set_no}_language")
    for locale in locales:
        for seed in seeds if seeds is not None else lang.seeds_for(locale):
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", set_no, locale, seed, type(exc).__name__, file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=52)
    ap.add_argument("--locales", default="en_GB")
    ap.add_argument("--seeds", default="own")
    ap.add_argument("--shown-only", action="store_true")
    ap.add_argument("--no-patch", action="store_true")
    args = ap.parse_args()
    if not args.no_patch:
        patch()
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    lang = importlib.import_module(f"heldout{args.set}_language")
    locales = list(lang.LOCALES) if args.locales == "all" else args.locales.split(",")
    seeds = None if args.seeds == "own" else [int(s) for s in args.seeds.split(",")]
    tally: Counter = Counter()
    for locale, seed, t in _tables(args.set, locales, seeds):
        for hidden in (False,) if args.shown_only else (False, True):
            df, labels = t.frame, dict(t.labels)
            if hidden:
                rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
            for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0):
                if not p.method.startswith("column-template"):
                    continue
                label = labels.get(p.column)
                real = label and label != "dont_care"
                verdict = "FOUND" if real and p.entity in label else "WRONG" if real else "FALSE"
                tally[(verdict, "H" if hidden else "S", (label[0] if real else str(label)))] += 1
                vals = [v for v in df[p.column].dropna().astype(str).unique()][:3]
                print(verdict, args.set, locale, seed, "H" if hidden else "S", repr(p.column), label, "->",
                      p.entity, vals, flush=True)  # fmt: skip
    for k, n in sorted(tally.items()):
        print("TALLY", *k, n)


if __name__ == "__main__":
    main()
