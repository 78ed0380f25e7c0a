import pandas as pd

from safe_synthesizer.pii.column_people_cells import people_cell_columns, people_cells_score


def _visitors() -> list[str]:
    return [
        "Tomasz Wrona (son, 6); Zofia Wrona (daughter, 11)",
        "",
        "",
        "Agnieszka Kowalska (niece, 14)",
        "",
        "n/a",
        "Piotr Nowak (child, 3); Ewa Nowak (child, 9)",
        "",
        "",
        "",
    ]


def test_a_sparse_column_of_visitors_with_relation_and_age_is_found():
    df = pd.DataFrame({"c007": _visitors(), "c008": ["T4"] * 10})
    found = people_cell_columns(df, ["c007", "c008"], found={})
    assert list(found) == ["c007"]
    assert found["c007"].entity == "name" and found["c007"].method == "values+people_cells"


def test_plain_names_beside_names_with_phones_are_one_column_of_people():
    values = [
        "Bernd Kaiser 0151-22348817",
        "Sabine Lorenz",
        "Uwe Brandt 0170 5512398",
        "Petra Schulze",
        "Jens Hoffmann 0176/44128890",
        "Karin Becker",
        "Frank Wolf 01523 7781240",
        "?",
    ]
    assert people_cells_score(values) is not None


def test_a_decided_column_is_skipped():
    df = pd.DataFrame({"c007": _visitors()})
    assert people_cell_columns(df, ["c007"], found={"c007": object()}) == {}


def test_categories_items_and_places_are_no_column_of_people():
    for values in (
        ["Room 3 (2 beds)", "Room 4 (1 bed)", "Suite 2 (4 beds)", "Room 9 (2 beds)"],
        ["Paracetamol (500 mg); Ibuprofen", "Amoxicillin (250 mg)", "Ibuprofen (400 mg)"],
        ["Smith & Sons Ltd", "Marks & Spencer", "Johnson & Johnson", "Procter & Gamble"],
        ["Group A (adults, 12)", "Group B (children, 8)", "Group C (adults, 4)"],
        ["Paris (75)", "Lyon (69)", "Nice (06)", "Lille (59)"],
        ["Team Seacole; Team Cavell", "Team Apgar", "Team Nightingale", "Ward 3 (Team Cavell)"],
        ["Red (3); Blue (2)", "Green (1)", "Yellow (4); Red (1)"],
        ["Pinot Grigio (white)", "Merlot (red)", "Rioja (red)", "Cava (sparkling)"],
    ):
        assert people_cells_score(values) is None, values


def test_two_plain_names_are_too_few_and_plain_name_columns_are_left_to_the_name_rules():
    assert people_cells_score(["Tomasz Wrona (son, 6)", "n/a"]) is None
    assert people_cells_score(["Sabine Lorenz", "Karin Becker", "Petra Schulze", "Uwe Brandt"]) is None


def test_names_the_lists_hardly_know_pass_with_a_phone_in_most_cells():
    values = [
        "Thandeka Mwale 0991 44 21 07",
        "Chisomo Phiri +265 888 41 20 13",
        "Mphatso Gondwe",
        "Yamikani Banda 0999 31 72 50",
        "Grace Nyirenda 0888 12 34 56",
        "Tiyamike Chirwa 0991 20 19 88",
    ]
    assert people_cells_score(values) is not None
    firms = [
        "Acme Plumbing 020 7946 0000",
        "Best Pizza 020 7946 0011",
        "City Taxi 020 7946 0022",
        "Green Garden Services 020 7946 0033",
    ]
    assert people_cells_score(firms) is None


def test_unlisted_names_pass_with_a_relation_and_age_in_most_cells_but_categories_do_not():
    values = [
        "Ndeye Fall (daughter, 12); Pape Fall (son, 7)",
        "Awa Ndiaye (niece, 4)",
        "Babacar Sarr (son, 10)",
        "Khady Fall (daughter, 3)",
        "Mame Diarra Gueye (child, 8)",
    ]
    assert people_cells_score(values) is not None
    assert people_cells_score(["Red Room (adults, 3)", "Blue Room (child, 2)", "Green Room (adults, 4)"]) is None


def test_next_of_kin_in_han_names_without_spaces_is_a_people_column():
    cells = [
        "刘洋 (husband) 139 1234 5678",
        "Wife: 周婷, 138 2345 6789",
        "李, 娜 - +86 137 3456 7890",
        "黄磊 (son) 136 4567 8901",
        "赵敏 (neighbour) +86 135 5678 9012",
        "吴刚 (daughter) 134 6789 0123",
    ]
    assert people_cells_score(cells) is not None
    assert people_cells_score(["红茶 (大杯)", "绿茶 (中杯)", "咖啡 (小杯)", "奶茶 (大杯)", "果汁 (中杯)"]) is None
