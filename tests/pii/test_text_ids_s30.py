"""Id numbers after the id words of Indonesian, Vietnamese, Nigerian, Maltese and Taiwanese notes (session 30).

Invented numbers: the cue says what the number is, so no check digit is needed; business numbers after
the same layouts stay.
"""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_ids import cued_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Data pasien: NIK 3201234509870002, KK terlampir", "3201234509870002"),
        ("No. KTP: 3578105612880004", "3578105612880004"),
        ("khách hàng, số CCCD: 079088001234, đã xác minh", "079088001234"),
        ("CMND 025123456 cấp tại TP.HCM", "025123456"),
        ("căn cước công dân 001203004567", "001203004567"),
        ("Applicant NIN: 23456789012, BVN pending", "23456789012"),
        ("K.I. 0045678M, renewed", "0045678M"),
        ("karta tal-identità 512389M", "512389M"),
        ("his id 7812L was checked", "7812L"),
        ("身分證字號：B123456780", "B123456780"),
        ("My ID is Q223456781, thanks", "Q223456781"),
        ("رقم الهوية 1023456789 صالح", "1023456789"),
        ("תעודת זהות 123456782", "123456782"),
        ("เลขประจำตัวประชาชน 1-2345-67890-12-1", "1-2345-67890-12-1"),
        ("Ghana Card GHA-712345678-1 seen", "GHA-712345678-1"),
        ("kitambulisho 23456789", "23456789"),
    ],
)  # fmt: skip
def test_id_after_its_word(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize(
    "text",
    ["order id is 12345678", "Nik bought 5 apples", "the file was 500M", "ticket id 4411G", "Room 204M is free",
     "Staff id 61317G, department Finance"],
)
def test_business_numbers_stay(text: str) -> None:
    assert _found(text) == []
