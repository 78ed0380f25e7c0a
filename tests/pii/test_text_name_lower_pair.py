"""Reading a lower-case name after a cue: given + family, particles, second family names, Hungarian order."""

import pytest

from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens


def _name(text: str) -> str | None:
    tokens = word_tokens(text)
    j = pair_end(text, tokens, 0)
    return None if j is None else text[: tokens[j][1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("michelle rivera thanked all", "michelle rivera"),
        ("alicia van duyvenvoorde sloot de", "alicia van duyvenvoorde"),
        ("szalai anna reported", "szalai anna"),
        ("noé herranz plaza, vecina", "noé herranz plaza"),
        ("eleanor hart collected", "eleanor hart"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize("text", ["clair claire classe", "alta francisco", "will power", "rey domingo", "michelle"])
def test_words_of_the_languages_are_no_names(text: str) -> None:
    assert _name(text) is None
