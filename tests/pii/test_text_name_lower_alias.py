"""Lower-case names after the phrases that say under which name a person ran, entered or is known."""

import pytest

from safe_synthesizer.pii.text_name_lower_alias import lower_alias_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_alias_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bib 114 swapped: ran as nicole martin, not the entrant", "nicole martin"),
        ("Guest checked in as linda begum at 23:10", "linda begum"),
        ("Registered as sina kohl-stroh on the start list", "sina kohl-stroh"),
        ("Locally known as jean-paul ferrand", "jean-paul ferrand"),
        ("Member aka nicolas le goff in the old register", "nicolas le goff"),
        ("Im Startfeld angemeldet als dieter finke", "dieter finke"),
        ("ran as kiss erzsébet in the 10k", "kiss erzsébet"),
    ],
)
def test_lower_case_names_after_an_alias_phrase(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she ran as fast as she could",
        "known as the best fit in the store",
        "listed as out of stock, aka sold out",
        "entered as a draft, signed in as admin",
    ],
)
def test_prose_after_as_keeps_its_words(text: str) -> None:
    assert _found(text) == []
