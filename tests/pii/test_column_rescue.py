"""The classifier answers only for columns the rules left, for entities asked for, where the name allows it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_rescue
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_rescue import METHOD, rescued_columns
from safe_synthesizer.pii.detect_table import detect_table


class _Always:
    """A model that answers one entity for every column, sure of it."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.asked = 0

    def predict(self, x: np.ndarray) -> tuple[str, float]:
        self.asked += 1
        return self.entity, 0.97


@pytest.fixture
def table() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({
        "email": [f"user{i}@example.org" for i in range(40)],
        "Next of kin": [f"K{i:03d} (son) 0{rng.integers(10**9, 10**10)}" for i in range(40)],
        "Hund Name": [f"Rex{i}" for i in range(40)],
    })  # fmt: skip


def _rescue(table: pd.DataFrame, model, monkeypatch, **params) -> dict:
    monkeypatch.setattr(column_rescue, "load_classifier", lambda: model)
    found: dict = {c: None for c in table.columns}
    found["email"] = ColumnDetection("email", "email", 1.0, 1.0, "values", 40)
    return rescued_columns(table, infer_schema(table).columns, found, ReplacePiiParameters(**params))


def test_only_undecided_columns_the_name_allows(table, monkeypatch) -> None:
    out = _rescue(table, _Always("name"), monkeypatch)
    assert set(out) == {"Next of kin"}  # email was decided; a dog's name is no person
    assert out["Next of kin"].method == METHOD and out["Next of kin"].entity == "name"
    assert "learned classifier 97% name" in out["Next of kin"].evidence


def test_off_in_the_config_or_not_asked_for(table, monkeypatch) -> None:
    assert _rescue(table, _Always("name"), monkeypatch, column_classifier=False) == {}
    assert _rescue(table, _Always("name"), monkeypatch, entities=["email", "phone_number"]) == {}


def test_a_look_alike_stays_as_it_is(monkeypatch) -> None:
    branch = pd.DataFrame({"email": [f"u{i}@example.org" for i in range(60)], "Branch": ["Leeds", "York"] * 30})
    assert _rescue(branch, _Always("city"), monkeypatch) == {}


def test_detect_table_never_overrides_the_rules(table, monkeypatch) -> None:
    model = _Always("phone_number")
    monkeypatch.setattr(column_rescue, "load_classifier", lambda: model)
    found = detect_table(table, infer_schema(table).columns, ReplacePiiParameters())
    assert found["email"].entity == "email" and found["email"].method != METHOD
    assert model.asked >= 1


def test_a_handful_of_grounds_with_numbered_plots_is_no_street(monkeypatch) -> None:
    rng = np.random.default_rng(3)
    grounds = ["Lawn B", "Garden of Rest", "North Yard", "Chapel Row"]
    plots = [f"{grounds[i % 4]} {rng.integers(1, 60)}/{'ABCDE'[rng.integers(0, 5)]}" for i in range(40)]
    cemetery = pd.DataFrame({"email": [f"u{i}@example.org" for i in range(40)], "Plot": plots})
    assert _rescue(cemetery, _Always("street_address"), monkeypatch) == {}
    streets = ["Mill Lane", "Orchard Close", "Station Road", "Kings Avenue", "Bridge Street", "Park Terrace",
               "Church Walk", "Elm Grove", "High Street", "Victoria Road"]  # fmt: skip
    homes = pd.DataFrame({"email": cemetery["email"], "Home": [f"{i + 2} {streets[i % 10]}" for i in range(40)]})
    assert _rescue(homes, _Always("street_address"), monkeypatch)["Home"].entity == "street_address"


def test_a_header_that_names_a_number_takes_no_word_answer(table, monkeypatch) -> None:
    # sv_SE, set 45: a ``Phone`` column written with keypad letters (``070-165 PZ ZJ``) was faked as people's names.
    out = _rescue(table.assign(Phone=table["Next of kin"]), _Always("name"), monkeypatch)
    assert set(out) == {"Next of kin"}  # no number in its name: the model's word stands
    assert column_rescue.header_names_other_kind("Telefon", "last_name")
    assert not column_rescue.header_names_other_kind("Telefon", "phone_number")
    assert not column_rescue.header_names_other_kind("Contact", "phone_number")  # a contact is a person or a number
