"""Owners named by an independent genitive (text_name_possessive_owner)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_possessive_owner import possessive_owner_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in possessive_owner_spans(text)]


def test_owner_after_a_copula_or_of() -> None:
    assert _found("Spotted a lurcher by the gate - is it Harriet's? h@x.org") == [("Harriet", "first_name")]
    assert _found("I think it was Jean Paul's, not mine.") == [("Jean Paul", "name")]
    assert _found("an old friend of Douglas'.") == [("Douglas", "first_name")]
    assert _found("Ist das Tobias' oder nicht?") == [("Tobias", "first_name")]
    assert _found("Er det Kristians?") == [("Kristian", "first_name")]


def test_no_owner_for_shops_breeds_and_words() -> None:
    assert _found("lunch at Wendy's after the trial") == []
    assert _found("it is Tesco's own brand") == []
    assert _found("it is Tesco's") == []
    assert _found("This is Texel's") == []
    assert _found("it was the dog's.") == []
    assert _found("Is it yours? It is his.") == []
    assert _found("Harriet's dog is back") == []  # a head noun: the possessive-before-noun rules read it
