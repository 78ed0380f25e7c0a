import pandas as pd

from safe_synthesizer.pii.column_sparse_given import sparse_given_columns

_FIRST = ["Aoife", "Colm", "Niamh", "Declan", "Siobhan", "Eamon", "Roisin", "Padraig", "Grainne", "Cathal"] * 2
_LAST = ["Byrne", "Kearney", "Walsh", "Doyle", "Murphy", "Kelly", "Ryan", "Lynch", "Nolan", "Burke"] * 2


def _table(extra):
    return pd.DataFrame({"c001": _LAST, "c002": _FIRST, "c004": extra})


def test_a_middle_name_column_filled_for_a_few_persons_is_a_given_name_column():
    middle = ["", "Marie", "", "Joseph", "", "Anne", "", "Patrick", "", "Thomas"] + [""] * 10
    found = sparse_given_columns(_table(middle), ["c001", "c002", "c004"], {"c001": "last_name", "c002": "first_name"})
    assert list(found) == ["c004"] and found["c004"].entity == "first_name"


def test_staff_on_duty_repeated_over_many_persons_is_not_taken():
    staff = ["Marie", "Joseph", "Anne", "Patrick", "Thomas"] * 4
    assert sparse_given_columns(_table(staff), ["c004"], {"c001": "last_name", "c002": "first_name"}) == {}


def test_nothing_without_the_tables_people_or_with_other_words():
    middle = ["", "Marie", "", "Joseph", "", "Anne", "", "Patrick", "", "Thomas"] + [""] * 10
    assert sparse_given_columns(_table(middle), ["c004"], {"c001": "last_name"}) == {}
    words = ["", "Red", "", "Blue", "", "Green", "", "Amber", "", "Ruby"] + [""] * 10
    assert sparse_given_columns(_table(words), ["c004"], {"c001": "last_name", "c002": "first_name"}) == {}
