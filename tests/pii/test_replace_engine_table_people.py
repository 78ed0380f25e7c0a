"""replace_pii: the table's own people named in other rows' notes (lower case, roll calls) lose their names."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

_GIVEN = ["Sibusiso", "Nokuthula", "Thandeka", "Bhekizizwe", "Zanele", "Mthunzi", "Lwazi", "Nomsa", "Sakhile"]
_FAMILY = ["Dlamini", "Magagula", "Nxumalo", "Shongwe", "Mamba", "Simelane", "Tsabedze", "Hlatshwayo"]


def _table(n: int = 24) -> pd.DataFrame:
    people = [f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i * 5) % len(_FAMILY)]}" for i in range(n)]
    rows = []
    for i, person in enumerate(people):
        other = people[(i + 3) % n]
        note = (
            f"badge returned by {other.lower()} at the desk"
            if i % 2
            else f"Roll call: {other}, {people[(i + 7) % n]} and {people[(i + 11) % n]}. All out by 16:10."
        )
        rows.append({"visitor": person, "mobile": f"+268 76{i:02d} {1000 + 37 * i}", "note": note})
    return pd.DataFrame(rows)


def test_other_rows_people_leave_the_notes() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=2)
    assert "visitor" in {c.column for c in out.report.columns}
    family = {f.lower() for f in _FAMILY}
    kept = [note for note in out.data["note"] if family & set(note.lower().replace(",", " ").split())]
    assert kept == []
