"""What helper IDP's two column rules (session 51) would change on held-out tables: phone-named columns of short
plans (``column_phone_small_plans``) and few-value phone columns beside a found one (``column_phone_siblings``).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_idp_columns.py --set 35 --locales all \
        --seeds 35001 [--every 5] [--hidden-only]

One ``detect_table`` per table (shown and hidden headers; ``--cheap``: none, the labelled phone columns stand in
for the found ones and every other column counts as not found): a column the rules would add is a hit when its label is
a phone, else a false column; every such column is printed with its label and first values.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_siblings import sibling_phone_columns
from safe_synthesizer.pii.column_phone_small_plans import dialled_small_plan_score, small_plan_phone_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.detect_table import detect_table


def _new_columns(df, found) -> dict[str, str]:
    """Column -> which rule would add it."""
    out = {c: "siblings" for c in sibling_phone_columns(df, found)}
    for c, d in found.items():
        if d is not None or c in out:
            continue
        if df[c].dtype.kind in "iufb":
            continue
        values = sample_values(df[c], 500, 0).values
        if not values:
            continue
        if E.PHONE_NUMBER in cue_hints(str(c)) and small_plan_phone_score(values, str(c)) is not None:
            out[c] = "small_plans"
        elif dialled_small_plan_score(values) is not None:
            out[c] = "dialled"
    return out


def _labelled(column: str, label) -> ColumnDetection | None:
    """A phone detection for a column labelled phone (``--cheap``), else ``None`` (not found: an upper bound of
    what the rules may add)."""
    if label and label != "dont_care" and label[0] in ("phone_number", "fax_number"):
        return ColumnDetection(column, E.PHONE_NUMBER, 1.0, 1.0, "values", 0, None, "label")
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=36)
    ap.add_argument("--locales", default="all")
    ap.add_argument("--seeds", default="36001")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--hidden-only", action="store_true")
    ap.add_argument("--cheap", action="store_true", help="labelled phone columns stand in for the found ones")
    args = ap.parse_args()
    mod = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(mod, f"heldout{args.set}_table")
    locales = mod.LOCALES[:: args.every] if args.locales == "all" else args.locales.split(",")
    a, _, b = args.seeds.partition("-")
    counts: Counter = Counter()
    for locale in locales:
        for seed in range(int(a), int(b or a) + 1):
            t = build(locale, seed, n=0)
            for hidden in (False, True) if not args.hidden_only else (True,):
                df, labels = t.frame, dict(t.labels)
                if hidden:
                    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                    df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
                if args.cheap:
                    found = {c: _labelled(c, labels.get(c)) for c in df.columns}
                else:
                    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
                for c, rule in _new_columns(df, found).items():
                    label = labels.get(c)
                    if args.cheap and found.get(c) is not None:
                        continue
                    ok = bool(label) and label != "dont_care" and label[0] in ("phone_number", "fax_number")
                    counts[f"{rule}_{'hit' if ok else 'false'}"] += 1
                    values = list(dict.fromkeys(df[c].dropna().astype(str)))[:6]
                    tag = "HIT" if ok else "FALSE"
                    print(f"{tag} {rule} {locale}/{seed} {'hidden' if hidden else 'shown'} {c!r} {label} {values}")
                counts["tables"] += 1
        print(locale, dict(counts), flush=True)
    print("ALL", dict(counts))


if __name__ == "__main__":
    sys.exit(main())
