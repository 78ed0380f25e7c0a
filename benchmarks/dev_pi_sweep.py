"""The false-replacement sweep (``bench_pii_sweep.py``) with helper PI's table pass of phones patched in.

Why: ``column_phone_country.country_phone_detections`` waits for the lead to wire it into
``table_passes.table_findings``; this runs the sweep as if it were wired (``dev_pi_columns.with_table_phones``),
so that the pass's false columns on the shared tables are known before it is.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pi_sweep.py --out pii_sweep_s36_pi
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_pii_sweep
from dev_pi_columns import with_table_phones

if __name__ == "__main__":
    with_table_phones()
    raise SystemExit(bench_pii_sweep.main())
