import pandas as pd

from safe_synthesizer.pii.column_changed_surnames import changed_surname_columns
from safe_synthesizer.pii.column_detector import ColumnDetection

_GIVEN = ["Hannah", "Oliver", "Grace", "Liam", "Chloe", "Noah", "Ella", "James", "Ruby", "Ethan", "Amelia", "Jack"]
_FAMILY = ["Whitfield", "Osborne", "Pemberton", "Hargreaves", "Lockwood", "Ashworth", "Kendrick", "Thornbury",
           "Holloway", "Brennan", "Fairbanks", "Gallagher"]  # fmt: skip
_N = len(_GIVEN)


def _found(df: pd.DataFrame) -> dict:
    found = dict.fromkeys(df.columns)
    found["c001"] = ColumnDetection("c001", "first_name", 0.9, 1.0, "values", _N)
    found["c002"] = ColumnDetection("c002", "last_name", 0.9, 1.0, "values", _N)
    return found


def _table(extra: list[str | None], header: str = "c003") -> pd.DataFrame:
    return pd.DataFrame(
        {"c000": [f"R{i:03d}" for i in range(_N)], "c001": _GIVEN, "c002": _FAMILY, header: extra,
         "c004": ["yes", "no", "maybe"] * 4}
    )  # fmt: skip


def _sparse(values: list[str]) -> list[str | None]:
    return [values[i // 4] if i % 4 == 1 and i // 4 < len(values) else None for i in range(_N)]


def test_a_few_surnames_beside_the_given_and_family_names_are_surnames_without_a_header():
    df = _table(_sparse(["Garrison", "Rutherford", "Ashworth"]))
    found = changed_surname_columns(df, list(df.columns), _found(df))
    assert {c: d.entity for c, d in found.items()} == {"c003": "last_name"}


def test_surnames_with_particles_and_hyphens():
    df = _table(_sparse(["van der Berg", "Lockwood-Hale", "Mertens, van"]))
    found = changed_surname_columns(df, list(df.columns), _found(df))
    assert {c: d.entity for c, d in found.items()} == {"c003": "last_name"}


def test_a_maiden_name_header_types_surnames_and_full_names():
    df = _table(_sparse(["Lima", "Costa", "Novak"]), header="maidenName")
    found = changed_surname_columns(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"maidenName": "last_name"}
    df = _table(_sparse(["Maria Costa", "Susan Whitfield", "Anna Novak"]), header="Geburtsname")
    found = changed_surname_columns(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"Geburtsname": "name"}


def test_nicknames_colours_codes_and_towns_are_no_surnames():
    for extra in (["Bella", "Katie", "Robbie"], ["Green", "White", "Black"], ["GF", "VEG", "GF"],
                  ["Manchester", "Liverpool", "Birmingham"]):  # fmt: skip
        df = _table(_sparse(extra))
        assert changed_surname_columns(df, list(df.columns), _found(df)) == {}, extra


def test_without_a_found_given_and_family_pair_values_alone_say_nothing():
    df = _table(_sparse(["Garrison", "Rutherford", "Ashworth"]))
    assert changed_surname_columns(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_a_full_column_is_left_to_the_pair_passes_and_a_nickname_header_is_not_read():
    df = _table(["Garrison", "Rutherford", "Ashworth", "Brennan"] * 3)
    assert changed_surname_columns(df, list(df.columns), _found(df)) == {}
    df = _table(_sparse(["Garrison", "Rutherford", "Ashworth"]), header="Nickname")
    assert changed_surname_columns(df, list(df.columns), _found(df)) == {}


def test_surnames_that_are_towns_too_and_surnames_of_a_script_with_vowel_signs():
    df = _table(_sparse(["Neves", "Fonseca", "Lima"]))
    found = changed_surname_columns(df, list(df.columns), _found(df))
    assert {c: d.entity for c, d in found.items()} == {"c003": "last_name"}
    thai_family = ["ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "บุญมา", "ทองดี", "สุขเจริญ"] * 2
    df = _table(_sparse(["ทองดี", "ศรีสุข", "บุญมา"]))
    df["c002"] = thai_family
    found = changed_surname_columns(df, list(df.columns), _found(df))
    assert {c: d.entity for c, d in found.items()} == {"c003": "last_name"}
