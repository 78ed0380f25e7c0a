"""Whole names whose one half a span holds (text_name_half_spans)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_half_spans import half_span_names


def _widened(text: str, found: str, entity: str) -> list[str]:
    i = text.index(found)
    return [text[a:b] for a, b, _ in half_span_names(text, [(i, i + len(found), entity)])]


def test_given_name_before_a_found_family_name() -> None:
    assert _widened("Bitte bei Sara Ernst, Gartenweg 3, melden.", "Ernst", "last_name") == ["Sara Ernst"]
    assert _widened("League: Mirlande Fils-Aimé top score", "Fils-Aimé", "last_name") == ["Mirlande Fils-Aimé"]


def test_family_name_after_a_found_given_name() -> None:
    assert _widened("Lovely afternoon! Nomsa Ntshona, 823 Main Rd", "Nomsa", "first_name") == ["Nomsa Ntshona"]


def test_titles_words_and_streets_are_no_half() -> None:
    assert _widened("Ask Mrs Dorvil today", "Dorvil", "last_name") == []
    assert _widened("Thanks Dorvil today", "Dorvil", "last_name") == []
    assert _widened("Sara Street is closed", "Sara", "first_name") == []
    assert _widened("Met Sara Yesterday", "Sara", "first_name") == []
