"""The any-form person cell reader: the forms a register mixes beside the slot reader's, read by structure."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_any_form import fold_word, handle_runs, read_person_form


@pytest.mark.parametrize(
    ("cell", "form", "names"),
    [
        ("Quill, A. (Ailsa)", "inverted", ("Ailsa", "Quill")),
        ("Ó Briain-Kealy, É. (Éabha)", "inverted", ("Éabha", "Briain-Kealy")),
        ("Marek [Holloway]", "bracketed", ("Marek", "Holloway")),
        ("Wietske [van der Molen]", "bracketed", ("Wietske", "Molen")),
        ("Hamid [Ould Sidi Baba]", "bracketed", ("Hamid", "Ould", "Sidi", "Baba")),
        ("Greta Lindqvist (född Berg)", "maiden", ("Greta", "Lindqvist", "Berg")),
        ("Ilse Vogt (geb. Brandt)", "maiden", ("Ilse", "Vogt", "Brandt")),
        ("Prof. T. Brennock FRCS", "ranked", ("Brennock",)),
        ("Rev. M. Holloway MSc", "ranked", ("Holloway",)),
        ("Dr K. Aaltonen PhD", "ranked", ("Aaltonen",)),
    ],
)
def test_register_forms_read_as_one_person(cell: str, form: str, names: tuple[str, ...]) -> None:
    read = read_person_form(cell)
    assert read is not None and read.form == form and read.names == names and read.people == 1
    assert read.structured and not read.lone


def test_names_in_capitals_keep_their_last_word() -> None:
    """Post-nominal letters are read only after a cell in mixed case: ``E ROCA VIDAL`` is a name in capitals."""
    read = read_person_form("E ROCA VIDAL")
    assert read is not None and read.names == ("ROCA", "VIDAL") and read.initials == 1


def test_a_capital_after_a_family_name_is_an_initial() -> None:
    read = read_person_form("Okello M")
    assert read is not None and read.initials == 1 and not read.lone


def test_elided_particle_family_names_are_read() -> None:
    read = read_person_form("Koffi & Ama d'Souza")
    assert read is not None and read.people == 2


def test_handles_give_their_letter_runs() -> None:
    assert handle_runs("marek_holloway41") == ("marek", "holloway")
    assert handle_runs("senna.holloway") == ("senna", "holloway")
    assert handle_runs("tbrennock") == ("tbrennock",)
    assert read_person_form("tbrennock").form == "handle"
    assert handle_runs("abc") is None  # too short to hold a name
    assert handle_runs("Marek Holloway") is None
    assert handle_runs("order_2024_118") is None


@pytest.mark.parametrize(
    "cell",
    ["Lord Nelson", "Paid - cash", "see notes", "Ward 3 (East)", "12 Holloway Rd", "Holloway Ltd (UK), branch 2"],
)
def test_things_are_no_person(cell: str) -> None:
    assert read_person_form(cell) is None


def test_fold_word_writes_names_as_handles_do() -> None:
    assert fold_word("Briain-Kealy") == "briainkealy"
    assert fold_word("Éabha") == "eabha"
