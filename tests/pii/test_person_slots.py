"""The slot reader: a cell split into people, their dress taken off, their tokens read by kind."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_slots import read_person_slots, slot_words


@pytest.mark.parametrize(
    ("cell", "slots"),
    [
        ("Wähner - Elfriede", ["Wähner", "Elfriede"]),
        ("Cornejo Duarte - Roura Egea", ["Cornejo Duarte", "Roura Egea"]),
        ("Gail Harvey & Sue Patel", ["Gail Harvey", "Sue Patel"]),
        ("Bertrand (Dodo) Hardy", ["Bertrand Hardy"]),
        ("Winkler-Bender Hansjoachim (Herr)", ["Winkler-Bender Hansjoachim"]),
        ("Ferrata Sandra (Sig.ra)", ["Ferrata Sandra"]),
        ("Friedemann v.", ["Friedemann v."]),
        ("R.M. MacDhòmhnaill", ["R.M. MacDhòmhnaill"]),
        ("Rolando R. Laura Vargas hijo", ["Rolando R. Laura Vargas"]),
        ("Ahmad (Lulu) bin Iku", ["Ahmad bin Iku"]),
        ("김금순 - 림성진", ["김금순", "림성진"]),
        ("Miguel Senna Fernandes - 吳志明", ["Miguel Senna Fernandes", "吳志明"]),
        ("पूजा जगताप", ["पूजा जगताप"]),
        ("Mr & Mrs Haynes", ["Haynes"]),
    ],
)
def test_cells_read_as_people(cell: str, slots: list[str]) -> None:
    read = read_person_slots(cell)
    assert read is not None
    assert [s.text for s in read.slots] == slots


def test_dress_and_pairs_are_structured() -> None:
    assert read_person_slots("Sharon (Bubba) Cleary").structured
    assert read_person_slots("Ibrahim - Elsheikh").structured
    assert read_person_slots("Thoralf T.").structured


@pytest.mark.parametrize("cell", ["Paid - cash", "nobody", "(not set)", "Room 4 - Hall", "ask at desk", "a@b.com"])
def test_no_people(cell: str) -> None:
    assert read_person_slots(cell) is None


def test_ordinary_words_are_marked_plain() -> None:
    assert read_person_slots("Red & Blue").plain
    assert not read_person_slots("Wähner - Elfriede").plain


def test_slot_words_fold_case() -> None:
    assert slot_words(read_person_slots("Naser - Karl-Georg")) == {"naser", "karl-georg"}


def test_capitalised_particles_are_no_ordinary_words() -> None:
    assert not read_person_slots("Le Maistre - Philip").plain
    assert not read_person_slots("Amelia (Mimi) Le Cornu").plain
