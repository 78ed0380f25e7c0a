"""The classifier's person answers on a category (a few values repeated beside a register, or common phrases) go."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_category_people import category_people_columns, common_phrase, saturated_category
from safe_synthesizer.pii.column_detector import ColumnDetection

_GIVEN = ["Aline", "Jean", "Lucie", "Marc", "Nadia", "Olivier", "Pauline", "Rémi", "Sophie", "Théo", "Yasmine"]
_FAMILY = ["Moreau", "Petit", "Roux", "Garnier", "Faure", "Blanc", "Mercier", "Lambert", "Girard"]


def _det(column: str, method: str = "classifier", entity: str = "name", share: float = 0.5) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.95, share, method, 30, None, "")


def _customers(n: int) -> list[str]:
    return [f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i * 7) % len(_FAMILY)]}" for i in range(n)]


def test_a_few_named_models_over_many_rows_beside_the_customers_go() -> None:
    models = ["Coco Chanel", "Yves Laurent", "Karl Muller", "Jil Sander", "Benetton", "Ann Taylor"]
    df = pd.DataFrame({"Client": _customers(40), "Griffe": [models[i % 6] for i in range(40)]})
    found = {"Client": _det("Client", "name+values"), "Griffe": _det("Griffe")}
    assert category_people_columns(df, found) == ["Griffe"]
    # The rules' own check reads them all as people (landlords beside their tenants): kept.
    found["Griffe"] = _det("Griffe", share=1.0)
    assert category_people_columns(df, found) == []


def test_a_second_register_of_people_and_the_rules_findings_stay() -> None:
    contacts = _customers(40)[::-1]
    df = pd.DataFrame({"Client": _customers(40), "Contact": contacts, "Staff": [["Aline Moreau", "Jean Petit",
                       "Lucie Roux"][i % 3] for i in range(40)]})  # fmt: skip
    found = {"Client": _det("Client", "values"), "Contact": _det("Contact"), "Staff": _det("Staff", "values")}
    assert category_people_columns(df, found) == []


def test_given_names_alone_never_saturate() -> None:
    assert not saturated_category([_GIVEN[i % 5] for i in range(40)], register_levels=40)
    assert saturated_category([f"{_GIVEN[i % 5]} Label" for i in range(40)], register_levels=40)


def test_common_phrases_mark_a_category() -> None:
    assert common_phrase("mixed windfalls") and common_phrase("bruised fruit")
    assert not common_phrase("aline moreau") and not common_phrase("withheld") and not common_phrase("Mixed Pears")
    pears = ["Conference", "Doyenné du Comice", "assorted seconds", "bruised fruit", "Beurré Hardy"]
    df = pd.DataFrame({"Pears": pears})
    assert category_people_columns(df, {"Pears": _det("Pears")}) == ["Pears"]
