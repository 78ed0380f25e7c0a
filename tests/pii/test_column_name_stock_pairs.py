import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_stock_pairs import stock_name_pairs

# An invented stock no list holds: given names Tavu, Merin, Solka, Pirawe, Kendu, Ilora, Ramu; family names
# Relimba, Ostavu, Kanepo, Vuroma, Tseliso, Mopaki.
_FAMILY = ["Relimba", "Ostavu", "RELIMBA", "Kanepo", "Vuroma", "Tseliso", "Kanepo", "VUROMA", "Mopaki", "Kanepo"] * 2
_GIVEN = ["Tavu", "Merin", "Solka", "Pirawe", "Kendu", "Ilora", "Merin", "Tavu", "Ramu", "Kendu"] * 2
_CONTACTS = [f"{g} {f} (Mother) 0771 {i:03d} 22{i:02d}" for i, (g, f) in enumerate(zip(
    ["Ilora", "Solka", "Kendu", "Tavu", "Pirawe"] * 4, ["Vuroma", "Relimba", "Ostavu", "Mopaki", "Tseliso"] * 4,
    strict=True))]  # fmt: skip


def _table(first: list[str], second: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"c000": [f"JU-{i:05d}" for i in range(20)], "c001": first, "c002": second,
         "c003": ["1st Kyu", "2nd Dan"] * 10, "c004": _CONTACTS}
    )  # fmt: skip


def test_family_and_given_names_of_an_unlisted_stock_are_found_and_told_apart():
    df = _table(_FAMILY, _GIVEN)
    found = stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"c001": "last_name", "c002": "first_name"}
    swapped = _table(_GIVEN, _FAMILY)
    found = stock_name_pairs(swapped, list(swapped.columns), dict.fromkeys(swapped.columns))
    assert {c: d.entity for c, d in found.items()} == {"c001": "first_name", "c002": "last_name"}


def test_one_column_between_the_pair_and_a_decided_partner():
    df = _table(_FAMILY, _GIVEN)
    df.insert(2, "notes", ["Moved to the Saturday class after the grading."] * 3 + [""] * 17)
    found = stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"c001": "last_name", "c002": "first_name"}
    decided = {**dict.fromkeys(df.columns), "c001": ColumnDetection("c001", "last_name", 0.9, 1.0, "values", 20)}
    found = stock_name_pairs(df, list(df.columns), decided)
    assert {c: d.entity for c, d in found.items()} == {"c002": "first_name"}


def test_words_of_no_person_in_the_table_are_no_names():
    colours = ["Amber", "Teal", "Olive", "Coral", "Ivory"] * 4
    sizes = ["Small", "Medium", "Large", "Medium"] * 5
    df = _table(colours, sizes)
    assert stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns)) == {}
    dojos = ["Budokan", "Mokhothu-Kai", "Kanepo-Ryu", "Budokan"] * 5
    df = _table(_FAMILY, dojos)
    assert stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_a_field_between_the_two_columns_parts_them():
    df = _table(_FAMILY, _GIVEN)
    df.insert(2, "dob", [f"{1980 + i}-01-0{1 + i % 9}" for i in range(20)])
    assert stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_a_partner_decided_as_the_wrong_kind_does_not_turn_the_open_side():
    # The family names were taken for given names (mixed lists); their use in the contacts says otherwise.
    df = _table(_FAMILY, _GIVEN)
    decided = {**dict.fromkeys(df.columns), "c001": ColumnDetection("c001", "first_name", 0.9, 1.0, "values", 20)}
    found = stock_name_pairs(df, list(df.columns), decided)
    assert {c: d.entity for c, d in found.items()} == {"c002": "first_name"}


def test_a_nearly_empty_column_beside_a_decided_family_name_column_is_no_half_of_the_pair():
    # A married name filled for two persons in five beside the family names: no given-name column.
    df = _table(_FAMILY, _GIVEN)
    married = ["Ostavu", "Kanepo", "Tseliso", "Mopaki", "Relimba", "Vuroma", "Tseliso", "Ostavu"]
    df.insert(2, "c005", [married[i // 5 * 2 + i % 5] if i % 5 < 2 else None for i in range(20)])
    decided = {**dict.fromkeys(df.columns), "c001": ColumnDetection("c001", "last_name", 0.9, 1.0, "values", 20)}
    found = stock_name_pairs(df, list(df.columns), decided)
    assert "c005" not in found


def test_a_table_writing_family_names_first_tells_its_split_columns_the_right_way_round():
    # Vietnamese full names family name first; a few family names (Đỗ, Vũ) cover most people, so the split columns
    # repeat them: the full-name column's word order, read with the lists, says which column is which.
    people = [("Đỗ", "Quyên"), ("Vũ", "Khải"), ("Đỗ", "Thắm"), ("Lương", "Khải"), ("Vũ", "Diệp"), ("Đỗ", "Nhàn"),
              ("Trịnh", "Quyên"), ("Đinh", "Thắm"), ("Đỗ", "Hiếu"), ("Vũ", "Nhàn")] * 2  # fmt: skip
    df = pd.DataFrame(
        {"c000": [f"{f} {g}" for f, g in people], "c001": [g for _, g in people], "c002": [f for f, _ in people],
         "c003": ["PayPal", "Card"] * 10}
    )  # fmt: skip
    found = stock_name_pairs(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"c001": "first_name", "c002": "last_name"}
