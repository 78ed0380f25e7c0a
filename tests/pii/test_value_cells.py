"""A column's cells: the ones of no value written back, wrapped values faked inside their wrapping."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.value_cells import ValueCells


def test_mapping_keeps_cells_of_no_value_and_wrapping() -> None:
    cells = ValueCells.of(["mailto:jd@x.org", "n/a", "ab@c.org", "JD@X.ORG", "mailto:ab@c.org"], E.EMAIL)
    assert cells.values == ["jd@x.org", "ab@c.org", "JD@X.ORG"]
    fakes = {"jd@x.org": "q@r.net", "ab@c.org": "s@t.org", "JD@X.ORG": "u@v.org"}
    assert cells.mapping(fakes) == {"mailto:jd@x.org": "mailto:q@r.net", "n/a": "n/a", "ab@c.org": "s@t.org",
                                    "JD@X.ORG": "U@V.ORG", "mailto:ab@c.org": "mailto:s@t.org"}  # fmt: skip


def test_a_next_of_kin_cell_keeps_its_relation():
    cells = ValueCells.of(["Henrike Oster (Schwester) 0171 5523419"], "name")
    assert cells.values == ["Henrike Oster"] and cells.phones == ["0171 5523419"]
    out = cells.mapping({"Henrike Oster": "Jana Vogt"}, {"0171 5523419": "0172 1111111"})
    assert out == {"Henrike Oster (Schwester) 0171 5523419": "Jana Vogt (Schwester) 0172 1111111"}


def test_people_cells_are_faked_name_by_name_with_their_extras_kept() -> None:
    cells = ValueCells.of(
        ["Tomasz Wrona (son, 6); Zofia Wrona (daughter, 11)", "Rafaela Duarte, sister, 0176 1234567 / Ivo Duarte (8)"],
        "name",
    )
    assert {"Tomasz Wrona", "Zofia Wrona", "Rafaela Duarte", "Ivo Duarte"} <= set(cells.values)
    assert cells.phones == ["0176 1234567"]
    out = cells.mapping({v: f"Fake {i}" for i, v in enumerate(cells.values)}, {"0176 1234567": "0151 7654321"})
    assert out["Tomasz Wrona (son, 6); Zofia Wrona (daughter, 11)"] == "Fake 0 (son, 6); Fake 1 (daughter, 11)"
    assert out["Rafaela Duarte, sister, 0176 1234567 / Ivo Duarte (8)"] == "Fake 2, sister, 0151 7654321 / Fake 3 (8)"
