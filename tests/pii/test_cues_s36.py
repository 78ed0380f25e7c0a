"""Column-name cues of session 36: SharePoint escapes, cut-short words, animals' and graves' names."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cue_subjects import names_a_thing
from safe_synthesizer.pii.cues import cue_hints


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("Date_x0020_of_x0020_birth", "date_of_birth"),  # SharePoint writes spaces as _x0020_
        ("C_x002e_P_x002e_", "postcode"),  # and dots as _x002e_: C.P., código postal
        ("N_x00e9__x0028_e_x0029__x0020_le", "date_of_birth"),  # Né(e) le
        ("<b>Postleitz.</b>", "postcode"),  # a word cut at the column's width
        ("Geburtsd.", "date_of_birth"),
        ("CODIGO_POS", "postcode"),  # the second word of a two-word cue cut short
        ("Cod. fiscale", "tax_id"),
    ],
)
def test_escaped_and_cut_short_headers_cue(name: str, entity: str) -> None:
    assert entity in cue_hints(name)


@pytest.mark.parametrize("name", ["Nombre.del.perro", "Nome.del.cane", "Dog.s.name", "pet_name"])
def test_an_animals_name_is_no_persons(name: str) -> None:
    assert not cue_hints(name) & {"name", "first_name", "last_name"}


@pytest.mark.parametrize("name", ["nombre", "streeet", "locaalidad", "first_name", "postal", "Vorname"])
def test_plain_and_typo_headers_keep_their_cues(name: str) -> None:
    assert cue_hints(name)


@pytest.mark.parametrize("name", ["<b>Begraafplaats</b>", "Friedhof", "Cementerio", "cemetery_town"])
def test_a_cemetery_is_a_things_place(name: str) -> None:
    assert names_a_thing(name)
