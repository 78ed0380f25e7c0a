"""Run a benchmark with helper ID's wiring request applied (session 47): the unseen-layout id pass again after the
classifier's rescue (``wiring_ID.md``), so the sweep and the held-out runners measure it before the lead wires it.

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_wired.py bench_pii_sweep.py
--out x --results-dir DIR`` (any runner in ``benchmarks`` and its own arguments).
"""

from __future__ import annotations

import runpy
import sys

import dev_id_look

if __name__ == "__main__":
    dev_id_look.wire()
    script = sys.argv[1]
    sys.argv = [script, *sys.argv[2:]]
    runpy.run_path(f"benchmarks/{script}", run_name="__main__")
