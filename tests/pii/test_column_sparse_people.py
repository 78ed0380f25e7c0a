import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_sparse_people import sparse_people_columns

_OWNERS = ["Laura Bennett", "HUGHES, Owen", "Priya Shah", "Tom Walker", "Grace Ellis"] * 4


def _name(column: str) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.9, 1.0, "values", 20)


def _find(column: list[str], owners: list[str] = _OWNERS) -> dict[str, ColumnDetection]:
    df = pd.DataFrame({"c000": owners, "c001": ["Cat"] * 20, "c002": [f"{i}.50" for i in range(20)], "c003": column})
    return sparse_people_columns(df, ["c000", "c001", "c002", "c003"], {"c000": _name("c000")})


def test_a_few_full_names_far_from_the_name_column_are_a_name_column():
    handed = [""] * 3 + ["Alan Morris"] + [""] * 9 + ["Julia Price"] + [""] * 6
    found = _find(handed)
    assert list(found) == ["c003"] and found["c003"].entity == "name"
    # The same person on a few rows of an otherwise empty column (one surrenders three animals).
    again = ["Helen Carter" if i in (2, 9, 15) else "" for i in range(20)]
    assert list(_find(again)) == ["c003"]
    # Placeholders count as empty cells.
    assert list(_find(["n/a"] * 10 + ["Julia Price"] + ["-"] * 9)) == ["c003"]


def test_a_name_with_its_relation_and_phone_is_read_by_its_name():
    kin = [""] * 6 + ["Julia Price (neighbour) 07700 900123"] + [""] * 8 + ["Alan Morris (son) +44 7700 900456"]
    assert list(_find(kin + [""] * 4)) == ["c003"]


def test_names_of_a_stock_no_list_holds_are_read_by_the_table_own_name_words():
    owners = ["Tavuko Relimba", "Merinde Ostavu", "Soluka Kanepo", "Pirawe Relimba", "Kenduro Ostavu"] * 4
    handed = [""] * 4 + ["Soluka Relimba"] + [""] * 9 + ["Pirawe Kanepo"] + [""] * 5
    assert list(_find(handed, owners)) == ["c003"]
    strangers = [""] * 4 + ["Qorvath Ulmesk"] + [""] * 9 + ["Zintar Bloveq"] + [""] * 5
    assert _find(strangers, owners) == {}


def test_rooms_firms_towns_and_full_columns_are_left():
    for odd in (["Salle Debussy", "Hildegard Room"], ["Carter Holdings Ltd", "Morris & Sons"], ["Plot 14", "Gate 3"]):
        assert _find([""] * 5 + odd + [""] * 13) == {}, odd
    # A column of staff on duty filled on every row is a category, left to other checks.
    assert _find(["Helen Carter", "Alan Morris"] * 10) == {}
    # Filled on half the rows by two names repeated: not a few people's own names.
    assert _find(["Helen Carter", ""] * 10) == {}


def test_nothing_without_the_table_people_found():
    df = pd.DataFrame({"c000": ["x"] * 20, "c003": [""] * 3 + ["Alan Morris"] + [""] * 16})
    assert sparse_people_columns(df, ["c000", "c003"], {"c000": None}) == {}


def test_a_table_of_contacts_whose_people_are_not_found_yet_is_about_people_too():
    # A gallery's lenders: only their e-mails are found before the table passes; one bequest name in twelve rows.
    mails = [f"lender{i % 4}@example.org" if i % 3 else None for i in range(12)]
    df = pd.DataFrame({"c000": [f"2019.{i}.1" for i in range(12)], "c001": mails,
                       "c002": [None] * 7 + ["Margaret Ellis Turner"] + [None] * 4,
                       "c003": ["Gallery 2", "Store B", "Long Room"] * 4})  # fmt: skip
    email = ColumnDetection("c001", "email", 0.9, 1.0, "values", 8)
    found = sparse_people_columns(df, list(df.columns), {**dict.fromkeys(df.columns), "c001": email})
    assert {c: d.entity for c, d in found.items()} == {"c002": "name"}
    # Without a found contact or person column the table says nothing of people.
    assert sparse_people_columns(df, list(df.columns), dict.fromkeys(df.columns)) == {}
    # Unlisted words need the table's own people: a contacts table alone does not make them names.
    df["c002"] = [None] * 7 + ["Velmor Quastrin"] + [None] * 4
    assert sparse_people_columns(df, list(df.columns), {**dict.fromkeys(df.columns), "c001": email}) == {}
