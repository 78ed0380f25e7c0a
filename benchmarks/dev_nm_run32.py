"""Run a held-out bench with NM's unwired modules patched in (as the wiring request adds them).

``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_run32.py bench_pii_heldout32 --locales ... --out x``
"""

from __future__ import annotations

import importlib
import sys

from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_contact_layouts import contact_layout_columns

_kin = table_passes.kin_contact_columns


def _kin_then_layouts(df, names, found):
    out = _kin(df, names, found)
    out.update(contact_layout_columns(df, names, {**found, **out}))
    return out


table_passes.kin_contact_columns = _kin_then_layouts

if __name__ == "__main__":
    bench = importlib.import_module(sys.argv[1])
    sys.argv = [sys.argv[1], *sys.argv[2:]]
    bench.main()
