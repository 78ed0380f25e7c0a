"""TP's dev measure: phones, ids, IBANs and cards in the notes of set-35-shaped tables on OTHER seeds.

For each locale and seed, the notes column's labelled values of those entities are checked against the text
rules' spans (``pattern_spans``, no NER model: fast), and spans of those entities touching no labelled value
of any kind are counted as false. Run it against another source tree to compare (``PYTHONPATH=<tree>/src``).

Usage: PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tp_tables.py [LOCALES] [SEED_FROM] [SEED_TO]
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import heldout35_shapes as h
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import pattern_spans

WANTED = frozenset({E.PHONE_NUMBER, E.NATIONAL_ID, E.IBAN, E.CREDIT_DEBIT_CARD})
LOCALES = (
    "es_GT,it_SM,fo_FO,kl_GL,sr_ME,rw_RW,sn_ZW,ar_MR,en_GM,fr_BF,rn_BI,zh_MO,ar_JO,da_DK,no_NO,lv_LV,et_EE,"
    "en_US,fr_FR,de_DE,pt_BR,en_GB,pl_PL,ja_JP"
)


def measure(locale: str, seed: int) -> tuple[Counter, list[str], list[str]]:
    """(counts, missed examples, false examples) of one table."""
    table = h.heldout35_table(locale, seed)
    counts: Counter = Counter()
    missed, false = [], []
    if not table.notes_column:
        return counts, missed, false
    region = locale.split("_")[1]
    regions = (region, *(r for r in PHONE_REGIONS if r != region))
    for text, pairs in zip(table.frame[table.notes_column], table.notes, strict=True):
        if not isinstance(text, str):
            continue
        spans = [(a, b, e) for a, b, e in pattern_spans(text, regions, WANTED) if e in WANTED]
        covered = [(a, b) for a, b, _ in spans]
        values = []
        for entity, value in pairs:
            # Every place the value stands ("+5025130..., that's 5130...": the local form is inside the other too).
            places = [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]
            values += places
            if entity not in WANTED or not places:
                continue
            counts[f"{entity}_total"] += 1
            if any(a <= x and y <= b for x, y in places[-1:] for a, b in covered):
                counts[f"{entity}_found"] += 1
            else:
                missed.append(f"{locale}/{seed} {entity}: {value!r} in {text!r}")
        for a, b, e in spans:
            if not any(a < y and x < b for x, y in values):
                counts["false"] += 1
                false.append(f"{locale}/{seed} {e}: {text[a:b]!r} in {text!r}")
    return counts, missed, false


def main() -> None:
    locales = (sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else LOCALES).split(",")
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (35501, 35506)
    total: Counter = Counter()
    for locale in locales:
        for seed in range(first, last + 1):
            counts, missed, false = measure(locale, seed)
            total.update(counts)
            for line in missed + false:
                print(("MISS " if line in missed else "FALSE ") + line[:240])
    for entity in sorted(WANTED):
        n = total[f"{entity}_total"]
        print(f"{entity}: {total[f'{entity}_found']}/{n}")
    print("false spans:", total["false"])


if __name__ == "__main__":
    main()
