"""A Korean family name alone after a Latin-script title (set 26's ko_KR notes kept ``Owner Mrs 김 wants ...``:
text last names 0.00; my own sentences here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_korean import korean_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in korean_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Please ring Mr 박 after lunch.", "박"), ("Dr. 남궁 signed the form.", "남궁"), ("Ms 윤, room 4", "윤")],
)
def test_titled_family_names(text: str, name: str) -> None:
    assert _found(text) == [(name, "last_name")]


@pytest.mark.parametrize("text", ["Mrs 김치 is food", "Mr 아이 ok", "bought 김 at the market"])
def test_other_hangul_words_stay(text: str) -> None:
    assert _found(text) == []
