"""Phones after weak cues, Chinese mobiles and national ids without a cue word in free text (issue 11)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import national_id_spans, phone_spans


def _found(spans, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in spans]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Direct line 30944624 | anna@example.com", "30944624"),  # "direct line": a strong cue
        ("Contact Christian Petersen-Lund on 42 65 83 43.", "42 65 83 43"),  # weak "on", Danish pairs
        ("Direct line 08-01 27 16 | x", "08-01 27 16"),  # Swedish area code and pairs
        ("Direct line 6197 9082 |", "6197 9082"),
        ("请致电 138 0013 8000 谢谢", "138 0013 8000"),  # Chinese cue word, no \b before it
        ("Ref 138 0013 8000", "138 0013 8000"),  # a Chinese mobile in its 3-4-4 layout
        ("Tel (270) 704-3800 ext. 0808 after 5pm", "(270) 704-3800 ext. 0808"),
    ],
)
def test_phone_after_any_cue(text: str, number: str) -> None:
    assert number in _found(phone_spans(text, PHONE_REGIONS), text)


@pytest.mark.parametrize(
    "text",
    [
        "paid on 12 500 000 today",  # an amount in thousands groups
        "order no 4265 8343 shipped",  # "no" names an identifier
        "Order number 42 65 83 43 was late",
        "on 12.03.2024 we met",
        "invoice 13800138000 paid",  # 11 bare digits without a cue stay
    ],
)
def test_no_phone_in_amounts_dates_and_order_numbers(text: str) -> None:
    assert phone_spans(text, PHONE_REGIONS) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sick leave: Liwia Elert (981230/8726) off from Monday.", "981230/8726"),  # cz.rc layout
        ("Sick leave: Eliza Lindau (260901/146) off.", "260901/146"),  # pre-1954 nine-digit birth number
        ("Sick leave: 倪 淑兰 (341525198010139621) off.", "341525198010139621"),  # county code retired since
        ("Sick leave: Willi Jaszcz (11251879613) off.", "11251879613"),  # PESEL: rare by chance
        ("身份证号：11010519491231002X", "11010519491231002X"),
        ("TC 10000000146 verified", "10000000146"),
    ],
)
def test_national_id_without_cue(text: str, value: str) -> None:
    assert value in _found(national_id_spans(text, PHONE_REGIONS), text)


def test_bare_weak_ids_and_phones_stay() -> None:
    # A 12-digit Verhoeff number passes one time in twelve: no cue, no layout -> not an id.
    assert V.text_national_id("898259791900") is None
    assert V.national_id_scheme("898259791900") == ("in.aadhaar", False)
    # An 11-digit UK phone that happens to pass a weak scheme is a phone, not an id.
    assert national_id_spans("call 01386440849 now", PHONE_REGIONS) == []
    assert V.text_national_id("981230/8726") == "cz.rc"
    assert V.text_national_id("9812308726") == "cz.rc"


def test_china_ric_checks_date_and_check_character() -> None:
    assert V.is_national_id("341525198010139621")
    assert not V.is_national_id("341525198010139622")  # wrong check character
    assert not V.is_national_id("341525198013139621")  # month 13
    assert not V.is_national_id("991525198010139621")  # no province 99
