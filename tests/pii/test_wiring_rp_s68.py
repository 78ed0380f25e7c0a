"""Session 68 (helper RP): person columns whose cells a program printed as a record (a C# record, a Kotlin data
class, a lower-case ``toString()``, a Swift optional, a spreadsheet ``HYPERLINK`` and escaped UTF-8 bytes) mixed
with plain names, through the PII stage: planned as names with the header shown and hidden, and each fake written
back in its own print with no original name left. Fails without the wiring of ``/work/s68docs/wiring_RP.md``
(:mod:`cell_record_prints`' layers in ``cell_machine_encodings._DECODERS``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = [("Kathleen", "Hill"), ("Angela", "Wheeler"), ("Taylor", "Foley"), ("William", "Melton"),
           ("Douglas", "Smith"), ("Rachel", "Reed"), ("Johnny", "Johnson"), ("Darren", "Clements"),
           ("Stephanie", "Moore"), ("Kevin", "Murray"), ("Sarah", "Clark"), ("Steven", "Daniel")]  # fmt: skip


_TYPE_WORDS = ("Member", "Client", "Name", "Optional", "HYPERLINK")


def _print(i: int, given: str, family: str) -> str:
    forms = [
        lambda: f"Member {{ Name = {given} {family} }}",
        lambda: f"Client(firstName={given}, lastName={family})",
        lambda: f"member(firstname={given.lower()}, lastname={family.lower()})",
        lambda: f'Optional("{given} {family}")',
        lambda: f'=HYPERLINK("mailto:{given[0].lower()}{family.lower()}@yahoo.com","{given} {family}")',
        lambda: f"{given} {family}",
    ]
    return forms[i % len(forms)]()


def _table() -> pd.DataFrame:
    # Each print comes back in many distinct cells, as in an export: its type word is the column's dress.
    n = 48
    rows = [(_PEOPLE[i % 12][0], _PEOPLE[(i * 5 + i // 12) % 12][1]) for i in range(n)]
    return pd.DataFrame(
        {
            "Member": [_print(i, g, f) for i, (g, f) in enumerate(rows)],
            "Visits": [str(3 + i % 7) for i in range(n)],
            "Plan": ["gold" if i % 3 else "basic" for i in range(n)],
        }
    )


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_record_print_people_planned_shown_and_hidden() -> None:
    df = _table()
    assert _plans(df).get("Member") == "name"
    hidden = df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
    assert _plans(hidden).get("c000") == "name"
    assert _plans(df).get("Visits") is None and _plans(df).get("Plan") is None


def test_fakes_written_back_in_the_print() -> None:
    df = _table()
    res = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out = res[0] if isinstance(res, tuple) else getattr(res, "data", res)
    for before, after in zip(df["Member"], out["Member"], strict=True):
        for word in before.replace("(", " ").replace(",", " ").replace("=", " ").replace('"', " ").split():
            if word[:1].isupper() and word.isalpha() and word not in _TYPE_WORDS:
                assert word not in after, (before, after)
        if before.startswith("Member {"):
            assert after.startswith("Member { Name = ") and after.endswith(" }"), after
        if before.startswith("Client("):
            assert after.startswith("Client(firstName=") and ", lastName=" in after, after
        if before.startswith("Optional("):
            assert after.startswith('Optional("') and after.endswith('")'), after
        if before.startswith("=HYPERLINK("):
            assert after.startswith('=HYPERLINK("mailto:') and "@yahoo.com" in after, after
            assert before.split('"')[1] != after.split('"')[1], after
