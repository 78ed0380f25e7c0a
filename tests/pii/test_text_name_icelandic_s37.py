"""Names with an -sson / -dóttir surname (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_icelandic import patronymic_surname_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in patronymic_surname_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Confirmation list: Myrra Vígþórsson, G. Nónisson.", ["Myrra Vígþórsson"]),
        ("Dear Anna Björk Jónsdóttir,", ["Anna Björk Jónsdóttir"]),
        ("the parcel was for Anetta Ríósdóttir and", ["Anetta Ríósdóttir"]),
    ],
)
def test_patronymic_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", ["The Lesson was long", "Mr Andersson called", "Dear Person,"])
def test_no_given_name_before(text: str) -> None:
    assert _found(text) == []
