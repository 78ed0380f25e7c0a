"""Session 27: phone numbers in text after call words of more languages, after the telecom verb "port",
in national layouts only phones use (an area code in brackets, a trunk 0 then digit groups), valid in a
country outside the configured regions."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "PL", "SE")
_WANTED = frozenset({E.PHONE_NUMBER, E.NATIONAL_ID, E.DATE_OF_BIRTH})


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, _REGIONS, _WANTED) if e == E.PHONE_NUMBER]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kurjers atstāja paku pie durvīm, zvanīt 67 123 456 pēc pieciem.", "67 123 456"),
        ("Pieteikums pieņemts. Tālrunis 26 543 210.", "26 543 210"),
        ("Molim javite se, mobitel 098 765 432 ili e-mail.", "098 765 432"),
        ("Vinsamlegast hringdu í 581 2345 eftir hádegi.", "581 2345"),
        ("Customer wants to port 40 12 34 56 from the old operator.", "40 12 34 56"),
        ("Port-in request, number to port 21 789 693, PAC received.", "21 789 693"),
        ("Referee Mr Shaw on (021) 4812 345, happy to talk.", "(021) 4812 345"),
        ("Please ring the Sofia office, 02 987 654, after ten.", "02 987 654"),
    ],
)
def test_phones_found(text: str, value: str) -> None:
    assert value in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "The grant of 12 500 000 was approved.",  # an amount with thousands separators
        "Please quote ref 02 136 530 in all letters.",  # a reference after its label
        "The port of Riga handled 41 200 500 tonnes.",
        "sizes at 32 24 32 30 are in stock",
    ],
)
def test_not_phones(text: str) -> None:
    assert _phones(text) == []
