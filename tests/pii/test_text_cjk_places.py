"""Japanese street lines in notes at any granularity (held-out set 10: ja_JP text streets 0.00)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cjk_places import cjk_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, e in cjk_street_spans(text) if e in (E.STREET_ADDRESS, E.ADDRESS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("配達先は本町3-12-8です。", ["本町3-12-8"]),
        ("現住所南青山2-4-15、電話あり。", ["南青山2-4-15"]),  # the cue glued in front is left out
        ("住所：緑ヶ丘14-6", ["緑ヶ丘14-6"]),  # two parts after an address cue
        ("〒150-0001 東京都渋谷区神宮前1丁目2番3号に送付。", ["〒150-0001 東京都渋谷区神宮前1丁目2番3号"]),
        ("宇都宮市中央5-7へ向かう", ["宇都宮市中央5-7"]),  # two parts after a municipality
        ("集合は浅草2丁目14です", ["浅草2丁目14"]),
    ],
)
def test_japanese_address_lines_in_notes(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "電話03-1234-5678まで",  # a phone number
        "会議室12-3で打ち合わせ",  # two parts, no cue, no municipality
        "第3-1-2条を参照",  # an article number
        "型番12-34-56の部品",  # a model number
        "2024-01-05に入荷",  # a date
    ],
)
def test_numbers_that_are_no_addresses(text: str) -> None:
    assert _found(text) == []


def test_lines_the_japanese_check_knows_are_addresses() -> None:
    text = "現場は北上野5-26-4、集合は緑ヶ丘14-6（住所：緑ヶ丘14-6）"
    assert [(text[a:b], e) for a, b, e in cjk_street_spans(text)] == [
        ("北上野5-26-4", E.ADDRESS),
        ("緑ヶ丘14-6", E.STREET_ADDRESS),
    ]


def test_building_names_in_katakana_and_full_width_letters_are_part_of_the_line() -> None:
    text = "現場は西新宿ＮＳビル2-4-1、集合は六本木ヒルズ森タワー6-10-1です。サイズ3-4-5"
    assert _found(text) == ["西新宿ＮＳビル2-4-1", "六本木ヒルズ森タワー6-10-1"]
