"""Dev only (helper NM, session 44): install NM's modules as the wiring request asks, by monkeypatching, so
``dev_nm_names.py`` can measure them before the lead wires them.  Import this module first:

    .venv/bin/python benchmarks/dev_nm_wired.py --locales en_GB --seeds 29501
    .venv/bin/python benchmarks/dev_nm_wired.py bench_pii_sweep.py --out sweep_nm --results-dir /tmp/sweep_nm
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from safe_synthesizer.pii import detect_table as dt
from safe_synthesizer.pii import fake_names as fn
from safe_synthesizer.pii import replace as rp
from safe_synthesizer.pii.column_care_of_names import care_of_fakes, care_of_name_columns
from safe_synthesizer.pii.column_labelled_names import labelled_name_columns, labelled_name_fakes
from safe_synthesizer.pii.column_pnr_names import pnr_fakes, pnr_name_columns
from safe_synthesizer.pii.column_self_words import self_word_names
from safe_synthesizer.pii.column_sparse_given import sparse_given_columns
from safe_synthesizer.pii.column_title_cells import title_columns

_findings = dt.table_findings
_detect = dt.detect_table
_full = fn.NameFakes.full_names


def _table_findings(df, planned, detections, params, seed=0):
    selfish = self_word_names(df, planned, detections, params, seed)
    out = _findings(df, planned, {**detections, **selfish}, params, seed)
    out.update(selfish)
    names = [c.name for c in planned]
    found = {k: v for k, v in {**detections, **out}.items() if v is not None}
    out.update(pnr_name_columns(df, names, found))
    out.update(care_of_name_columns(df, names, {**found, **out}))
    found.update(out)
    out.update(labelled_name_columns(df, names, {k: v.entity for k, v in found.items()}))
    found.update(out)
    out.update(sparse_given_columns(df, names, {k: v.entity for k, v in found.items()}))
    return out


def _detect_table(df, planned, params, *, region="US", seed=0):
    found = _detect(df, planned, params, region=region, seed=seed)
    for name in title_columns(df, found):
        found[name] = None
    return found


def _full_names(self, originals, locale=None):
    special = pnr_fakes(originals, lambda e, vs: self.tokens(e, vs, locale))
    special |= care_of_fakes([v for v in originals if v not in special], lambda vs: _full_names(self, vs, locale))
    special |= labelled_name_fakes([v for v in originals if v not in special], lambda e, vs: self.tokens(e, vs, locale))
    rest = [v for v in originals if v not in special]
    out = _full(self, rest, locale) if rest else {}
    return {v: special[v] if v in special else out[v] for v in originals}


dt.table_findings = _table_findings
rp.detect_table = _detect_table
fn.NameFakes.full_names = _full_names

if __name__ == "__main__":
    # ``dev_nm_wired.py [other_script.py] args...``: run that script (default ``dev_nm_names.py``) with the wiring.
    script = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1].endswith(".py") else "dev_nm_names.py"
    rest = sys.argv[2:] if script != "dev_nm_names.py" or sys.argv[1:2] == [script] else sys.argv[1:]
    sys.argv = [str(Path(__file__).with_name(Path(script).name)), *rest]
    runpy.run_path(sys.argv[0], run_name="__main__")
