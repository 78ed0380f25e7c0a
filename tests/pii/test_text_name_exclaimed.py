"""Names in the vocative before an exclamation mark, whatever the greeting's language."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_exclaimed import exclaimed_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in exclaimed_name_spans(text)]


def test_the_clause_after_a_comma_before_the_mark_is_the_name_in_any_language() -> None:
    assert _found("Fanantenana tsara ho anao, Hanitra Rasolofo! Mandra-pihaona") == [("Hanitra Rasolofo", "name")]
    assert _found("Zikomo kwambiri, Chikondi Phiri!") == [("Chikondi Phiri", "name")]
    assert _found("Ko rabwa, Teuea Tabiteuea! Ti a boo") == [("Teuea Tabiteuea", "name")]


def test_after_a_greeting_word_or_a_preposition_after_a_wish() -> None:
    assert _found("Bonne retraite à Ousmane Diallo !") == [("Ousmane Diallo", "name")]
    assert _found("Danke Jonas! Bis bald") == [("Jonas", "first_name")]


def test_another_script_in_a_latin_note_is_the_name() -> None:
    assert _found("Great work today, thank you ژیان! See you soon") == [("ژیان", "first_name")]


def test_clauses_with_ordinary_words_places_or_numbers_are_no_vocative() -> None:
    assert _found("Thanks, Great Job!") == []
    assert _found("Arrived safely, see you Friday!") == []
    assert _found("Love it, runs true to size!") == []
    assert _found("Welcome to London!") == []
    assert _found("Happy Birthday!") == []
    assert _found("Order 12, Table 4!") == []
    assert _found("Ok, Main Street!") == []
