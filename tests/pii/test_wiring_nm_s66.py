"""Session 66 (helper NM): person columns read from their VALUES whatever the export wrote round them: an element's
accessible name (``<span aria-label="Michel Blanc">MB</span>``) and a dress the column's cells share (a screen
reader's ``, link``, a mail merge's ``«Next Record»``, ``(External)``, WhatsApp's ``~``, an SQL literal in a lower-cased
column ``n'jack morrison'``): found with the header shown and hidden, and faked inside the same dress with no real
name or initials left. Fails without the wiring of ``/work/s66docs/wiring_NM.md`` (:mod:`cell_accessible_names` in
``cell_machine_encodings._DECODERS``; :mod:`person_cell_shared_dress` in ``column_encoded_cells``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_NAMES = ["Eric Miller", "Ashley Williams", "Christian Horton", "Larry Franco", "Anthony Pittman", "Dennis Hudson",
          "Marion Taylor", "Eileen Williams", "Sally Preston", "Brenda Holt", "Joel Parkinson",
          "Sandra Chandler"]  # fmt: skip
_DRESSES = ["{}, link", "{}«Next Record»", "{} (External)", "~{}"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _frame() -> pd.DataFrame:
    dressed = [_DRESSES[i % len(_DRESSES)].format(n) for i, n in enumerate(_NAMES)]
    labelled = [f'<span aria-label="{n}">{_initials(n)}</span>' for n in _NAMES]
    lower = [f"n'{n.lower()}'" if i % 2 else f'<span aria-label="{n.lower()}">{_initials(n).lower()}</span>'
             for i, n in enumerate(_NAMES)]  # fmt: skip
    return pd.DataFrame({"Invitado": dressed, "Booked by": labelled, "t.customer": lower,
                         "Tea": ["Earl Grey", "Lady Grey", "Assam", "Darjeeling"] * 3})  # fmt: skip


def test_dressed_person_columns_found_shown_and_hidden() -> None:
    df = _frame()
    plans = _plans(df)
    assert all(plans.get(c) == "name" for c in ("Invitado", "Booked by", "t.customer")), plans
    hidden = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    plans = _plans(hidden)
    assert all(plans.get(c) == "name" for c in ("c000", "c001", "c002")), plans
    assert plans.get("c003") is None


def test_fakes_written_in_the_same_dress_with_nothing_of_the_person_left() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for before, after in zip(df["Invitado"], out["Invitado"], strict=True):
        tail = next(d for d in _DRESSES if before.startswith(d.split("{}")[0]) and before.endswith(d.split("{}")[1]))
        head, end = tail.split("{}")
        assert after.startswith(head) and after.endswith(end), (before, after)
        assert not any(w in after for w in before[len(head) : len(before) - len(end)].split()), (before, after)
    for name, after in zip(_NAMES, out["Booked by"], strict=True):
        assert after.startswith('<span aria-label="') and after.endswith("</span>"), after
        assert name not in after and f">{_initials(name)}<" not in after, after
