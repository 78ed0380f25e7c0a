"""Korean names standing alone or glued to a particle (``text_name_korean``, rule 3)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_korean import korean_name_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in korean_name_spans(text)})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NAME: 이영철\ndate of birth: 1947.04.18", ["이영철"]),
        ("2024.12.25 송예준 메모: 황종수 고객 이중 결제 문의 (카드 5568).", ["송예준", "황종수"]),
        ("고미정 처방 재발급 요청, 주민번호 591919-0855118", ["고미정"]),
        ("김민수씨가 오늘 방문했습니다", ["김민수"]),
        ("박지영님은 내일 오십니다", ["박지영"]),
        ("이영철의 주소가 바뀌었습니다", ["이영철"]),
    ],
)
def test_listed_korean_names_alone_or_glued(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    ["이번주 일정 확인 부탁드립니다", "정보는 이메일로 보냈습니다", "대한민국 서울특별시 강남구", "고객님 문의"],
)
def test_ordinary_korean_words_stay(text: str) -> None:
    assert _found(text) == []
