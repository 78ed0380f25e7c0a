"""Phones glued to their label in terse logs (``tel+447400682298``), after ``cb`` (call back), and after
prefixed or inflected "call" verbs (Latvian ``Atzvanīt uz``, Bulgarian ``обадим``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import phone_spans


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, e in phone_spans(text, ("US", "GB")) if e == E.PHONE_NUMBER]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("walk in: ann lee id:WU 91 45 40 H tel+447400682298 - 2nd dose", "+447400682298"),
        ("walk in: ann lee tel01211231350 - 2nd dose", "01211231350"),
        ("walk in: ann lee tel06 17 80 11 23 - 2nd dose", "06 17 80 11 23"),
        ("reception: mob0412 922 691, left message", "0412 922 691"),
        ("Ph:0161 496 0000 after six", "0161 496 0000"),
        ("pickup at the station for ella lund, cb 34468256. driver en route", "34468256"),
        ("Atzvanīt uz 21393781, pēc pusdienām.", "21393781"),
        ("Да се обадим на 02176141 утре.", "02176141"),
    ],
)
def test_glued_and_stemmed_phone_cues(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "hotel12345678 booking",  # a label inside a longer word is no label
        "the tel: 12.03.2020 visit",  # a date after the label
        "Hringbraut 121, 101 Reykjavík",  # a street named with a "call" stem: its numbers are short
        "sizes tel 32-24",
    ],
)
def test_no_phone_without_a_number(text: str) -> None:
    assert _phones(text) == []


def test_next_of_kin_number_after_the_name() -> None:
    text = "Walked in from 99 Mark Lodge. Next of kin Jeffery Fleming 02214907."
    assert _phones(text) == ["02214907"]


def test_number_in_brackets_after_a_name() -> None:
    text = "22:40 welfare check requested by Erika Ramos (21033375) for Dominguez, Richard."
    assert _phones(text) == ["21033375"]
    assert _phones("Order for Appointment Request (21033375) shipped") == []
