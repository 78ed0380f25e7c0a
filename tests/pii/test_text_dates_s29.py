"""Dates of birth in text written as handovers and forms of more languages write them (held-out set 14:
ru_RU 0.42, ko_KR 0.41, uk_UA 0.50, zh_CN 0.56, it 0.63-0.71, tr_TR 0.66): a cue after the date (``г.р.``,
``р.н.``, ``생``), "born" with both genders' endings (``nato/a il``), abbreviated cues (``d.t.``), Korean
dates in words. Dates that are not births (visits, events, the "г." of a year) stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cjk_dates import cjk_birth_date_spans
from safe_synthesizer.pii.text_dates_local import shift_month_name_date
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("US",), _WANTED) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Paziente Rossi (nato/a il 13/01/1963) in reparto.", "13/01/1963"),
        ("Sig.ra Bianchi, nata/o a Pavia il 29.06.1961, dimessa.", "29.06.1961"),
        ("Paciente nacido(a) el 03/04/1950, ingresa por urgencias.", "03/04/1950"),
        ("Utente nascido/a em 12-05-1972, contactar.", "12-05-1972"),
        ("Patient né·e le 03/04/1950, sortie demain.", "03/04/1950"),
        ("Pacjent urodzony/a 05.06.1944, bez zmian.", "05.06.1944"),
        ("Hasta Yılmaz (d.t. 09.10.1981) stabil.", "09.10.1981"),
        ("Hasta doğ. tar. 17.06.1953, taburcu.", "17.06.1953"),
        ("Пациентка Князева (18.03.1939 г.р.) стабильна.", "18.03.1939"),
        ("Больной Иванов И.И., 12.05.1961 года рождения, поступил 03.04.2024.", "12.05.1961"),
        ("Пацієнтка Товстуха (05.05.1976 р.н.) стабільно.", "05.05.1976"),
        ("Іван Бойко, 21.11.1951 р. н., виписаний.", "21.11.1951"),
        ("인수인계: 김현주님(1967.02.23생) 안정적.", "1967.02.23"),
        ("환자 1967년 2월 23일생, 상태 안정.", "1967년 2월 23일"),
        ("생년월일: 1958년 02월 27일", "1958년 02월 27일"),
        ("출생일 1958.02.27 / 연락처 010-1234-5678", "1958.02.27"),
        ("交班：4床 单瑜（出生1940年07月19日）病情稳定。", "1940年07月19日"),
        ("Matti Virtanen (s. 1.2.1950) asuu Espoossa.", "1.2.1950"),
        ("Potilas 1.2.1950 syntynyt, kotiutettu.", "1.2.1950"),
        ("Max Müller (* 12.03.1950) verlegt", "12.03.1950"),
        ("Paciente Pérez, F.N.: 12/03/1950, alta.", "12/03/1950"),
        ("Paciente Souza, D.N. 12/03/1950.", "12/03/1950"),
    ],
)
def test_birth_dates_of_handovers_and_forms(text: str, date: str) -> None:
    assert _dobs(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Поступил 03.04.2024 г. в 10:00, выписан 05.04.2024 г.",  # "г." of a year is no birth cue
        "Поступил 03.04.2024 г. р-н Центральный",
        "Кабінет 12, прийом 03.04.2024 р. о 10:00",
        "방문일 2024년 3월 1일 진료, 다음 예약 2024.03.15 생산팀",
        "Kontrolle am 03.04.2024, s. 12.03.2024 Befund",  # German "s." (siehe) before a date
        "Vardiya 09.10.2024, d.t. yok",
        "Termine:\n* 12.03.2024 Kontrolle",  # a bullet, not the star for "born"
        "Preis 5 * 12.03.2024",
        "Consegna turno 13/01/2024: nato un problema di rete",  # "nato" not right before the date's phrase
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert _dobs(text) == []


def test_chinese_bare_born_cue_glued_to_the_word_before() -> None:
    text = "患者出生1940年07月19日，病情稳定。出生地北京。"
    assert [text[a:b] for a, b, _ in cjk_birth_date_spans(text)] == ["1940年07月19日"]


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("1967년 2월 23일", 10, "1967년 3월 5일"),
        ("1967년 02월 23일", -30, "1967년 01월 24일"),
        ("1967년2월3일", 1, "1967년2월4일"),
        ("1967년 2월 30일", 1, None),
    ],
)
def test_korean_dates_shift_in_their_own_layout(value: str, days: int, expected: str | None) -> None:
    assert shift_month_name_date(value, days) == expected
