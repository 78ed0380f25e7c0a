"""Paired name labels of scanned forms (``text_name_forms``), Korean names (``text_name_korean``) and
doubled Filipino given names (``text_name_doubled``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_doubled import doubled_name_spans
from safe_synthesizer.pii.text_name_forms import form_name_spans
from safe_synthesizer.pii.text_name_korean import korean_name_spans


def _found(spans, text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eftirnafn / Fornafn: GUDRUNARDOTTIR /\nSigrún Sími:\n+354 640 4077",
         [("GUDRUNARDOTTIR", "last_name"), ("Sigrún", "first_name")]),
        ("Priimek / Ime: KOVAČ /\nMarta Telefon: 030 111 222", [("KOVAČ", "last_name"), ("Marta", "first_name")]),
        ("Nom / Prénom : DUPONT / Jean-Luc\nTél: 01 23", [("DUPONT", "last_name"), ("Jean-Luc", "first_name")]),
        ("First name / Surname: Anna / Nowak", [("Anna", "first_name"), ("Nowak", "last_name")]),
        ("姓 / 名: 佐藤 /\n花子 電話: 03", [("佐藤", "last_name"), ("花子", "first_name")]),
        ("Фамилия / Име: ПЕТРОВА /\nМария Телефон:", [("ПЕТРОВА", "last_name"), ("Мария", "first_name")]),
    ],
)  # fmt: skip
def test_paired_label_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(form_name_spans, text) == expected


@pytest.mark.parametrize("text", ["Nom / Prénom: 12 / 3", "Surname: SMITH", "either / or: this / that"])
def test_no_paired_label(text: str) -> None:
    assert form_name_spans(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("성명: 윤지혜\n생년월일:\n1989.12.18", ["윤지혜"]),
        ("인수인계: 4호실 김현주님(1967.02.23생) 안정적. 가족 백재호님이 연락 요청.", ["김현주", "백재호"]),
        ("보호자 정미숙 동의함", ["정미숙"]),
    ],
)
def test_korean_names(text: str, names: list[str]) -> None:
    assert [n for n, _ in _found(korean_name_spans, text)] == names


@pytest.mark.parametrize(
    "text", ["고객님 안녕하세요", "선생님께 연락", "부장님이 오셨습니다", "환자 정보는 없음", "가족 이사 예정"]
)
def test_korean_words_of_address_stay(text: str) -> None:
    assert korean_name_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Banns read for JUN-JUN ROJAS of this parish", "JUN-JUN ROJAS"), ("[21:05] Len-Len Cruz: ok", "Len-Len Cruz")],
)
def test_doubled_given_names(text: str, name: str) -> None:
    assert [n for n, _ in _found(doubled_name_spans, text)] == [name]


@pytest.mark.parametrize("text", ["it was So-So really", "Bora-Bora Resort", "Baden-Baden Kurhaus", "Ha-Ha Cruz"])
def test_doubled_words_stay(text: str) -> None:
    assert doubled_name_spans(text) == []
