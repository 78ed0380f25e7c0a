"""The form-free person cell reader: a person part of name-like tokens, the rest residue, in any form."""

from __future__ import annotations

from safe_synthesizer.pii.person_cell_parts import PERSON_SLOT, read_person_parts


def test_residue_of_any_kind_is_set_aside_by_shape() -> None:
    cells = {
        "c/o Priya Raman": "c/o ·",  # a slash abbreviation
        "Attn: Priya Raman": "Attn: ·",  # a word before a colon
        "z. Hd. Priya Raman": "z. Hd. ·",  # abbreviations with a dot
        "to the attention of Priya Raman": "to the attention of ·",  # lower-case words of any language
        "Priya Raman (41)": "· (9)",  # an age
        "Priya Raman <praman@example.org>": "· <@>",  # an e-mail
        "RAMAN/PRIYA MS": "·/· MS",  # a title after an inversion in capitals
    }
    for cell, frame in cells.items():
        parts = read_person_parts(cell)
        assert parts is not None, cell
        assert parts.frame.replace(PERSON_SLOT, "·") == frame, cell
        assert {w.casefold() for w in parts.words} == {"priya", "raman"}, cell


def test_two_runs_around_one_mark_are_family_then_given_whatever_the_mark() -> None:
    for cell in ("Okonkwo; Adaeze", "Okonkwo | Adaeze", "OKONKWO/ADAEZE", "Okonkwo // Adaeze", "Okonkwo ~ Adaeze"):
        parts = read_person_parts(cell)
        assert parts is not None and parts.family_first, cell
        assert parts.words[0].casefold() == "okonkwo"


def test_particles_nicknames_and_bracketed_names_stay_with_the_person() -> None:
    parts = read_person_parts('Ngozi "Zee" van der Berg')
    assert parts is not None and parts.words == ("Ngozi", "Berg")
    assert len(parts.extra) == 1 and len(parts.runs) == 1
    assert read_person_parts("Ngozi [de Witt]").extra


def test_two_people_or_no_person_are_not_one_person() -> None:
    assert read_person_parts("Anna Berg & Tom Lee") is None  # a conjunction joins two people
    assert read_person_parts("Anna Berg, 12 Main St, Tom Lee") is None
    assert read_person_parts("see above") is None
    assert read_person_parts("12/04/2021") is None
    assert read_person_parts("A. B.") is None
