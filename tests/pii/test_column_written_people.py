"""People columns of small registers written as a desk writes them (``column_written_people``)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii.column_written_people import written_people_columns, written_person


@pytest.mark.parametrize(
    ("cell", "form"),
    [
        ("Carol (Haynes)", "paren"),
        ("Carol H.", "given_initial"),
        ("Haynes, C.", "comma"),
        ("Haynes, Mrs Carol", "comma"),
        ("C.Haynes", "initial_family"),
        ("Mrs D. Bembo", "initial_family"),
        ("HAYNES/CAROL", "slash"),
        ("Mrs Haynes", "titled"),
        ("mevr. Winklaar", "titled"),
    ],
)
def test_desk_forms_read_as_one_person(cell: str, form: str) -> None:
    found = written_person(cell)
    assert found is not None and found[0] == form


@pytest.mark.parametrize("cell", ["Makita drill", "Henry (hoover)", "Stedman Triples", "N. Main", "#VALUE!", "n/a"])
def test_things_are_no_desk_person(cell: str) -> None:
    found = written_person(cell)
    assert found is None or found[0] not in {"paren", "given_initial", "initial_family"}


def _frame(column: list[str]) -> pd.DataFrame:
    n = len(column)
    return pd.DataFrame({"Loan": [f"L{i:03d}" for i in range(n)], "c001": column})


@pytest.mark.parametrize(
    "cells",
    [
        ["Hulda (Fritsch)", "Ronny (Schlosser)", "Edwin (Wulf)", "Nico (Lange)", "Ronny (Schlosser)", "n/a"],
        ["René J.", "Antoinette M.", "Hélène M.", "Marine A.", "René J.", "Gilles R.", "TBC"],
        ["Chu, H.", "Yuen, K.", "Tam, M.", "Wong, K.", "Chan, K.", "Chu, C.", "Tam, M."],
        ["M.Isaac", "P.Wilkin", "P. Maynard", "M.Hendrickson", "T.Isaac", "-", "M. Phipps"],
        ["VIDONI", "BONATTI", "Mrs D. Bembo", "Mrs B. Asmundo", "Mr F. Panatta", "Mrs P. Faranda", "PRIULI"],
        ["HAYNES/CAROL", "SMITH/JOHN", "Haynes, C.", "BROWN/MARY", "Miller, T.", "#VALUE!"],
        ["", "Ilaria (Biagi)", "", "Ezio (Gioberti)", "", "Pellegrino (Perozzo)", ""],
    ],
)
def test_register_people_found(cells: list[str]) -> None:
    out = written_people_columns(_frame(cells), ["Loan", "c001"], {})
    assert list(out) == ["c001"]
    assert out["c001"].entity == "name"


@pytest.mark.parametrize(
    "cells",
    [
        ["Makita drill", "Henry hoover", "Bosch sander", "Makita drill", "Stihl strimmer", "Mrs Mop carpet cleaner"],
        ["Stedman Triples", "Grandsire Doubles", "Plain Bob Minor", "Stedman Triples", "Cambridge Surprise Major"],
        ["Tilly", "Elvis", "Sherlock", "Agatha", "Mr Darcy", "Miss Marple", "Percy & Mabel"],
        ["Paris", "Lyon", "Nice", "Lille", "Nantes", "Paris"],
        ["Del's Vintage", "Morris Minor", "Austin Maxi", "Strike King", "Mum"],
        # A desk's three volunteers over every row are a category, not the register's people.
        ["Dave (Smith)", "Anna (Berg)", "Tom (Reid)"] * 5,
        # Two people only: too few to tell.
        ["", "Ilaria (Biagi)", "", "Ezio (Gioberti)", ""],
    ],
)
def test_things_staff_and_too_few_not_found(cells: list[str]) -> None:
    assert written_people_columns(_frame(cells), ["c001"], {}) == {}


def test_decided_and_animal_columns_left() -> None:
    cells = ["Hulda (Fritsch)", "Ronny (Schlosser)", "Edwin (Wulf)", "Nico (Lange)"]
    df = pd.DataFrame({"c001": cells, "Member": cells, "Pet name": cells})
    assert written_people_columns(df, ["c001"], {"c001": object()}) == {}  # type: ignore[dict-item]
    assert list(written_people_columns(df, ["Member", "Pet name"], {})) == ["Member"]


def test_name_checks_are_the_validators() -> None:
    # Session 56: no wrappers of their own around the name lists.
    from safe_synthesizer.pii import column_written_people

    assert not hasattr(column_written_people, "_given") and not hasattr(column_written_people, "_family")
