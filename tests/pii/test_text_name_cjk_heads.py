"""text_name_cjk_heads: a Chinese record head between a label's closing and a field separator (a listed family
name, given-name characters), and the given name of a found full name alone elsewhere in the note."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_cjk_heads import cjk_head_name_spans, with_cjk_head_names
from safe_synthesizer.pii.text_spans import TextSpan


def _found(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    return [text[a:b] for a, b, _ in cjk_head_name_spans(text, spans or [])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("續會：陳美玲，出生日期 3/4/1980，HKID: A123456(7)", "陳美玲"),
        ("想睇樓 — 王志明，而家住12 Nathan Road", "王志明"),
        ("登記: 李麗華、電話 6123 4567", "李麗華"),
    ],
)
def test_a_record_head_of_a_family_name_and_given_name_characters(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "備註：高級會員，請留意",
        "顏色：黃色，大號",
        "地址：林口路，三樓",
        "聯絡：陳先生，電話 6123 4567",
        "備註—王府井，很好",
        "續會：黃詠詩嘅朋友，出生日期",
    ],
)
def test_no_head_of_words_places_or_honorifics(text: str) -> None:
    assert _found(text) == []


def test_the_given_name_of_a_found_full_name_alone_elsewhere() -> None:
    text = "Car broke down; 志明 towed by @王志明. Sent from my phone - 志明"
    full = text.index("王志明")
    found = _found(text, [(full, full + 3, "name")])
    assert found == ["志明", "志明"]
    assert _found("Met 志明 today") == []  # no full name to echo


def test_with_spans() -> None:
    text = "續會：陳美玲，出生日期 3/4/1980"
    out = with_cjk_head_names(text, [TextSpan(12, 20, "date_of_birth", 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in out] == [("陳美玲", "name"), ("3/4/1980", "date_of_birth")]
