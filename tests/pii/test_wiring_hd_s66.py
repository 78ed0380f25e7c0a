"""Session 66 (helper HD): headers in an export tool's notation (a Word field code, an SQL alias, an R accessor, a
screen reader's role words, gender endings) read to their label by every header reader, so a column planned from
its header alone (differential privacy: no value read) is planned as its label says; and a boat fleet named like
people beside the table's register of people is no person column. Fails without the wiring of
``/work/s66docs/wiring_HD.md`` (W1: ``header_undress`` reads :mod:`header_code_notation`; W2: ``detect_table``
drops :mod:`column_named_like_people`'s columns from the classifier's findings)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.pii.person_role_words import role_word_cues
from safe_synthesizer.pii.replace import plan_column_dp


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("{ MERGEFIELD Anschrift }", "address"),
        ('{ MERGEFIELD "Date of birth" \\* MERGEFORMAT }', "date_of_birth"),
        ('t.geburtsdatum AS "Geburtsdatum"', "date_of_birth"),
        ('t.telefono AS "Telefono"', "phone_number"),
        ("df$date.of.birth", "date_of_birth"),
        ("df$telephone.mobile", "phone_number"),
        ("Phone, column header", "phone_number"),
        ("Email, column header, sortable", "email"),
        ("$row->courriel", "email"),
    ],
)
def test_notation_headers_plan_their_label_without_values(header: str, entity: str) -> None:
    plan = plan_column_dp(header, ColumnType.TEXT, ReplacePiiParameters())
    assert plan is not None and plan.entity == entity, header


@pytest.mark.parametrize("header", ['t.offert_par AS "Offert par"', "Rower, column header", "Begleiter*innen"])
def test_role_headers_in_notation_are_person_hints(header: str) -> None:
    assert role_word_cues(header) == {"name"}


_GUESTS = ["Giuseppina Brichese", "Carolina Iacobucci", "Fortunata Barcella", "Marco Sartori", "Luca Ferri",
           "Anna Riva", "Paolo Conti", "Giulia Marchetti", "Sergio Fabbri"]  # fmt: skip
_STILLS = ["Angela", "Old Bessie", "Mary Rose", "Angela", "Old Bessie", "Mary Rose", "Constance", "Constance", "Angela"]


def test_a_fleet_named_like_people_the_classifier_names_is_no_person_column(monkeypatch) -> None:
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import detect_table
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.replace import plan_columns

    rescue = detect_table.rescued_columns

    def classifier_names_the_still(frame, kept, found, params, seed):
        out = rescue(frame, kept, found, params, seed)
        # The learned classifier's answer on set 51's stills, whatever the table around them: 98 % name, rules 25 %.
        out["Still"] = ColumnDetection("Still", "name", 0.9758, 0.25, "classifier", 4)
        return out

    monkeypatch.setattr(detect_table, "rescued_columns", classifier_names_the_still)
    df = pd.DataFrame({"Ospite": _GUESTS, "Still": _STILLS, "Tasting": ["gin"] * 9})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Ospite") == "name"
    assert plans.get("Still") is None
