"""Birth dates in brackets after a name written in a script without capitals (session 43): registers and
manifests write ``Guest 柴秀兰 (1983/11/03)`` or ``Bed 3: अमित शर्मा (12/05/1961)`` as they write
``Femke de Boer (07-12-1941)``."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_date_heading import script_name
from safe_synthesizer.pii.text_patterns import pattern_spans


def _births(text: str) -> list[str]:
    spans = pattern_spans(text, ("GB",), frozenset({E.DATE_OF_BIRTH}))
    return [text[a:b] for a, b, e in spans if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Check-in 2B: 陈静 (1975年6月1日), late.", "1975年6月1日"),
        ("Passenger list: 王秀英 (1962/08/19) seat 4A", "1962/08/19"),
        ("Visitor 佐藤直樹 (1958/03/02) signed in", "1958/03/02"),
        ("Guest 이서연 (1990.05.04) checked in", "1990.05.04"),
        ("Bed 3: अमित शर्मा (12/05/1961) transferred", "12/05/1961"),
        ("Member דוד כהן (11/02/1960) renewed", "11/02/1960"),
    ],
)
def test_bracketed_birth_date_after_a_script_name(text: str, date: str) -> None:
    assert _births(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "陈静 (2025/03/01) 到达",  # a recent date: the arrival
        "Meeting 会议记录 (1990/02/09)",  # no name: minutes
        "ભાડું ચૂકવ્યું (14 July 1997)",  # "rent paid": no listed name
        "Paid: تم الدفع (03/04/1958)",  # function words
    ],
)
def test_bracketed_dates_after_other_words_stay(text: str) -> None:
    assert _births(text) == []


def test_script_name() -> None:
    assert script_name("孙丽娟") and script_name("রাহুল সেন")
    assert not script_name("会议") and not script_name("Angel")
