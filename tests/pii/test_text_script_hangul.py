"""A listed Korean given name alone in an English note is a person; Korean prose and addresses are not."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_hangul import hangul_given_spans
from safe_synthesizer.pii.text_script_names import script_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in hangul_given_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Key left with 지훈 and 서연 at the desk", ["지훈", "서연"]),
        ("Parents' evening: ask for 민재, room 4.", ["민재"]),
    ],
)
def test_given_names_alone_in_english_notes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "오늘 민재 씨가 왔어요",  # Korean prose: its own rules read it
        "Ring 012-376 2906, 제주특별자치도 동두천시 서초대거리 지하813 first",
        "Deliver to 서울특별시 강남구 테헤란로 152, 정수 building",
    ],
)
def test_korean_prose_and_addresses_hold_no_given_name(text: str) -> None:
    assert _names(text) == []


def test_script_name_spans_reads_the_given_name() -> None:
    text = "Visitor badge for 지훈, escorted."
    assert (18, 20, "name") in script_name_spans(text)
