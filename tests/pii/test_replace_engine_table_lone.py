"""replace_pii: one word of the table's people alone in another row's note (a surname signing a job sheet, the
treasurer of the minutes, the agent with the keys) leaves the note."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

_GIVEN = ["Mereani", "Obed", "Leimon", "Serah", "Kalo", "Nikenike", "Jimmy", "Hilda"]
_FAMILY = ["Naupa", "Kalpokas", "Natapei", "Tamata", "Kaltongga", "Molisa", "Toara", "Kalsakau"]


def _table(n: int = 24) -> pd.DataFrame:
    people = [(_GIVEN[i % len(_GIVEN)], _FAMILY[(i * 3) % len(_FAMILY)]) for i in range(n)]
    rows = []
    for i, (given, family) in enumerate(people):
        other_given, other_family = people[(i + 5) % n]
        note = [
            f"Job done, paid by card. Customer wants a quote for the back door. {other_family}",
            f"Treasurer {other_family} reported ticket sales.",
            f"Landlord refused access twice; agent {other_given} has keys.",
        ][i % 3]
        rows.append({"customer name": f"{given} {family}", "phone": f"+678 59{i:02d} {100 + 7 * i}", "note": note})
    return pd.DataFrame(rows)


def test_lone_words_of_the_tables_people_leave_the_notes() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=3)
    assert "customer name" in {c.column for c in out.report.columns}
    words = {w.lower() for w in _GIVEN + _FAMILY}
    kept = [note for note in out.data["note"] if words & set(note.lower().replace(".", " ").split())]
    assert kept == []
