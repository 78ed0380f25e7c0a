"""Names of countries Faker lists no names for, in free text (session 40): Tanzanian, Faroese, Sami, Bolivian
(Aymara and Quechua family names) and Panamanian names; the Swahili nouns that are also names stay words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_name_countries import COUNTRY_FAMILY, COUNTRY_GIVEN


@pytest.fixture(scope="module")
def detector():
    det = load_text_detector(["name", "first_name", "last_name", "phone_number", "street_address"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    return det


def _names(detector, text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in detector.find_spans([text])[0] if s.entity in ("name", "first_name", "last_name")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owner Hamisi Kimaro, 0754 111 222, wants a callback.", "Hamisi Kimaro"),
        ("Emergency: neighbour Zuhura Mbwambo, 12 Ocean Road.", "Zuhura Mbwambo"),
        ("Key holder agreement signed by BAKARI NGONYANI on 01/02/2023.", "BAKARI NGONYANI"),
        ("Proposed by Jógvan Joensen, seconded by the chair.", "Jógvan Joensen"),
        ("También puede recogerlas Wara Condori Apaza.", "Wara Condori Apaza"),
        ("Titular Limbert Mamani Quispe, tel. 71234567.", "Limbert Mamani Quispe"),
    ],
)
def test_country_names_in_notes(detector, text, name):
    assert name in _names(detector, text)


def test_nouns_that_are_names_are_not_listed(detector):
    assert not {"furaha", "neema", "upendo", "baraka", "amani", "calle", "copa", "sara"} & (
        COUNTRY_GIVEN | COUNTRY_FAMILY
    )
    assert _names(detector, "Kwa furaha kubwa tunakukaribisha. Amani iwe nanyi.") == []
