"""The false-replacement sweep (``bench_pii_sweep.py``) with PL's passes patched in as ``wiring_PL.md`` asks
(``dev_pl_wired.patch``), so that their false columns on the shared tables are known before the lead wires them.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl_sweep.py --out sweep_pl --results-dir /work/s45docs/sweep_pl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_pii_sweep
from dev_pl_wired import patch

if __name__ == "__main__":
    patch()
    raise SystemExit(bench_pii_sweep.main())
