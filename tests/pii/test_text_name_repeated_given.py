"""Lone repeats of a full name's given name in the same note (own examples)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_repeated_given import repeated_given_spans


def _found(text: str, name: str) -> list[str]:
    start = text.index(name)
    return [text[a:b] for a, b, _ in repeated_given_spans(text, [(start, start + len(name), "name")])]


def test_a_signature_repeats_the_given_name() -> None:
    assert _found("No invoice for me (Jovana Petrak) please. Thx Jovana", "Jovana Petrak") == ["Jovana"]


def test_a_subject_repeats_it() -> None:
    assert _found("Ask Marisol Uribe for the key; Marisol has it.", "Marisol Uribe") == ["Marisol"]


def test_ordinary_words_and_inverted_names_stay() -> None:
    assert _found("Will Grant rang. Will call back.", "Will Grant") == []
    assert _found("Rose Tamblyn sent a Rose bouquet.", "Rose Tamblyn") == []
    text = "Seen: Petrak, Jovana. Jovana left early."
    assert repeated_given_spans(text, [(6, 20, "name")]) == []
