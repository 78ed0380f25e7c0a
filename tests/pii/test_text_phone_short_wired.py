"""Short-plan phones, "call X at N" clauses and 4-4 dashed numbers through ``text_patterns.phone_spans``."""

from __future__ import annotations

from safe_synthesizer.pii.text_patterns import phone_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in phone_spans(text, ("US",))]


def test_six_digit_greenlandic_mobile_after_a_cue() -> None:
    assert _found("Foster owner's mobile 29 41 06; papers posted.") == ["29 41 06"]


def test_number_ending_a_call_clause() -> None:
    assert "8712 3390" in _found("Por favor llamar al abuelo, don Ramiro Quesada Solano, al 8712 3390.")


def test_a_dashed_number_going_down_is_no_range() -> None:
    assert "9731-2264" in _found("best on 9731-2264 after six")  # a Honduran mobile
    assert _found("Seen 1930-1940 on the roll") == []


def test_amounts_and_dates_stay() -> None:
    assert _found("Balance on 313 311.") == []
    assert _found("Seen on 25 01 24 by the vet.") == []
