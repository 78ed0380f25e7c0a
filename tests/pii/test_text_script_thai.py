"""Thai names (titles glued to the given name, a phrase glued before it) and street lines in Thai notes."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_thai import thai_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in thai_spans(text)]


def test_listed_names_after_a_glued_phrase_and_the_street_line() -> None:
    text = "เยี่ยมบ้านผู้กู้ มนรัตน์ ตั้งเผ่า ที่ 91 ถ.นามเสวตร พี่ชาย อรรจน์ ทัศนสุทธิ เป็นผู้ค้ำประกัน"
    assert _found(text) == [
        ("มนรัตน์ ตั้งเผ่า", "name"),
        ("อรรจน์ ทัศนสุทธิ", "name"),
        ("91 ถ.นามเสวตร", "street_address"),
    ]


def test_a_glued_title_marks_an_unlisted_name() -> None:
    assert _found("นายสมศักดิ์ รักดี มาติดต่อ") == [("สมศักดิ์ รักดี", "name")]


def test_the_whole_address_line_with_district_province_and_postcode() -> None:
    text = "ส่งที่ 391/50 ถนนนพคเชนทร์ ต.นาหินลาด จ.นราธิวาส 70830 ค่ะ"
    assert _found(text) == [("391/50 ถนนนพคเชนทร์ ต.นาหินลาด จ.นราธิวาส 70830", "street_address")]


@pytest.mark.parametrize(
    "text",
    [
        "สินค้านี้มีคุณภาพดีและราคาไม่แพง",
        "นายกรัฐมนตรีประกาศนโยบายใหม่วันนี้",
        "นางพยาบาลดูแลผู้ป่วยอย่างดี",
        "คุณภาพของบริการดีมาก ขอบคุณค่ะ",
        "นายจ้างต้องจ่ายค่าจ้างตรงเวลา",
        "ถนนสุขุมวิทรถติดมากตอนเย็น",
        "ร้านอาหารอยู่ที่ชั้น 3 ห้อง 12",
    ],
)
def test_title_compounds_and_street_words_without_a_number_are_no_spans(text: str) -> None:
    assert _found(text) == []


def test_a_listed_thai_surname_alone_in_a_latin_note() -> None:
    assert _found("roster: บัวเผื่อน off sick tues-thurs") == [("บัวเผื่อน", "last_name")]
