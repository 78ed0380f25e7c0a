"""A given name opening a sentence of a letter (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_letter_subject import letter_subject_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in letter_subject_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Progress report\nDear Mr Alfonso,\nRebeca has moved up to Octopus group this term.", ["Rebeca"]),
        ("Dear Mrs Mckee,\nIain has moved up. Maks was great too. The class is fine.", ["Iain", "Maks"]),
        ("Liebe Frau Jäkel,\nIngeburg war am Montag krank.", ["Ingeburg"]),
    ],
)
def test_child_named_in_a_letter(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Dear customer,\nYour order has shipped. Please wait.",
        "Dear Sam,\nGrace is what we need. April was busy.",  # ordinary words stay
        "Maeve has done it again, love this brand",  # no salutation: a review
        "Dear team,\nRebeca Smith has joined.",  # a full name: other rules' business
    ],
)
def test_no_salutation_or_ordinary_words(text: str) -> None:
    assert _found(text) == []
