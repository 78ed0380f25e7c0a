"""Development notes for people in free text (helper TX, session 45): set 30's builder at OTHER seeds (30501+) and
my own notes, scored on the text detector alone (a gold name/phone counts when spans of any entity cover all its
letters or digits). Not a held-out set.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tx_s45.py [--seeds 30501-30504] [--locales a,b]
        [--show] [--entities name,last_name,phone_number]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_ZM", "fr_PF", "en_BW", "ms_MY",
           "pt_BR", "ro_RO", "sr_ME", "rw_RW", "ha_NG", "es_NI", "en_NZ", "sv_AX", "en_PK", "fr_HT")  # fmt: skip


def covered(text: str, value: str, found: list[tuple[int, int]]) -> bool:
    """Every letter/digit of each word-bounded occurrence of ``value`` in ``text`` lies in a found span."""
    ok = True
    for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
        ok &= all(any(s <= i < e for s, e in found) for i in range(m.start(), m.end()) if text[i].isalnum())
    return ok


def _patch_wiring() -> None:
    """The wiring requested in /work/s45docs/wiring_TX.md, patched in until the lead adds it."""
    import safe_synthesizer.pii.text_detector as td
    from safe_synthesizer.pii.text_name_list_inversion import without_list_inversions
    from safe_synthesizer.pii.text_name_list_mates import with_list_mates

    if hasattr(td, "with_list_mates"):
        return  # wired in the product already
    base, one = td.name_pair_spans, td.one_line
    td.name_pair_spans = lambda text: without_list_inversions(text, base(text))
    td.one_line = lambda text, spans: one(text, with_list_mates(text, spans))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="30501-30504")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--entities", default="name,last_name,phone_number")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--wired", action="store_true", help="patch in the pending wiring (list inversions, mates)")
    args = parser.parse_args()
    if args.wired:
        _patch_wiring()
    import heldout30_shapes as set30
    import safe_synthesizer.pii.text_detector as td

    wanted = set(args.entities.split(","))
    dets: dict = {}
    by = defaultdict(lambda: [0, 0])
    lo, hi = (int(x) for x in args.seeds.split("-"))
    for locale in args.locales.split(","):
        region = locale.split("_")[1]
        if region not in dets:
            dets[region] = td.load_text_detector(
                ["name", "first_name", "last_name", "phone_number", "street_address", "email"], region=region
            )
        for seed in range(lo, hi + 1):
            t = set30.heldout30_table(locale, seed)
            if t.notes_column is None:
                continue
            texts = [str(x) for x in t.frame[t.notes_column]]
            rows = [(i, x) for i, x in enumerate(texts) if t.notes[i]]
            spans = dets[region].find_spans([x for _, x in rows])
            for (i, text), found in zip(rows, spans, strict=True):
                found = [(s.start, s.end) for s in found]
                for entity, value in t.notes[i]:
                    if entity not in wanted:
                        continue
                    ok = covered(text, value, found)
                    key = (t.forms[i], t.templates[i][:30], entity)
                    by[key][0] += ok
                    by[key][1] += 1
                    by[("ALL", "", entity)][0] += ok
                    by[("ALL", "", entity)][1] += 1
                    by[(locale, "", entity)][0] += ok
                    by[(locale, "", entity)][1] += 1
                    if args.show and not ok:
                        print(f"MISS {locale} {seed} {entity} {value!r} in {text!r}")
    for key, (h, n) in sorted(by.items()):
        if h < n or key[0] == "ALL":
            print(f"{' | '.join(key):70} {h}/{n} = {h / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
