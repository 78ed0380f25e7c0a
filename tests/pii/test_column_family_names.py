import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_family_names import family_findings, family_name_columns

# A childminder's register: five families, fourteen visits; the parent who dropped off in one of several forms.
_VISITS = [0, 1, 0, 2, 3, 1, 4, 2, 0, 3, 2, 1, 4, 0]
_CHILD = ["Josephine", "Oliver", "Marcus", "Leon", "Billy"]
_FAMILY = ["Phillips", "Palmer", "Knight", "Simpson", "Davey"]
_PARENT = ["Norman Phillips", "PALMER Sharon", "Arthur Knight", "Simpson I.", "Darren Davey"]


def _register(**extra: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c000": [f"0{i % 9 + 1}/05/2026" for i in range(len(_VISITS))],
            "c001": [_CHILD[i] for i in _VISITS],
            "c002": [_FAMILY[i] for i in _VISITS],
            "c003": [_PARENT[i] for i in _VISITS],
            **extra,
        }
    )


def test_a_childs_given_name_and_the_familys_surname_in_a_small_register_are_found():
    df = _register()
    found = family_name_columns(df, list(df.columns), {"c003": E.NAME})
    assert {c: d.entity for c, d in found.items()} == {"c001": E.FIRST_NAME, "c002": E.LAST_NAME}
    assert found["c001"].method == "values+family"


def test_staff_on_duty_and_passwords_beside_the_surname_are_no_childs_name():
    staff = [
        "Lena",
        "Tom",
        "Anna",
        "Maria",
        "Lena",
        "Tom",
        "Anna",
        "Maria",
        "Tom",
        "Lena",
        "Maria",
        "Anna",
        "Tom",
        "Lena",
    ]
    df = _register()
    df["c001"] = staff  # one staff member over many families
    found = family_name_columns(df, list(df.columns), {"c003": E.NAME})
    assert "c001" not in found and found["c002"].entity == E.LAST_NAME


def test_nothing_without_a_person_column_or_a_street_column():
    df = _register()
    assert family_name_columns(df, list(df.columns), {}) == {}


def test_a_town_column_beside_the_people_is_no_surname_column():
    towns = ["London", "Manchester", "Leeds", "Bristol", "London", "Leeds", "York"] * 2
    df = _register(c004=towns)
    found = family_name_columns(df, list(df.columns), {"c003": E.NAME})
    assert "c004" not in found


def _delivery_book(customers: list[str]) -> pd.DataFrame:
    houses = [f"{10 + i} High Street" for i in range(len(customers))]
    houses[5], houses[6] = houses[0], houses[1]  # people come back
    return pd.DataFrame({"c000": houses, "c001": customers, "c002": ["Times", "Sun", "Mirror"] * 3})


def test_customers_by_surname_alone_beside_their_houses_are_surnames():
    customers = ["Haynes", "Simmons", "Barlow", "Pritchard", "Mortimer", "Haynes", "Simmons", "Whitfield", "Lockwood"]
    df = _delivery_book(customers)
    found = family_name_columns(df, list(df.columns), {"c000": E.STREET_ADDRESS})
    assert list(found) == ["c001"] and found["c001"].entity == E.LAST_NAME


def test_towns_or_given_names_beside_houses_are_not_surnames():
    towns = ["London", "Manchester", "Leeds", "Bristol", "Oxford", "London", "Manchester", "York", "Bath"]
    assert family_name_columns(_delivery_book(towns), ["c001"], {"c000": E.STREET_ADDRESS}) == {}
    given = ["Mabel", "Betsy", "Hilda", "Susan", "Margaret", "Mabel", "Betsy", "Helen", "Alice"]
    assert family_name_columns(_delivery_book(given), ["c001"], {"c000": E.STREET_ADDRESS}) == {}


def test_a_pair_of_given_names_and_surnames_kept_together_in_a_script_without_case():
    visits = [0, 1, 0, 2, 0, 1, 2, 2, 0]
    df = pd.DataFrame(
        {
            "c001": [["ליאל", "עדיה", "יהונתן"][i] for i in visits],
            "c002": [["רובינשטיין", "יפרח", "ניסן"][i] for i in visits],
            "c003": [["נחמה אברהם", "מיטל לב", "יוסף לוין"][i] for i in visits],
        }
    )
    found = family_name_columns(df, list(df.columns), {"c003": E.NAME})
    assert {c: d.entity for c, d in found.items()} == {"c001": E.FIRST_NAME, "c002": E.LAST_NAME}


def test_the_childs_birth_dates_are_read_once_the_names_are_found():
    child = ["Josephine", "Oliver", "Marcus", "Leon", "Billy", "Sophie", "Emily", "Jack"]
    family = ["Phillips", "Palmer", "Knight", "Simpson", "Davey", "Walker", "Turner", "Hughes"]
    given = ["Norman", "Sharon", "Arthur", "Ian", "Darren", "Paul", "Karen", "Mark"]
    parent = [f"{g} {f}" for g, f in zip(given, family, strict=True)]
    dob = [
        "22/02/2019",
        "26/01/2017",
        "27/08/2014",
        "21/06/2018",
        "20/05/2016",
        "03/11/2013",
        "14/09/2020",
        "09/04/2015",
    ]
    visits = [i % 8 for i in range(20)] + [0, 3, 5, 7]
    df = pd.DataFrame(
        {
            "c000": [f"{i % 27 + 1:02d}/0{i % 6 + 2}/2026" for i in range(len(visits))],
            "c001": [child[i] for i in visits],
            "c002": [family[i] for i in visits],
            "c003": [dob[i] for i in visits],
            "c004": [parent[i] for i in visits],
        }
    )
    name = ColumnDetection("c004", E.NAME, 0.9, 0.9, "values", len(visits))
    found = family_findings(df, list(df.columns), {"c004": name}, entities=E.ALL_ENTITIES)
    assert {c: d.entity for c, d in found.items()} == {
        "c001": E.FIRST_NAME,
        "c002": E.LAST_NAME,
        "c003": E.DATE_OF_BIRTH,
    }
    assert family_findings(df, list(df.columns), {"c004": name}, entities=[E.NAME]) == {}


def test_surnames_the_postcode_pair_took_for_towns_are_taken_back():
    customers = [
        "Martinecová",
        "Imrichová",
        "Mraz",
        "Červeňová",
        "Mácková",
        "Martinecová",
        "Imrichová",
        "Zimová",
        "Janoška",
    ]
    towns = ["Nitra", "Trnava", "Žilina", "Prešov", "Poprad", "Nitra", "Trnava", "Kaunas", "Alytus"]
    for values, taken in ((customers, True), (towns, False)):
        df = _delivery_book(values)
        found = {
            "c000": ColumnDetection("c000", E.STREET_ADDRESS, 0.9, 0.9, "values", 9),
            "c001": ColumnDetection("c001", E.CITY, 0.8, 0.8, "values+pair", 9),
        }
        out = family_findings(df, list(df.columns), found, entities=E.ALL_ENTITIES)
        assert (out.get("c001") is not None and out["c001"].entity == E.LAST_NAME) is taken
