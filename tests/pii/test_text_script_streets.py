"""Street lines in Hebrew, Persian/Arabic, Georgian, Armenian and Azerbaijani notes."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_streets import script_street_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in script_street_spans(text)}, key=len, reverse=True)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ביקור בית אצל יעל מלכה ברחוב הרצל 5. האח", "הרצל 5"),
        ("כתובת / Address: מזרחי יוסף 28, עמיר 9040524 | ת.ז.", "מזרחי יוסף 28, עמיר 9040524"),
        (
            "address set to خیابان فردوسی، پلاک 30, اصفهان 10312-73956; 10:05",
            "خیابان فردوسی، پلاک 30, اصفهان 10312-73956",
        ),
        ("391 شارع أمين بحري", "391 شارع أمين بحري"),
        ("ვიზიტი, მისამართი რიონის ქ. 89. ძმა", "რიონის ქ. 89"),
        ("Կոմիտասի փողոց 8, բն. 6", "Կոմիտասի փողոց 8, բն. 6"),
        ("ünvan Bülbül küç. 73B. Qardaşı", "Bülbül küç. 73B"),
        ('"address": "Rəşid Behbudov prospekti 176, Şirvan AZ9577"}', "Rəşid Behbudov prospekti 176, Şirvan AZ9577"),
    ],
)
def test_street_lines_are_found_whole(text: str, street: str) -> None:
    assert _found(text)[0] == street


def test_a_line_ending_in_a_postcode_is_also_offered_without_it() -> None:
    # The phone rule may take "10312-73956" (it dials in Iran) and outranks a street: the line must survive it.
    text = "خیابان فردوسی، پلاک 30, اصفهان 10312-73956"
    assert "خیابان فردوسی، پلاک 30, اصفهان" in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "تظاهرات در خیابان انقلاب برگزار شد",
        "רחוב סגור לתנועה בגלל עבודות.",
        "חדר 12 בקומה 3, פגישה בשעה 10:00.",
        "شارع الملك فهد مزدحم في ساعات الذروة.",
        "ქ. თბილისი, საქართველოს დედაქალაქი.",
        "Nizami küçəsi bu gün bağlıdır.",
    ],
)
def test_street_words_without_a_house_number_are_no_address(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("session 5. lives at בן צבי שמעון 40, stairs to 2nd floor", "בן צבי שמעון 40"),
        ("{'client': 'x', 'street': 'ענזה 04', 'visits': 3}", "ענזה 04"),
    ],
)
def test_script_words_and_a_house_number_in_a_latin_note_are_a_street(text: str, street: str) -> None:
    assert _found(text)[0] == street


def test_a_persian_line_with_the_number_first_and_the_street_word_after_the_name() -> None:
    text = "بازدید از منزل فاطمه نیلوفری در 39573 یزدی تقاطع واحد 059. برادرش"
    assert _found(text)[0] == "39573 یزدی تقاطع واحد 059"
    assert _found("در 3 روز آینده جنب") == []


def test_a_latin_placing_word_marks_a_script_line_in_a_note_full_of_script_names() -> None:
    # Armenian and Georgian names outnumber the Latin words, so the note-wide count no longer tells; "to"/"at" does.
    text = "Memo: client Պետրոսյան asked for a copy to Աբովյան 21. Cc: Աննա Մելքոնյան, Գոհար Սարգսյան"
    assert "Աբովյան 21" in _found(text)
    text = "Parcel left at ჭავჭავაძის 17 for გიორგი ბერიძე, ნინო კაპანაძე"
    assert "ჭავჭავაძის 17" in _found(text)
    assert _found("Note: Աննա Մելքոնյան 3 times, Գոհար Սարգսյան Սարգսյան Սարգսյան") == []
