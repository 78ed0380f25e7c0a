"""Run a benchmark script with :func:`~safe_synthesizer.pii.column_row_births.row_birth_date_columns` in the table
passes, right after the cohort pass, before the lead has wired it (helper DB, session 48).

Why: the sweep and the held-out runners call the pipeline as a user would; to measure the rule there before it is
wired into ``table_passes.py`` (the lead's file), this wraps the name ``cohort_birth_date_columns`` of that module
so that it returns the cohort pass's finding, or else the rows' finding (as the wiring request asks). Once wired,
the wrapper only repeats the pass (it finds nothing more: a birth-date column is then found already).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_db_patched.py benchmarks/bench_pii_sweep.py
--out X --results-dir D`` (the script and its own arguments).
"""

from __future__ import annotations

import runpy
import sys

from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_row_births import row_birth_date_columns

_cohort = table_passes.cohort_birth_date_columns


def _cohort_then_rows(df, names, found, entities, **kwargs):
    out = _cohort(df, names, found, entities, **kwargs)
    return out or row_birth_date_columns(df, names, found, entities)


if __name__ == "__main__":
    table_passes.cohort_birth_date_columns = _cohort_then_rows
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    runpy.run_path(script, run_name="__main__")
