"""Korean road-name and lot-number addresses in free text (text_korean_places)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_korean_places import korean_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in korean_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("새 주소는 서울특별시 종로구 세종대로 209 (세종로)입니다.", "서울특별시 종로구 세종대로 209 (세종로)"),
        (
            "주소: 대전광역시 중랑구 영동대32길 862 (현정장이마을)\n, 98898 횡성군",
            "대전광역시 중랑구 영동대32길 862 (현정장이마을)",
        ),
        (
            "배송지 경기도 성남시 분당구 판교역로235번길 12, 101동 1001호 문앞",
            "경기도 성남시 분당구 판교역로235번길 12, 101동 1001호",
        ),
        ("전북특별자치도 평창군 삼성7가 지하238 (채원박읍)", "전북특별자치도 평창군 삼성7가 지하238 (채원박읍)"),
        ("부산 서구 구덕로 120에서 만나요", "부산 서구 구덕로 120"),
        ("사무실은 테헤란로 152에 있어요", "테헤란로 152"),
        ("지번: 서울 강남구 역삼동 123-45번지", "서울 강남구 역삼동 123-45번지"),
        ("경기도 가평군 가평읍 읍내리 산 12", "경기도 가평군 가평읍 읍내리 산 12"),
    ],
)
def test_korean_addresses_are_found_whole(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "택시로 5분 걸려요. 가는 길 3번 출구로 나오세요.",
        "가족 백재호님이 +82 10-2009-5116로 연락 요청.",
        "이메일로 2024.05.01 보냈어요. 버스로 3번 갈아탔고 오후로 3시 예약.",
        "이동거리 10km, 대기 2시간",
        "4호실 김현주님(1967.02.23생) 안정적.",
    ],
)
def test_korean_prose_with_numbers_is_no_address(text: str) -> None:
    assert _found(text) == []


def test_a_prose_word_before_the_road_stays_out() -> None:
    # "다시" (again) ends like a city ("…시") but one syllable before 시 is an ordinary word.
    assert _found("다시 세종대로 12로 가요") == ["세종대로 12"]


def test_street_spans_reads_korean_addresses() -> None:
    text = "새 주소는 서울특별시 종로구 세종대로 209입니다."
    assert [text[s:e] for s, e, _ in street_spans(text)] == ["서울특별시 종로구 세종대로 209"]
