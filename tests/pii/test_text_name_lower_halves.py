"""Whole lower-case names grown from a half or an echo (text_name_lower_halves)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_lower_halves import lower_half_span_names


def _span(text: str, value: str, entity: str) -> tuple[int, int, str]:
    start = text.index(value)
    return start, start + len(value), entity


def _grown(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in lower_half_span_names(text, spans)]


def test_given_name_before_a_lower_case_family_span() -> None:
    text = "ring back later; ask for melissa grant. 0161 496 0000"
    assert _grown(text, [_span(text, "grant", "last_name")]) == [("melissa grant", "name")]


def test_family_name_after_a_lower_case_span_named_capitalised_before() -> None:
    text = "Ortega Lozano's kite snapped; see ramiro ortega lozano."
    spans = [_span(text, "Ortega Lozano", "name"), _span(text, "ramiro ortega", "name")]
    assert _grown(text, spans) == [("ramiro ortega lozano", "name")]


def test_echo_of_a_capitalised_name_after_a_given_name() -> None:
    text = "Marsh's pony threw a shoe; see derek marsh."
    assert _grown(text, [_span(text, "Marsh", "last_name")]) == [("derek marsh", "name")]


def test_ordinary_words_stay() -> None:
    text = "Mark's turn next; will mark it later"
    assert _grown(text, [_span(text, "Mark", "first_name")]) == []
    text = "Rose's coat by the rose bed"
    assert _grown(text, [_span(text, "Rose", "first_name")]) == []
    text = "green paint for the grant form"
    assert _grown(text, [_span(text, "grant", "last_name")]) == []
