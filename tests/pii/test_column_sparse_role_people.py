import pandas as pd

from safe_synthesizer.pii.column_sparse_role_people import sparse_role_people

_CUSTOMERS = ["Laura Bennett", "Owen Hughes", "Priya Shah", "Tom Walker", "Grace Ellis"] * 4


def _find(column: list[str], header: str = "c003", customers: list[str] = _CUSTOMERS) -> dict:
    df = pd.DataFrame({"c000": customers, "c001": ["road bike"] * 20, "c002": ["brakes"] * 20, header: column})
    return sparse_role_people(df, list(df.columns), {"c000": "name"})


def _sparse(values: dict[int, str]) -> list[str]:
    return [values.get(i, "") for i in range(20)]


def test_a_few_lone_given_names_of_a_hidden_column_are_people():
    found = _find(_sparse({3: "Nancy", 9: "Sharon", 15: "Gregory"}))
    assert list(found) == ["c003"] and found["c003"].entity == "first_name"


def test_lone_given_names_beside_full_and_titled_names_are_people():
    found = _find(_sparse({2: "Lee Cameron", 7: "Dylan", 11: "Mrs E. Traore", 16: "n/a"}))
    assert list(found) == ["c003"] and found["c003"].entity == "name"
    # Lower-case cells of the table's own name words (a stock no list holds).
    customers = ["Shadlog Amwano", "Tawaki Gioura", "Rennier Waqa", "Sprent Dabwido", "Valdon Kun"] * 4
    assert list(_find(_sparse({4: "Rennier", 9: "sprent gioura"}), customers=customers)) == ["c003"]


def test_one_value_is_enough_under_a_role_header_only():
    one = _sparse({6: "Herr H.-G. Bruder"})
    assert _find(one) == {}
    assert list(_find(one, header="guardian")) == ["guardian"]
    assert list(_find(_sparse({5: "Candela"}), header="plus-one")) == ["plus-one"]


def test_things_places_and_full_columns_are_no_sparse_people():
    assert _find(_sparse({1: "Le Creuset", 4: "honeymoon fund", 8: "cash"})) == {}
    assert _find(_sparse({1: "London", 4: "Paris", 8: "Leeds"})) == {}
    assert _find(_sparse({1: "Max", 4: "Bella", 8: "Luna"})) == {}  # pets
    assert _find(_sparse({1: "vegan", 4: "no pork", 8: "halal"})) == {}
    # Filled on most rows: a staff or category column, read by other checks.
    assert _find(["Jennifer", "Amanda"] * 10) == {}
    # A few levels repeated over many filled rows without a role header.
    assert _find(["Ruby" if i % 2 else "" for i in range(20)]) == {}


def test_no_people_found_no_sparse_people():
    df = pd.DataFrame({"c000": ["road bike"] * 20, "c003": _sparse({3: "Nancy", 9: "Sharon"})})
    assert sparse_role_people(df, list(df.columns), {}) == {}
