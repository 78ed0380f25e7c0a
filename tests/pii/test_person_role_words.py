"""Person-role nouns of several languages as a header hint of people; attribute headers and things are not."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.person_role_words import role_word_cues


@pytest.mark.parametrize(
    "header",
    [
        # agent nouns of owning, holding, hiring, renting, breeding, steering, hosting, parenting
        "Dog walker", "Keyholder", "Exhibitor", "Helmsman", "Skipper", "Chaperone", "Tenant", "Purchaser",
        "Auftragnehmer", "Halterin", "Vermieter", "Fahrzeughalter/in", "Teilnehmer:innen", "Pferdebesitzer",
        "Opdrachtnemer", "Huurder", "Sleutelhouder", "Verhuurder", "Locataire", "Éleveuse", "Équipier",
        "Arrendatario", "Criadora", "Tripulante", "Inquilina", "Allevatore", "Espositrice", "Timoniere",
        "Locatário", "Timoneiro", "Aniversariante",
        # a head before its complement, dressed headers, phrases
        "Owner of the dog", "Eigenaar hond", "Propietaria del perro", "getTenant()", "«Breeder»",
        "Host family", "Famiglia ospitante", "Birthday girl", "Has keys",
    ],
)  # fmt: skip
def test_role_headers_hint_people(header: str) -> None:
    assert role_word_cues(header) == {"name"}


@pytest.mark.parametrize(
    "header",
    [
        "Customer ID", "Owner type", "Parent company", "Mother tongue", "Guest count", "Crew size", "Tenant since",
        "Placeholder", "Hersteller", "Urkunde", "País", "relationship", "workclass", "native-country", "playerID",
        "Breeder phone", "Eigenaar adres", "Host", "Variety", "Weight (kg)",
    ],
)  # fmt: skip
def test_attribute_and_thing_headers_hint_nothing(header: str) -> None:
    assert role_word_cues(header) == set()


def test_role_header_is_a_cue_hint() -> None:
    assert "name" in cue_hints("Auftragnehmer/in")
    assert "name" in cue_hints('row["dog_walker"]')
    assert "name" not in cue_hints("Owner type")
