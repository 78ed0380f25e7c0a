"""Dev (helper LC, session 51): lower-case names in notes, before and after the new cue rules.

Reads the cache of ``dev_lc_cache.py`` (notes holding a lower-case name, the pipeline's replaced note, the truth)
and, per set and seed range, counts the lower-case true names the pipeline caught (before) and those caught once
the spans of :func:`lower_office_spans`, :func:`lower_alias_spans` and :func:`lower_deposit_spans` on the original
note are replaced too (after: a name counts as caught when a new span covers every word the pipeline left).
Misses are sorted by the word before the name (the cue kind) with ``--kinds``.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_lower.py --cache /tmp/lc_cache --kinds --show 20
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pii_heldout_scoring as scoring
from safe_synthesizer.pii.text_name_lower_alias import lower_alias_spans
from safe_synthesizer.pii.text_name_lower_deposit import lower_deposit_spans
from safe_synthesizer.pii.text_name_lower_offices import lower_office_spans

RULES = (lower_office_spans, lower_alias_spans, lower_deposit_spans)


def _lower(entity: str, value: str) -> bool:
    return entity in ("name", "first_name", "last_name") and value == value.lower() and value != value.upper()


def _covered(note: str, value: str, spans: list[tuple[int, int]]) -> bool:
    """Every occurrence of ``value`` in ``note`` lies inside one of ``spans``."""
    starts = [m.start() for m in re.finditer(re.escape(value), note)]
    return bool(starts) and all(any(a <= s and s + len(value) <= b for a, b in spans) for s in starts)


def _cue(note: str, value: str) -> str:
    at = note.find(value)
    before = note[:at].split()
    return " ".join(before[-2:]).lower() if before else "<start>"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/lc_cache")
    ap.add_argument("--kinds", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # group -> [n, before, after]
    kinds: Counter[str] = Counter()
    shown = 0
    for path in sorted(Path(args.cache).glob("*.json")):
        data = json.loads(path.read_text())
        set_no, locale, seed = path.stem.split("_", 1)[0], data["locale"], data["seed"]
        group = f"set{set_no} {'tuned' if str(seed)[2] == '0' else 'other'}"
        for row in data["rows"]:
            note, out = row["note"], row["out"]
            spans = [(a, b) for rule in RULES for a, b, _ in rule(note)]
            for entity, value in row["truth"]:
                if not _lower(entity, value):
                    continue
                before = scoring.caught(entity, value, out, locale)
                after = before or _covered(note, value, spans)
                t = totals[group]
                t[0] += 1
                t[1] += before
                t[2] += after
                if not after:
                    kinds[_cue(note, value)] += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  MISS {locale}/{seed} {value!r} in {note[:140]!r}")
    for group, (n, b, a) in sorted(totals.items()):
        print(f"{group}: lower-case names {n}: before {b} ({b / max(n, 1):.3f}) -> after {a} ({a / max(n, 1):.3f})")
    if args.kinds:
        for cue, k in kinds.most_common(40):
            print(f"  {k:4d}  {cue}")


if __name__ == "__main__":
    main()
