"""A name alone right before its birth date: a birth word in a bracket or after a comma, or a bracketed date
after a listed given name (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_birth_subject import birth_subject_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in birth_subject_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Household: Rosalind Vane. Kids: Theodore (born 4 May 2017) and twins.", "Theodore"),
        ("Pupil record - Agnieszka (ur. 03.02.2012), class 4b.", "Agnieszka"),
        ("Wir haben zwei Kinder: Lukas (geb. 02.03.2016) und Mia.", "Lukas"),
        ("Enfants : Maëlle (née le 12/01/2015), allergique aux noix.", "Maëlle"),
        ("Attendee Hans Dieter, DOB 1971-08-30, wheelchair access.", "Hans Dieter"),
        ("Minor: Xabat, DOB 03/03/2016, collected by his aunt.", "Xabat"),
        ("Progress notes for Harriet (3 March 2025) - reading level up.", "Harriet"),
    ],
)
def test_name_before_its_birth_date(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly figures for March (2024-03-31) are attached.",
        "Shipment to Rotterdam (14/02/2024) delayed.",
        "The Patient (born 1950) was seen in clinic.",
        "Total (01/02/2024): 35 items.",
        "Invoice for Acme Holdings (01/02/2024) paid.",
    ],
)
def test_events_and_words_stay(text: str) -> None:
    assert _names(text) == []


def test_role_word_left_out_of_the_span() -> None:
    text = "Booking: child Ottilie, born 2019-11-02, no nuts."
    assert _names(text) == ["Ottilie"]
