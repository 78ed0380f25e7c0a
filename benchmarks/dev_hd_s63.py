"""Session 63, helper HD: headers in any dress and role headers whose columns are missed.

``diagnose``: for every shown miss of ``results/pii_heldout48_after.json``, the header's hint today (``cue_hints``),
the truth entity's share by the column judge with and without the hint, and what the table plan gave the column.
``headers``: every header of sets 33-47 and ``/work/shared/data`` whose hint set changes between two trees (run it
twice with another ``PYTHONPATH`` and diff the files).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_hd_s63.py diagnose``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def _misses() -> list[tuple[str, int, str, str]]:
    data = json.loads((HERE / "results" / "pii_heldout48_after.json").read_text())
    out = []
    for locale, v in data["locales"].items():
        for m in v.get("shown_miss", []):
            seed, rest = m.split("/", 1)
            head, tail = rest.rsplit(":", 1)
            truth = tail.split("->")[0]
            out.append((locale, int(seed), head, truth))
    return out


def diagnose() -> None:
    from heldout48_shapes import heldout48_table
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.column_detector import NameStats, entity_score
    from safe_synthesizer.pii.column_sample import sample_values
    from safe_synthesizer.pii.cues import cue_hints
    from safe_synthesizer.pii.replace import plan_columns

    plans_cache: dict = {}
    for locale, seed, head, truth in _misses():
        key = (locale, seed)
        if key not in plans_cache:
            t = heldout48_table(locale, seed)
            planned = plan_columns(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
            plans = {p.column: p.entity for p in planned}
            plans_cache[key] = (t, plans)
        t, plans = plans_cache[key]
        s = t.frame[head]
        hint = sorted(cue_hints(head))
        sample = sample_values(s.astype(str).where(s.notna(), None), 500, 0)
        ent = {"name": "name", "date_of_birth": "date_of_birth"}.get(truth, truth)
        names = NameStats(sample) if ent in ("name", "first_name", "last_name", "city") else None
        sc = entity_score(ent, sample, True, names)
        sp = entity_score(ent, sample, False, names)
        filled = int((s.astype(str).str.strip() != "").sum())
        ex = [v for v in s.astype(str).tolist() if v.strip()][:3]
        print(
            f"{locale} {seed} {head!r} {truth} hint={hint} plan={plans.get(head)} n={filled}/{len(s)} "
            f"cued={sc.share:.2f}{'V' if sc.values_decide else ''} plain={sp.share:.2f} | {ex}"
        )


def headers() -> None:
    from safe_synthesizer.pii.cues import cue_hints

    seen: set[str] = set()
    for n in range(33, 48):
        for path in sorted(HERE.glob(f"heldout{n}_*.py")):
            text = path.read_text()
            import re

            for m in re.finditer(r"""["']([^"'\n]{2,40})["']""", text):
                seen.add(m.group(1))
    for csv in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            seen.update(map(str, pd.read_csv(csv, nrows=0).columns))
        except Exception:
            continue
    for h in sorted(seen):
        print(json.dumps([h, sorted(cue_hints(h))], ensure_ascii=False))


if __name__ == "__main__":
    {"diagnose": diagnose, "headers": headers}[sys.argv[1]]()
