import pandas as pd

from safe_synthesizer.pii.column_kin_contacts import kin_contact_columns, split_kin_phone
from safe_synthesizer.pii.name_phone_cells import split_name_phone


def test_a_bracketed_relation_between_name_and_number_is_read_past():
    p = split_kin_phone("Henrike Oster (Schwester) 0171 5523419")
    assert (p.name, p.separator, p.phone, p.tail) == ("Henrike Oster", " (Schwester) ", "0171 5523419", "")
    assert split_kin_phone("Owen Pryce (step son) +44 7700 900123").name == "Owen Pryce"
    assert split_kin_phone("Kwame Mensah-Boateng (uncle) (024) 412-7788").phone == "(024) 412-7788"
    # any script: the bracket is not checked against a list, the name and number decide
    assert split_kin_phone("Σοφία Παππά (κόρη) 694 123 4567").name == "Σοφία Παππά"
    # the plain contact rule reads none of these
    assert split_name_phone("Henrike Oster (Schwester) 0171 5523419") is None


def test_a_relation_in_commas_or_dashes_must_be_a_relation_word():
    assert split_kin_phone("Lucía Ferrer, madre, 622 118 904").separator == ", madre, "
    assert split_kin_phone("Pieter Smit - broer - 06 4412 8890").name == "Pieter Smit"
    assert split_kin_phone("Lucía Ferrer, Gran Vía, 622 118 904") is None
    assert split_kin_phone("Zofia Wrona, córka, 601 223 448").name == "Zofia Wrona"  # further languages' words
    assert split_kin_phone("Олег Панов, сын, +7 912 345-67-89").separator == ", сын, "
    assert split_kin_phone("Lucía Ferrer 622 118 904 (madre)").tail == " (madre)"


def test_dates_streets_and_plain_contacts_are_no_next_of_kin_cell():
    for cell in (
        "Invoice (paid) 2025-03-14 0042",
        "Hauptstr. 12 (Hinterhaus) 10115 Berlin",
        "Henrike Oster 0171 5523419",
    ):
        assert split_kin_phone(cell) is None, cell


def test_the_cell_is_rebuilt_with_its_relation():
    p = split_kin_phone("Henrike Oster (Schwester) 0171 5523419")
    assert p.rebuild("Jana Vogt", "0172 1111111") == "Jana Vogt (Schwester) 0172 1111111"


def _frame(cells):
    return pd.DataFrame({"c007": cells, "c008": ["A3"] * len(cells)})


def test_a_next_of_kin_column_is_a_name_column_hidden():
    cells = [
        "Henrike Oster (Schwester) 0171 5523419",
        "Jürgen Brandt (Ehemann) +49 160 2234871",
        "Sabine Krüger (Tochter) 0157 88123456",
        "Thomas Wagner (Sohn) 01512 3344556",
        "n.b.",
    ]
    found = kin_contact_columns(_frame(cells), ["c007", "c008"], {})
    assert list(found) == ["c007"] and found["c007"].entity == "name"
    assert kin_contact_columns(_frame(cells), ["c007"], {"c007": object()}) == {}


def test_items_with_a_bracket_and_a_number_are_no_next_of_kin_column():
    cells = ["Widget (blue) 0044 1234 5678", "Gadget (red) 0044 2234 5678", "Sprocket (large) 0044 3234 5678"]
    assert kin_contact_columns(_frame(cells), ["c007"], {}) == {}
