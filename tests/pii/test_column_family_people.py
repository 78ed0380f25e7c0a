import pandas as pd

from safe_synthesizer.pii.column_family_people import family_people_columns, family_remainder


def _register() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c002": ["Hilgers", "Brüls", "Offermann", "Hilgers", "Hilgers", "Offermann", "Hilgers", "Hilgers",
                     "Offermann"],
            "c006": ["E. Hilgers", "M. Brüls", "M. Offermann", "E. Hilgers", "E. Hilgers", "M. Offermann", "E. Hilgers",
                     "E. Hilgers", "M. Offermann"],
            "c007": ["Vaimiti Hilgers", "Hiro Brüls", "Hiro Offermann", "Vaimiti Hilgers", "Tiare Hilgers",
                     "Hiro Offermann", "Vaimiti Hilgers", "Vaimiti Hilgers", "o. A."],
            "c009": ["Peppa", "Gruffalo", "Gruffalo", "Moana", "Elsa", "Peppa", "Moana", "Elsa", "Peppa"],
        }
    )  # fmt: skip


def test_who_dropped_off_and_collected_are_found_by_the_row_surname():
    found = family_people_columns(_register(), ["c002", "c006", "c007", "c009"], found={})
    assert found["c006"].entity == "name" and found["c007"].entity == "name"
    assert found["c002"].entity == "last_name"
    assert "c009" not in found


def test_a_decided_surname_column_still_tells_and_is_not_relabelled():
    found = family_people_columns(_register(), ["c002", "c006", "c007"], found={"c002": "last_name"})
    assert set(found) == {"c006", "c007"}


def test_a_column_decided_as_something_else_is_no_surname():
    assert family_people_columns(_register(), ["c002", "c006"], found={"c002": "city"}) == {}


def test_a_make_beside_its_models_is_no_family():
    df = pd.DataFrame(
        {
            "make": ["Bailey", "Swift", "Bailey", "Elddis", "Swift", "Bailey", "Elddis"],
            "model": ["Bailey Unicorn", "Swift Challenger", "Bailey Pegasus", "Elddis Avante", "Swift Sprite",
                      "Bailey Unicorn", "Elddis Crusader"],
        }
    )  # fmt: skip
    assert family_people_columns(df, ["make", "model"], found={}) == {}


def test_a_town_beside_its_quarters_is_no_family():
    df = pd.DataFrame(
        {
            "town": ["Springfield", "Bristol", "Springfield", "Bristol", "Leeds", "Leeds"],
            "area": ["West Springfield", "North Bristol", "East Springfield", "Central Bristol", "Leeds Central",
                     "Leeds North"],
        }
    )  # fmt: skip
    assert family_people_columns(df, ["town", "area"], found={}) == {}


def test_remainders():
    assert family_remainder(["E."], closes=True)
    assert family_remainder(["R."], closes=False)
    assert family_remainder(["Thérèse"], closes=False)
    assert family_remainder(["Vaimiti"], closes=True)
    assert not family_remainder(["Unicorn"], closes=False)
    assert not family_remainder(["North"], closes=True)
