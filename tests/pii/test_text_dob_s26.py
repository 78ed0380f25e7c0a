"""Session 26: dates of birth said in the first person, with local month names, or before the birth word."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.text_dates_local import shift_month_name_date
from safe_synthesizer.pii.text_patterns import pattern_spans

_DOB = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("ES",), _DOB) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Estimados señores: me llamo Ana Gil, nací el 20/10/1974 y vivo en Madrid.", "20/10/1974"),
        ("Soy Luis, nacido el 12 de marzo de 1985 en Lugo.", "12 de marzo de 1985"),
        ("Chamo-me Rui, nasci em 3 de março de 1985.", "3 de março de 1985"),
        ("Ich wurde am 12.03.1985 geboren und wohne in Bonn.", "12.03.1985"),
        ("Versicherte Frau Roth, geb. 12. März 1985, meldet", "12. März 1985"),
        ("Nazywam się Anna, urodziłam się 5 maja 1990 r.", "5 maja 1990"),
        ("Ονομάζομαι Ελένη, γεννήθηκα 12/03/1985.", "12/03/1985"),
        ("Mă numesc Ion, m-am născut la 12 martie 1985.", "12 martie 1985"),
        ("Adım Ayşe, 12.03.1985 doğumluyum.", "12.03.1985"),
        ("Jag heter Eva och jag föddes 1985-03-12.", "1985-03-12"),
        ("Mi chiamo Sara, sono nata il 5 maggio 1990.", "5 maggio 1990"),
    ],
)
def test_birth_dates_found(text: str, value: str) -> None:
    assert value in _dobs(text)


@pytest.mark.parametrize(
    "text",
    [
        "la réunion du 12 mars 1985 est reportée",  # a date without a birth word
        "Ich bin am 12.03.2024 umgezogen.",  # 'ich bin am' is no birth word
        "Reunión el 5 de mayo de 2020 en la sede",
    ],
)
def test_dates_without_a_birth_word_are_kept(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("12 de marzo de 1985", 25, "6 de abril de 1985"),
        ("3 de Março de 1985", -5, "26 de Fevereiro de 1985"),
        ("12. März 1985", 30, "11. April 1985"),
        ("05 maja 1990", 3, "08 maja 1990"),
    ],
)
def test_local_month_dates_shift_in_their_own_words(value: str, days: int, expected: str) -> None:
    assert shift_month_name_date(value, days) == expected
    assert shift_date_string(value, days) == expected


def test_not_a_local_month_date() -> None:
    assert shift_month_name_date("31 febrero 1990", 1) is None
    assert shift_month_name_date("12 foo 1990", 1) is None
