"""Fakes of person cells in any form: the person faked, the residue kept, an e-mail rebuilt on the fake."""

from __future__ import annotations

from safe_synthesizer.pii.person_parts_fakes import form_free_fakes


def _full_names(values: list[str]) -> dict[str, str]:
    fake = {"Harold": "Ivan", "Finch": "Stone", "Lucie": "Mara", "Moreau": "Keller", "Klaus": "Piet", "Dieter": "Jan"}
    return {v: " ".join(fake.get(w, w.upper()) for w in v.split()) for v in values}


def test_person_part_faked_residue_kept() -> None:
    out = form_free_fakes(["per pro Harold Finch", "Harold Finch ~ 62", "Moreau ; Lucie", "Bachmann | Klaus Dieter"],
                          _full_names)  # fmt: skip
    assert out["per pro Harold Finch"] == "per pro Ivan Stone"
    assert out["Harold Finch ~ 62"] == "Ivan Stone ~ 62"
    assert out["Moreau ; Lucie"] == "Keller ; Mara"  # the family part stays first
    assert out["Bachmann | Klaus Dieter"] == "BACHMANN | Piet Jan"


def test_email_rebuilt_on_the_fake_never_left() -> None:
    out = form_free_fakes(["Harold Finch <harold.finch@example.org>", "Harold Finch {hfinch62@example.org}"],
                          _full_names)  # fmt: skip
    assert out["Harold Finch <harold.finch@example.org>"] == "Ivan Stone <ivan.stone@example.org>"
    assert out["Harold Finch {hfinch62@example.org}"] == "Ivan Stone {istone62@example.org}"


def test_nickname_faked_apart_and_plain_cells_left_to_the_full_name_fake() -> None:
    out = form_free_fakes(['Harold "Hal" Finch', "Harold Finch", "Mr Harold Finch", "Anna Berg; Tom Lee"], _full_names)
    assert out == {'Harold "Hal" Finch': 'Ivan "HAL" Stone'}
