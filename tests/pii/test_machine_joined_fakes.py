"""Tests of the fakes of machine-joined person cells: the layout kept, one person one fake across forms."""

from __future__ import annotations

from safe_synthesizer.pii.machine_joined_fakes import machine_joined_fakes

_GIVEN = {"Petra": "Ines", "Oskar": "Karl", "Agata": "Berta", "P": "Ulla", "Mirela": "Sanna"}
_FAMILY = {"Lindqvist": "Moss", "Nowak": "Ferreira Lopes", "Brennan": "Holm", "Dalton": "Ek"}


def _tokens(entity: str, words: list[str]) -> dict[str, str]:
    table = _FAMILY if entity == "last_name" else _GIVEN
    out = {}
    for w in words:
        fake = table.get(w.title(), "Zed")
        out[w] = fake.upper() if w.isupper() and len(w) > 1 else fake.lower() if w.islower() else fake
    return out


def test_layouts_are_kept() -> None:
    cells = ["Lindqvist.Petra", "NOWAK_Agata", "OskarBrennan", "petra-lindqvist", "Mirela Dalton van"]
    fakes = machine_joined_fakes(cells, _tokens)
    assert fakes["Lindqvist.Petra"] == "Moss.Ines"
    assert fakes["NOWAK_Agata"] == "FERREIRA LOPES_Berta"
    assert fakes["OskarBrennan"] == "KarlHolm"
    assert fakes["petra-lindqvist"] == "ines-moss"
    assert fakes["Mirela Dalton van"] == "Sanna Ek van"


def test_bracketed_initial_takes_the_fake_of_its_given_name() -> None:
    fakes = machine_joined_fakes(["Lindqvist.Petra", "Lindqvist (P)", "Brennan.Oskar"], _tokens)
    assert fakes["Lindqvist (P)"] == "Moss (I)"


def test_typed_names_and_commas_are_left_to_the_full_name_fake() -> None:
    assert machine_joined_fakes(["Petra Lindqvist", "NOWAK, Agata", "c/o Petra Lind"], _tokens) == {}


def test_full_width_cells_stay_full_width() -> None:
    fakes = machine_joined_fakes(["Ｌｉｎｄｑｖｉｓｔ.Ｐｅｔｒａ", "Brennan.Oskar"], _tokens)
    assert fakes["Ｌｉｎｄｑｖｉｓｔ.Ｐｅｔｒａ"] == "Ｍｏｓｓ.Ｉｎｅｓ"
