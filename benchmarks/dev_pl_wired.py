"""Set 30's (seen) and other seeds' tables with PL's table passes patched in before the lead wires them: the
column plans of ids, postcodes, towns and birth dates, hidden and shown (s45, PL).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl_wired.py --locales rw_RW,en_ZM --seeds 30001,30501 [--off]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import dev_pl_hidden
from safe_synthesizer.pii import column_few_births, table_passes
from safe_synthesizer.pii.column_dates import YOUNG_MARK
from safe_synthesizer.pii.column_id_unseen_layouts import unseen_id_detections
from safe_synthesizer.pii.column_prefixed_postcodes import prefixed_postcode_detections
from safe_synthesizer.pii.column_subject_keys import subject_keys

_original = table_passes.table_findings
_one_date = column_few_births.one_date_per_person


def _one_date_of_subjects(df, date_column, person_keys):
    """As wiring_PL.md asks: staff keys are dropped for adults' dates only (not for young dates)."""
    why = column_few_births.small_birth_dates(df[date_column], min_distinct=column_few_births.MIN_HANDFUL)[1]
    if YOUNG_MARK not in why:
        person_keys = subject_keys(df, list(map(tuple, person_keys)))
    return _one_date(df, date_column, person_keys)


def _patched(df, planned, detections, params, seed=0):
    out = _original(df, planned, detections, params, seed)
    found = {**detections, **out}
    names = [c.name for c in planned]
    rest = [n for n in names if found.get(n) is None and table_passes._says_no_more_than_id(n)]
    out.update(unseen_id_detections(df, rest, found, entities=params.entities, seed=seed))
    found = {**detections, **out}
    rest = [n for n in names if found.get(n) is None]
    out.update(prefixed_postcode_detections(df, rest, found, entities=params.entities))
    return out


def patch() -> None:
    """Patch PL's passes in as ``wiring_PL.md`` asks (table_passes, detect_table, column_few_births)."""
    import safe_synthesizer.pii.detect_table as dt

    table_passes.table_findings = _patched
    dt.table_findings = _patched
    column_few_births.one_date_per_person = _one_date_of_subjects


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="rw_RW,en_ZM,fr_HT,sr_BA,de_NA,fr_PF,ar_IQ,sm_WS")
    ap.add_argument("--seeds", default="30001,30002")
    ap.add_argument("--kinds", default=",".join(dev_pl_hidden.KINDS))
    ap.add_argument("--off", action="store_true", help="without the patch (the head as it is)")
    a = ap.parse_args()
    if not a.off:
        patch()
    seeds = [int(s) for s in a.seeds.split(",")]
    bad, total, false = dev_pl_hidden.run(a.locales.split(","), seeds, True, tuple(a.kinds.split(",")))
    print(f"wrong plans {bad} of {total} (false {false})")


if __name__ == "__main__":
    main()
