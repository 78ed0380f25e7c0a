"""A list written given name first is no "Surname, Given" layout (own examples)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_list_inversion import without_list_inversions


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return sorted(text[a:b] for a, b, _ in without_list_inversions(text, spans))


def _span(text: str, value: str) -> tuple[int, int, str]:
    start = text.index(value)
    return (start, start + len(value), "name")


def test_cut_after_a_full_name() -> None:
    text = "Present: Holly Marsh, Dennis Crane and Ruth Ayles."
    spans = [_span(text, "Holly Marsh"), _span(text, "Marsh, Dennis Crane"), _span(text, "Ruth Ayles")]
    assert _names(text, spans) == ["Dennis Crane", "Holly Marsh", "Ruth Ayles"]


def test_cut_beside_an_unlisted_given_name() -> None:
    text = "Crew: Tawanda Moyo, Joseph Banda and Rudo Ncube (all ok)."
    spans = [_span(text, "Moyo, Joseph Banda")]
    assert _names(text, spans) == ["Joseph Banda", "Tawanda Moyo"]


def test_two_words_before_the_comma() -> None:
    text = "Seen: Taylor Brooks, Kevin Hale and Amy Dunn."
    spans = [_span(text, "Taylor Brooks, Kevin")]
    assert _names(text, spans) == ["Kevin", "Taylor Brooks"]


def test_real_inversions_stay() -> None:
    text = "Query from Raya Cabello, Rufina about the bill."
    spans = [_span(text, "Raya Cabello, Rufina")]
    assert _names(text, spans) == ["Raya Cabello, Rufina"]
    text = "Attendee: Marsh, Dennis"
    assert _names(text, [_span(text, "Marsh, Dennis")]) == ["Marsh, Dennis"]
    text = "Dear Mrs Marsh, Dennis and I will come."
    assert _names(text, [_span(text, "Marsh, Dennis")]) == ["Marsh, Dennis"]


def test_the_list_ends_with_the_inverted_span() -> None:
    text = "Attending: Colm Reddy, Tariq Osei, Bruno Falk. Minutes by the clerk."
    spans = [_span(text, "Colm Reddy"), _span(text, "Osei, Bruno Falk")]
    assert _names(text, spans) == ["Bruno Falk", "Colm Reddy", "Tariq Osei"]


def test_a_listed_given_name_before_the_last_item() -> None:
    text = "Present: Sean Kerr, Louis Brant."
    assert _names(text, [_span(text, "Kerr, Louis Brant")]) == ["Louis Brant", "Sean Kerr"]


def test_a_cyrillic_roll_call() -> None:
    text = "Присутствуют: Нурлан Бекбоев, Айгуль Осмонова, Бакыт Жумабаев."
    spans = [_span(text, "Нурлан Бекбоев"), _span(text, "Осмонова, Бакыт Жумабаев")]
    assert _names(text, spans) == ["Айгуль Осмонова", "Бакыт Жумабаев", "Нурлан Бекбоев"]


def test_inverted_items_and_titles_stay() -> None:
    text = "Attendees: Brown, Anna; Marsh, Dennis."
    assert _names(text, [_span(text, "Marsh, Dennis")]) == ["Marsh, Dennis"]
    text = "Signed, Dr Marsh, Dennis"
    assert _names(text, [_span(text, "Marsh, Dennis")]) == ["Marsh, Dennis"]


def test_a_full_name_after_the_comma() -> None:
    text = "Cc: Dellaquay Rolle, Tavian Cartwright"
    assert _names(text, [_span(text, "Rolle, Tavian Cartwright")]) == ["Dellaquay Rolle", "Tavian Cartwright"]


def test_two_names_of_two_words() -> None:
    text = "Cc: Dellaquay Rolle, Tavian Cartwright."
    assert _names(text, [_span(text, "Rolle, Tavian")]) == ["Dellaquay Rolle", "Tavian Cartwright"]


def test_a_particle_between_the_given_name_and_the_surname() -> None:
    text = "Cc: Sunniva á Ryggi, Tóra Lamhauge"
    assert _names(text, [_span(text, "Ryggi, Tóra")]) == ["Sunniva á Ryggi", "Tóra Lamhauge"]
