"""Dev (helper NM, session 45): the wiring asked for in ``/work/s45docs/wiring_NM.md``, patched in for measuring
before the lead wires it. Import it first (``import dev_nm_wire``) or run another script through it:
``.venv/bin/python benchmarks/dev_nm_wire.py benchmarks/dev_nm_miss.py --locales ...``."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from safe_synthesizer.pii import detect_table, value_cells
from safe_synthesizer.pii.column_kin_contacts import kin_contact_columns, split_kin_phone

_findings = detect_table.table_findings
_split = value_cells.split_name_phone


def _table_findings(df, planned, detections, params, seed=0):
    out = _findings(df, planned, detections, params, seed)
    found = {**detections, **out}
    names = [c.name for c in planned]
    out.update(kin_contact_columns(df, names, found))
    return out


detect_table.table_findings = _table_findings
value_cells.split_name_phone = lambda c: _split(c) or split_kin_phone(c)


# Request 2: ``SMITH/Jemma`` (the surname in capitals, the given names as written) is a PNR name too.
from safe_synthesizer.pii import column_pnr_names as _pnr  # noqa: E402


def _split_pnr(value):
    if not isinstance(value, str) or "/" not in value or len(value) > 80:
        return None
    m = _pnr._PNR.match(value)
    if m is None:
        return None
    surname, given = m.group("surname"), m.group("given")
    title, glue = m.group("title") or "", " " if m.group("title") else ""
    capitals = value == value.upper()
    if not title and capitals:
        title = _pnr._glued_title(given)
        given = given[: len(given) - len(title)]
    cased = capitals or surname.isupper()  # SMITH/Jemma: the surname in capitals, the given names as written
    if ((not cased or len(given) < 2) and not title) or len(surname) < 2:
        return None
    slash = value[m.end("surname") : m.start("given")]
    return _pnr.PnrName(surname, given, title.upper() if capitals else title, glue, slash)


def _pnr_fakes(originals, tokens):
    split = {v: p for v in dict.fromkeys(originals) if (p := _pnr.split_pnr(v)) is not None}
    if not split:
        return {}
    lasts = tokens(_pnr.E.LAST_NAME, [p.surname for p in split.values()])
    firsts = tokens(_pnr.E.FIRST_NAME, [p.given for p in split.values()])
    out = {}
    for v, p in split.items():
        surname = _pnr._mapped(p.surname, lasts)
        given = _pnr._mapped(p.given, firsts)
        surname = surname.upper() if p.surname.isupper() else surname
        given = given.upper() if p.given.isupper() else given
        out[v] = p.join(surname, given)
    return out


_pnr.split_pnr = _split_pnr
_pnr.pnr_fakes = _pnr_fakes
from safe_synthesizer.pii import fake_names as _fake_names  # noqa: E402

_fake_names.pnr_fakes = _pnr_fakes

# Request 3: two people joined in one cell (``Mrs Patla & Mr Varma``) read as a person layout.
from safe_synthesizer.pii import column_people as _people  # noqa: E402
from safe_synthesizer.pii.column_joined_people import joined_person  # noqa: E402

_layout = _people.person_layout


def _person_layout(value, street_words):
    return _layout(value, street_words) or joined_person(value, _person_layout, street_words)


_people.person_layout = _person_layout

# Request 4: landlord and tenant header words in the supported languages.
from safe_synthesizer.pii import cues as _cues  # noqa: E402
from safe_synthesizer.pii.column_tenancy_roles import tenancy_role_cues  # noqa: E402

_cue_hints = _cues.cue_hints


def _hints(column_name):
    found = _cue_hints(column_name)
    return found or tenancy_role_cues(_cues.tokens(column_name))


for _mod in list(sys.modules.values()):
    if (
        getattr(_mod, "__name__", "").startswith("safe_synthesizer.pii")
        and getattr(_mod, "cue_hints", None) is _cue_hints
    ):
        _mod.cue_hints = _hints


# Request 5: joined cells faked half by half (fake_names.NameFakes._layouts).
from safe_synthesizer.pii.column_joined_people import joined_fakes  # noqa: E402

_layouts = _fake_names.NameFakes._layouts


def _layouts_joined(self, originals, locale):
    special = _layouts(self, originals, locale)
    rest = [v for v in originals if v not in special]
    special |= joined_fakes(rest, lambda vs: self._full_names(vs, locale))
    return special


_fake_names.NameFakes._layouts = _layouts_joined


if __name__ == "__main__" and len(sys.argv) > 1:
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path.insert(0, str(Path(script).resolve().parent))
    runpy.run_path(script, run_name="__main__")
