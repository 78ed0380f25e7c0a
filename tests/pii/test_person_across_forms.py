"""Tests for :mod:`safe_synthesizer.pii.person_across_forms` (one person in several forms, one spelling)."""

from __future__ import annotations

from safe_synthesizer.pii.person_across_forms import folded_person_key, same_person_spellings


def test_folded_key_drops_case_marks_and_joiners() -> None:
    assert folded_person_key("Torbjørn Haugen-Lie") == folded_person_key("torbjorn.haugenlie") == "torbjornhaugenlie"
    assert folded_person_key("Nikki van den Velde") == folded_person_key("Nikki Van Den Velde")
    assert folded_person_key("Ana Berg") != folded_person_key("Anna Berg")


def test_machine_spellings_take_the_plain_cells_spelling() -> None:
    decoded = {
        "#TorbjornHaugen": "Torbjorn Haugen",
        "STAFF\\torbjorn.haugen": "Torbjorn Haugen",
        "HQ\\sigrid.lunde": "Sigrid Lunde",
        "#AnaBerg": "Ana Berg",
    }
    plain = ["Torbjørn Haugen", "Ana Berg", "Knut Dahl"]
    out = same_person_spellings(decoded, plain)
    assert out == {"#TorbjornHaugen": "Torbjørn Haugen", "STAFF\\torbjorn.haugen": "Torbjørn Haugen"}


def test_dressed_forms_without_a_plain_twin_agree_on_the_first_spelling() -> None:
    decoded = {"#SigridLundeVik": "Sigrid Lunde Vik", "HQ\\sigrid.lundevik": "Sigrid Lundevik"}
    assert same_person_spellings(decoded, []) == {"HQ\\sigrid.lundevik": "Sigrid Lunde Vik"}


def test_short_keys_are_not_matched() -> None:
    assert same_person_spellings({"#AnBo": "An Bo"}, ["An-Bo"]) == {}
