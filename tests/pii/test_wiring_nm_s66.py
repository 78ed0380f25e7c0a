"""Session 66 (helper NM): person columns read from their VALUES whatever the export wrote round them: an element's
accessible name (``<span aria-label="Michel Blanc">MB</span>``) found with the header shown and hidden, and faked
inside the same markup with no real name or initials left (:mod:`cell_accessible_names` in
``cell_machine_encodings._DECODERS``). The column's shared dress (:mod:`person_cell_shared_dress`) was unwired after
the fresh-clone CI: it cut ``HARTLEY, Olivia`` and ``KADUGLI: opposite the grain store`` as dress
(``test_wiring_s50``, ``test_wiring_s59``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_NAMES = ["Eric Miller", "Ashley Williams", "Christian Horton", "Larry Franco", "Anthony Pittman", "Dennis Hudson",
          "Marion Taylor", "Eileen Williams", "Sally Preston", "Brenda Holt", "Joel Parkinson",
          "Sandra Chandler"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _frame() -> pd.DataFrame:
    labelled = [f'<span aria-label="{n}">{_initials(n)}</span>' for n in _NAMES]
    return pd.DataFrame({"Booked by": labelled, "Tea": ["Earl Grey", "Lady Grey", "Assam", "Darjeeling"] * 3})


def test_dressed_person_columns_found_shown_and_hidden() -> None:
    df = _frame()
    plans = _plans(df)
    assert plans.get("Booked by") == "name", plans
    hidden = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    plans = _plans(hidden)
    assert plans.get("c000") == "name", plans
    assert plans.get("c001") is None


def test_fakes_written_in_the_same_dress_with_nothing_of_the_person_left() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for name, after in zip(_NAMES, out["Booked by"], strict=True):
        assert after.startswith('<span aria-label="') and after.endswith("</span>"), after
        assert name not in after and f">{_initials(name)}<" not in after, after
