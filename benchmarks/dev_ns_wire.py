"""Dev (helper NS, session 46): the wiring pending in ``/work/s46docs/wiring_NS.md`` (cells of people with notes or
several people in a non-Latin script faked person by person), patched in for measuring before the lead wires it.
Import it first (``import dev_ns_wire``) or run another script through it:
``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ns_wire.py benchmarks/dev_ns_fakes.py``."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from safe_synthesizer.pii import fake_names as _fake_names
from safe_synthesizer.pii.script_name_layouts import layout_name_fakes

_layouts = _fake_names.NameFakes._layouts


def _layouts_script(self, originals, locale):
    special = _layouts(self, originals, locale)
    if "layout_name_fakes" in vars(_fake_names):
        return special  # wired in the product already
    rest = [v for v in originals if v not in special]
    return special | layout_name_fakes(rest, lambda vs: self._full_names(vs, locale))


_fake_names.NameFakes._layouts = _layouts_script


if __name__ == "__main__" and len(sys.argv) > 1:
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path.insert(0, str(Path(script).resolve().parent))
    runpy.run_path(script, run_name="__main__")
