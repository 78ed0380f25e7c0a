"""A header asking where the person lives cues a town column (form and survey exports, also cut short)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.column_residence_cues import residence_cues


@pytest.mark.parametrize(
    "header",
    [
        "Where do you currently live?",
        "q12_where_do_you_live",
        "WhereDoYouLive",
        "frm4_wheredoyou",  # cut at a fixed width
        "Where does the member live",
        "Town of residence",
        "Lives in",
        "Où habitez-vous actuellement ?",
        "Lieu de résidence",
        "¿Dónde vive usted?",
        "Onde você mora hoje?",
        "Dove abiti?",
        "Wo wohnst du?",
        "Waar woon je nu?",
        "Gdzie mieszkasz?",
        "Hvor bor du?",
        "Di mana anda tinggal?",
    ],
)
def test_living_questions_cue_the_town(header: str) -> None:
    assert residence_cues(header) == {"city"}


@pytest.mark.parametrize(
    "header",
    [
        "Where do you work?",
        "Where did you hear about us?",
        "Where are you from?",
        "Where do you shop most often",
        "Residence",  # a hall, a permit or a status as often as a town
        "Living income",
        "Olives in stock",
        "Lives in a care home?",  # a yes/no question
        "Living situation",
        "Delivery",
        "x" * 130 + " where do you live",
    ],
)
def test_other_headers_cue_nothing(header: str) -> None:
    assert residence_cues(header) == set()
