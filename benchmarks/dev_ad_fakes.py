"""Dev: the fakes a layered-address column gets (one consistent address of the locale?), and the plans of set-32
shaped tables of other seeds (32501-32520) for the address and town columns.

Run: PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ad_fakes.py en_PG lo_LA ps_AF
"""

from __future__ import annotations

import sys

import heldout32_shapes as set32
from pii_heldout_scoring import _hide
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

PLACE = {"address", "street_address", "city", "postcode", "state"}


def main(locales: list[str], seeds: range) -> None:
    hit = pos = false = 0
    for locale in locales:
        for seed in seeds:
            t = set32.heldout32_table(locale, seed)
            df, labels = _hide(t.frame, t.labels)
            plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
            for c, lab in labels.items():
                if lab == "dont_care":
                    continue
                got = plans.get(c)
                if lab and lab[0] in PLACE:
                    pos += 1
                    hit += got in lab
                    if got not in lab:
                        print(f"  miss {locale}:{seed} {c} {lab[0]}->{got} {list(df[c].astype(str).head(3))}")
                elif got in PLACE:
                    false += 1
                    print(f"  FALSE {locale}:{seed} {c} {lab}->{got} {list(df[c].astype(str).head(3))}")
    print(f"hidden place columns found {hit}/{pos}, false place columns {false}")


def fakes(locale: str) -> None:
    t = set32.heldout32_table(locale, 32001)
    df, labels = _hide(t.frame, t.labels)
    cols = [c for c, lab in labels.items() if lab and lab != "dont_care" and lab[0] in ("address", "street_address")]
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    frame = out.data
    for c in cols:
        for a, b in list(zip(df[c].astype(str), frame[c].astype(str), strict=True))[:4]:
            print(f"  {locale} {c}: {a!r} -> {b!r}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--fakes" in sys.argv:
        for loc in args:
            fakes(loc)
    else:
        main(args, range(32501, 32511))
