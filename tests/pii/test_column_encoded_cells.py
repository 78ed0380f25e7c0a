"""Person columns read through their cells' machine encodings, and fakes written back in each cell's dress."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_encoded_cells import (
    EncodedValueCells,
    person_encoding,
    undressed_frame,
    undressed_person_text,
)
from safe_synthesizer.pii.value_cells import ValueCells

_MIXED = [
    "CN=Olga Brandt,OU=Staff", "Olga+Brandt", "Jonas%20Weber", "N:Krüger;Mats;;;", "Fiete Haas", "Brandt\tOlga",
]  # fmt: skip


def test_dressed_person_cells_are_decoded_for_the_judges() -> None:
    df = pd.DataFrame({"guest": _MIXED, "n": range(len(_MIXED))})
    out = undressed_frame(df)
    assert out["guest"].tolist() == [
        "Olga Brandt", "Olga Brandt", "Jonas Weber", "Krüger, Mats", "Fiete Haas", "Brandt, Olga",
    ]  # fmt: skip
    assert df["guest"].tolist() == _MIXED  # the caller's frame is not changed
    assert out["n"].tolist() == df["n"].tolist()


def test_machines_paths_and_codes_are_not_decoded() -> None:
    machines = ["CN=PRINTER-04,OU=Devices", "CN=SRV-DB01,OU=Servers", "item%2F0042", "A+B1", "/srv/a%20b.txt"]
    df = pd.DataFrame({"host": machines})
    assert undressed_frame(df) is df
    assert all(person_encoding(m) is None for m in machines)


def test_a_column_with_one_coded_note_among_many_is_left() -> None:
    notes = [f"called back on day {i}, all fine" for i in range(40)] + ["note: call back"]
    df = pd.DataFrame({"notes": notes})
    assert undressed_frame(df) is df


def test_fakes_keep_each_cells_dress_and_one_person_gets_one_fake() -> None:
    cells = EncodedValueCells.of(_MIXED, "name")
    assert isinstance(cells, EncodedValueCells)
    assert "Olga Brandt" in cells.values and "Jonas Weber" in cells.values
    fakes = {v: f"Fake{i} Person{i}" for i, v in enumerate(cells.values)}
    fakes.update({"Krüger, Mats": "Roth, Ida", "Brandt, Olga": "Brandt-Fake, Olga-Fake"})
    out = cells.mapping(fakes)
    olga = fakes["Olga Brandt"]
    assert out["CN=Olga Brandt,OU=Staff"] == f"CN={olga},OU=Staff"
    assert out["Olga+Brandt"] == olga.replace(" ", "+")
    assert out["Jonas%20Weber"] == fakes["Jonas Weber"].replace(" ", "%20")
    assert out["N:Krüger;Mats;;;"] == "N:Roth;Ida;;;"
    assert out["Brandt\tOlga"] == "Brandt-Fake\tOlga-Fake"
    assert out["Fiete Haas"] == fakes["Fiete Haas"]


def test_plain_and_other_columns_keep_the_plain_cell_sorter() -> None:
    assert isinstance(EncodedValueCells.of(["Olga Brandt", "Fiete Haas"], "name"), ValueCells)
    assert isinstance(EncodedValueCells.of(["a%20b@x.org"], "email"), ValueCells)


def test_a_dressed_cell_of_no_value_is_written_as_it_came() -> None:
    cells = EncodedValueCells.of(["CN=Olga Brandt,OU=Staff", "n/a"], "name")
    out = cells.mapping({v: "Lena Fischer" for v in cells.values})
    assert out["n/a"] == "n/a"
    assert out["CN=Olga Brandt,OU=Staff"] == "CN=Lena Fischer,OU=Staff"


def test_the_name_words_of_a_dressed_cell_for_the_notes() -> None:
    assert undressed_person_text("CN=Olga Brandt,OU=Staff") == "Olga Brandt"
    assert undressed_person_text("Olga Brandt") == "Olga Brandt"
    assert undressed_person_text("CN=PRINTER-04,OU=Devices") == "CN=PRINTER-04,OU=Devices"


def test_income_brackets_and_codes_are_not_decoded() -> None:
    df = pd.DataFrame({"income": ["<=50K", ">50K", "<=50K"] * 5, "tag": ["a%3C%3Eb", "50%25", "item%2F7"] * 5})
    assert undressed_frame(df) is df
