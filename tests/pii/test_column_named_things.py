import pandas as pd
import pytest

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_things import has_thing_word, thing_named_columns


def _det(column: str, entity: str = "name", method: str = "classifier") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 1.0, method, 20)


@pytest.mark.parametrize(
    "value",
    [
        "Elgar Dream of Gerontius Oratorio",
        "Bach St Matthew Passion",
        "Rutter Gloria",
        "Mesa Lorca",
        "Table Wilde",
        "Top table",
        "Ivy Shaw Plots",
        "Jim Hart Memorial Trophy",
        "Schumann upright",
        "Trek e-bike",
        "Tavolo Fellini",
    ],
)
def test_things_named_after_people_carry_a_kind_word(value: str):
    assert has_thing_word(value)


@pytest.mark.parametrize(
    "value",
    ["Gloria Pérez", "Carlos Mesa", "Ana Sala", "Mrs L. Missick", "the Missick family", "van der Berg", ""],
)
def test_people_carry_no_kind_word(value: str):
    assert not has_thing_word(value)


def test_works_tables_and_makes_are_dropped_people_kept():
    df = pd.DataFrame(
        {
            "work": ["Elgar Te Deum", "Bach Mass in B minor", "Rutter Gloria", "Verdi Requiem", "Tallis Spem"] * 4,
            "table": ["Table Wilde", "Tavolo Fellini", "Marilyn Monroe", "Top table", "Table 3"] * 4,
            "bike": ["Trek hybrid", "Raleigh folding", "Specialized e-bike", "Orbea", "Trek MTB"] * 4,
            "guest": ["Gloria Pérez", "Carlos Mesa", "Ana Cup", "Mrs L. Missick", "the Weber family"] * 4,
            "known": ["Gloria", "Sonata", "Carmina", "Ana", "Luis"] * 4,
        }
    )
    found = {
        "work": _det("work", method="values+recombine"),
        "table": _det("table"),
        "bike": _det("bike", "city"),
        "guest": _det("guest"),
        "known": _det("known", "first_name", "values"),
        "missing": _det("missing"),
        "none": None,
    }
    assert thing_named_columns(df, found) == ["work", "table", "bike"]


def test_other_entities_and_a_single_thing_are_left():
    df = pd.DataFrame({"work": ["Verdi Requiem"] * 3, "street": ["Table Road 3", "Trophy Lane 2", "Cup Way 1"]})
    assert thing_named_columns(df, {"work": _det("work")}) == []  # one distinct value: too few to tell
    assert thing_named_columns(df, {"street": _det("street", "street_address")}) == []


def test_famous_names_count_only_in_a_category():
    stars = ["Grace Kelly", "Elgar", "Marilyn Monroe", "Cary Grant", "Ana Weber"]
    df = pd.DataFrame({"table": stars * 3, "guest": stars + [f"Guest {i}" for i in range(10)]})
    assert thing_named_columns(df, {"table": _det("table"), "guest": _det("guest")}) == ["table"]
