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


# An invented name stock no list holds: clients written ``FAMILY, Given``, spouses by given name alone.
_GIVEN = ["Tavuko", "Merinde", "Soluka", "Pirawe", "Kenduro", "Lomasi", "Wetunde", "Ravoki", "Nasimbe", "Huleka"]
_FAMILY = ["RELIMBA", "OSTAVU", "KANEPO", "MBIRUWE", "TALANGI", "SEBORUN", "VUKETA", "DORIMBE"]


def _clients(n: int) -> list[str]:
    return [f"{_FAMILY[i * 3 % 8]}, {_GIVEN[i * 7 % 10]}" for i in range(n)]


def test_unlisted_given_names_of_the_tables_own_population_are_taken():
    spouses = [_GIVEN[(i // 2) % 10] if i % 2 else "" for i in range(30)]
    df = pd.DataFrame({"c000": _clients(30), "c001": spouses})
    found = sparse_given_columns(df, ["c001"], {"c000": "name"})
    assert list(found) == ["c001"] and "person columns" in found["c001"].evidence


def test_scripts_without_case_are_read():
    given = ["زرمینه", "ولیګل", "شېرنوش", "پښتانه", "ګلالۍ", "وږمه", "سپوږمۍ", "ملالۍ"]
    clients = [f"{g} {f}" for g, f in zip(given * 3, ["ځدراڼ", "وردګ", "ښينواري"] * 8, strict=False)]
    spouses = [given[(i + 3) % 8] if i % 3 == 0 else "" for i in range(24)]
    df = pd.DataFrame({"c000": clients, "c001": spouses})
    assert list(sparse_given_columns(df, ["c001"], {"c000": "name"})) == ["c001"]


def test_categories_of_a_population_or_a_caseless_script_are_not_taken():
    # the staff on duty share given names with the clients, but repeat over many persons
    staff = [_GIVEN[i % 4] for i in range(40)]
    df = pd.DataFrame({"c000": _clients(40), "c001": staff})
    assert sparse_given_columns(df, ["c001"], {"c000": "name"}) == {}
    colours = [["红", "蓝", "绿", "黄", "白"][i % 5] for i in range(40)]
    df = pd.DataFrame({"c000": [f"王{g}" for g in "伟芳娜敏静丽强磊军洋" * 4], "c001": colours})
    assert sparse_given_columns(df, ["c001"], {"c000": "name"}) == {}
