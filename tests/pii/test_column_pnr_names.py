import pandas as pd

from safe_synthesizer.pii.column_pnr_names import pnr_fakes, pnr_name_columns, split_pnr
from safe_synthesizer.pii.fakes import FakeMapper


def test_reservation_layouts_split_into_surname_given_and_title():
    p = split_pnr("NAKASHIMA/KEIKO MS")
    assert (p.surname, p.given, p.title, p.glue) == ("NAKASHIMA", "KEIKO", "MS", " ")
    p = split_pnr("OKONKWO/CHIDI EMEKAMR")  # glued title, middle name
    assert (p.surname, p.given, p.title, p.glue) == ("OKONKWO", "CHIDI EMEKA", "MR", "")
    p = split_pnr("DE LA CRUZ/ROSARIO")
    assert (p.surname, p.given, p.title) == ("DE LA CRUZ", "ROSARIO", "")
    assert split_pnr("PETROV/ALEXANDR").given == "ALEXANDR"  # no glued DR
    assert split_pnr("Lindqvist/Maja Mrs").title == "Mrs"


def test_other_slashed_values_are_no_reservation_name():
    for value in ("Yes/No", "Paris/Lyon", "kg/m2", "12/05/2024", "N/A", "", None):
        assert split_pnr(value) is None, value


def _frame(cells):
    return pd.DataFrame({"c003": cells, "c004": ["x"] * len(cells)})


def test_a_column_of_reservation_names_is_a_name_column_hidden():
    cells = ["NAKASHIMA/KEIKO MS", "NAKASHIMA/KEIKO MS", "BRENNAN/PATRICK MR", "OKONKWO/CHIDIMR", "SILVA/ANA MRS"]
    found = pnr_name_columns(_frame(cells), ["c003", "c004"], {})
    assert list(found) == ["c003"] and found["c003"].entity == "name"
    assert pnr_name_columns(_frame(cells), ["c003"], {"c003": object()}) == {}


def test_route_and_currency_pairs_are_no_name_column():
    assert pnr_name_columns(_frame(["LHR/JFK", "CDG/NRT", "FRA/SIN", "AMS/BCN"]), ["c003"], {}) == {}
    assert pnr_name_columns(_frame(["EUR/USD", "GBP/JPY", "USD/CHF"]), ["c003"], {}) == {}


def test_the_fake_keeps_the_layout_and_agrees_with_the_name_columns():
    mapper = FakeMapper(["en_GB"], seed=3)
    fakes = pnr_fakes(["BRENNAN/PATRICK MR", "OKONKWO/CHIDIMR"], lambda e, vs: mapper._names.tokens(e, vs, "en_GB"))
    fake = fakes["BRENNAN/PATRICK MR"]
    surname, rest = fake.split("/")
    assert fake.isupper() and rest.endswith(" MR") and "BRENNAN" not in fake and "PATRICK" not in fake
    assert mapper.map_values("last_name", ["BRENNAN"])["BRENNAN"] == surname
    assert fakes["OKONKWO/CHIDIMR"].endswith("MR") and "CHIDI" not in fakes["OKONKWO/CHIDIMR"]


def test_a_surname_in_capitals_before_a_given_name_as_written():
    p = split_pnr("KOVALENKO/Oksana")
    assert (p.surname, p.given, p.title) == ("KOVALENKO", "Oksana", "")
    assert split_pnr("Kovalenko/Oksana") is None and split_pnr("Yes/No") is None
    cells = ["KOVALENKO/Oksana", "BRENNAN/Patrick", "SILVA/Ana", "OKAFOR/Chidi"]
    assert list(pnr_name_columns(_frame(cells), ["c003"], {})) == ["c003"]
