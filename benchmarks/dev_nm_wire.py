"""Dev (helper NM, session 45): the wiring still pending in ``/work/s45docs/wiring_NM.md`` (request 5: joined cells
faked half by half), patched in for measuring before the lead wires it; requests 1-4 are wired in the product
(854b928). Import it first (``import dev_nm_wire``) or run another script through it:
``.venv/bin/python benchmarks/dev_nm_wire.py benchmarks/dev_nm_tables.py``."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from safe_synthesizer.pii import fake_names as _fake_names
from safe_synthesizer.pii.column_joined_people import joined_fakes

_layouts = _fake_names.NameFakes._layouts


def _layouts_joined(self, originals, locale):
    special = _layouts(self, originals, locale)
    if "joined_fakes" in getattr(_fake_names, "__dict__", {}):
        return special  # wired in the product already
    rest = [v for v in originals if v not in special]
    special |= joined_fakes(rest, lambda vs: self._full_names(vs, locale))
    return special


_fake_names.NameFakes._layouts = _layouts_joined


if __name__ == "__main__" and len(sys.argv) > 1:
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path.insert(0, str(Path(script).resolve().parent))
    runpy.run_path(script, run_name="__main__")
