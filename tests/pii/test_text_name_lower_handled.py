"""Lower-case full names after a verb of returning, chasing, covering or coming along."""

import pytest

from safe_synthesizer.pii.text_name_lower_handled import lower_handled_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_handled_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Box 3 was returned by ottokar lindqvist on Monday.", "ottokar lindqvist"),
        ("Chased marlene oyelaran by phone, no answer.", "marlene oyelaran"),
        ("chased up sean whitfield re the deposit", "sean whitfield"),
        ("Cover if needed: wendell oduya.", "wendell oduya"),
        ("Client came in with tatiana ferreira da silva, her sister.", "tatiana ferreira da silva"),
        ("Visite : Paul est passé hier avec kahiau teriitahi. Dossier complet.", "kahiau teriitahi"),
        ("Passagem: Lopes veio hoje com mamadu baldé. Tudo bem.", "mamadu baldé"),
        ("Vino ayer con ramiro ochoa vidal, su tío.", "ramiro ochoa vidal"),
    ],
)
def test_lower_case_names_after_a_handling_cue(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dress returned by post, refund pending.",
        "The parcel was returned by next week's deadline.",
        "Chased up the invoice again.",
        "She came with the car and a spare tyre.",
        "Cover if needed: front desk.",
        "it came with matching belt, very cute",
        "est passé avec le camion de livraison",
    ],
)
def test_prose_after_a_handling_cue_keeps_its_words(text: str) -> None:
    assert _found(text) == []
