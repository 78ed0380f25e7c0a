"""Summarise free-text recall (names, surnames, streets) and template words kept from set-24-style result JSONs
written with ``--results-dir`` (helper RG, session 39): ``python benchmarks/dev_rg_text_summary.py A.json [B.json]``
prints pooled recall per entity and, with two files, the locales whose name or street recall changed."""

from __future__ import annotations

import json
import sys
from collections import Counter

ENTITIES = ("name", "last_name", "street_address")


def pooled(path: str) -> tuple[dict[str, float], float, dict[str, dict]]:
    with open(path) as f:
        locales = json.load(f)["locales"]
    hit, tot = Counter(), Counter()
    words = [0, 0]
    for v in locales.values():
        for e, (a, b) in v["counts"]["text"].items():
            hit[e] += a
            tot[e] += b
        words[0] += v["counts"]["words"][0]
        words[1] += v["counts"]["words"][1]
    rec = {e: round(hit[e] / tot[e], 4) for e in ENTITIES if tot[e]}
    rec["all"] = round(sum(hit.values()) / sum(tot.values()), 4)
    return rec, round(words[0] / words[1], 4), locales


def main() -> None:
    a = pooled(sys.argv[1])
    print(sys.argv[1], a[0], "words kept", a[1])
    if len(sys.argv) > 2:
        b = pooled(sys.argv[2])
        print(sys.argv[2], b[0], "words kept", b[1])
        for loc in a[2]:
            if loc not in b[2]:
                continue
            ta, tb = a[2][loc]["counts"]["text"], b[2][loc]["counts"]["text"]
            diff = {e: (ta[e][0], tb[e][0], ta[e][1]) for e in ENTITIES if e in ta and e in tb and ta[e][0] != tb[e][0]}
            wa, wb = a[2][loc]["counts"]["words"], b[2][loc]["counts"]["words"]
            if diff or wa[0] != wb[0]:
                print(f"  {loc}: {diff} words {wa[0]}->{wb[0]}/{wa[1]}")


if __name__ == "__main__":
    main()
