"""Dev (helper AD, session 49): hidden-header place misses and false place columns over set-34-shaped tables of
OTHER seeds than set 34's (34501...), for a before/after comparison (run with PYTHONPATH of either code).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_compare.py 34501,34502 fr_CD,rw_RW ...
"""

from __future__ import annotations

import sys

import dev_ad_probe

_PLACES = ("city", "street_address", "address")


def main(seeds: list[int], locales: list[str]) -> None:
    misses, falses, tables = [], [], 0
    for locale in locales:
        for seed in seeds:
            try:
                out = dev_ad_probe.probe(locale, seed, verbose=False)
            except Exception as exc:  # a dev script: report and go on
                print("error", locale, seed, exc)
                continue
            tables += 1
            misses += [m for m in out if m.split(":")[-1].split("->")[0] in _PLACES]
            falses += [m for m in out if m.split("->")[-1] in _PLACES and ":None->" in m]
    print(f"tables {tables}; place misses {len(misses)}; false place columns {len(falses)}")
    print("misses:", *misses, sep="\n  ")
    print("false:", *falses, sep="\n  ")


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1].split(",")], sys.argv[2].split(","))
