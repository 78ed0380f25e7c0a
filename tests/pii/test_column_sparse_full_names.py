import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_sparse_full_names import sparse_full_name_columns

_HOLDERS = ["Laura Bennett", "HUGHES, Owen", "Priya Shah", "Tom Walker", "Grace Ellis"] * 4


def _name(column: str) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.9, 1.0, "values", 20)


def _find(second: list[str], *, beside: bool = True) -> dict[str, ColumnDetection]:
    df = pd.DataFrame({"c001": _HOLDERS, "c002": ["x"] * 20, "c003": second})
    columns = ["c001", "c003", "c002"] if beside else ["c001", "c002", "c003"]
    return sparse_full_name_columns(df, columns, {"c001": _name("c001"), "c002": None, "c003": None})


def test_a_second_persons_name_on_one_row_beside_the_name_column_is_a_name():
    one = [""] * 13 + ["Helen Carter"] + [""] * 6
    found = _find(one)
    assert list(found) == ["c003"] and found["c003"].entity == "name"
    two = [""] * 5 + ["MORRIS, Alan"] + [""] * 9 + ["Julia Price"] + [""] * 4
    assert list(_find(two)) == ["c003"]


def test_not_taken_away_from_the_name_column_or_when_any_value_is_no_listed_name():
    one = [""] * 13 + ["Helen Carter"] + [""] * 6
    assert _find(one, beside=False) == {}
    for odd in ("Victoria Park", "Grace Church Road", "Carter Holdings Ltd", "Plot 14"):
        assert _find([""] * 10 + ["Helen Carter", odd] + [""] * 8) == {}, odd


def test_a_signer_repeated_over_rows_or_a_filled_column_is_left_to_other_checks():
    signer = ["Helen Carter" if i % 3 == 0 else "" for i in range(20)]
    assert _find(signer) == {}
    full = ["Helen Carter", "Alan Morris"] * 10
    assert _find(full) == {}


def test_a_second_person_of_a_stock_no_list_holds_is_read_by_the_name_columns_words():
    holders = ["Tavuko Relimba", "Merinde Ostavu", "Soluka Kanepo", "Pirawe Relimba", "Kenduro Ostavu"] * 4
    df = pd.DataFrame(
        {"c001": holders, "c003": [""] * 4 + ["Merinde Relimba"] + [""] * 9 + ["Soluka Ostavu"] + [""] * 5}
    )
    found = sparse_full_name_columns(df, ["c001", "c003"], {"c001": _name("c001"), "c003": None})
    assert list(found) == ["c003"]
    df["c003"] = [""] * 4 + ["Merinde Relimba"] + [""] * 9 + ["Soluka Vandeko"] + [""] * 5  # a word of no one here
    assert sparse_full_name_columns(df, ["c001", "c003"], {"c001": _name("c001"), "c003": None}) == {}
