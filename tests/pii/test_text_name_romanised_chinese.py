"""Romanised Chinese names, family name first (Singapore, Malaysia, Hong Kong notes; session 36)."""

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_romanised_chinese import romanised_chinese_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in romanised_chinese_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Full name: Goh Jie Yong\nUsername: x", "Goh Jie Yong"),
        ("order placed under Low Ling Fen, never arrived", "Low Ling Fen"),
        ("PASSENGER TAN WEI MING", "TAN WEI MING"),
        ("Tan Wei-Ming signed", "Tan Wei-Ming"),
        ("Lim Weiming signed", "Lim Weiming"),
        ("msg from lee mei xin: call back", "lee mei xin"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "he ran long and fast",
        "the tan ran long",
        "Ho Ho Ho merry Christmas",
        "Blk 56 Ang Mo Kio Ave 3",
        "I love the Tan Long pants",
        "lee mei xin said hi",  # lower case without a cue
    ],
)
def test_not_names(text: str) -> None:
    assert _found(text) == []


def test_registered_in_name_pairs() -> None:
    text = "Contact Ang Hui Kai."
    assert any(text[a:b] == "Ang Hui Kai" for a, b, _ in name_pair_spans(text))
