"""Person names in Hebrew, Persian/Arabic, Georgian, Armenian and Indic notes (one rule for every script),
and the whole-cell reading the person-column check uses."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_people import script_people_spans, script_person_value


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in script_people_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ביקור בית אצל יעל מלכה ברחוב הרצל 5. האח ראובן טל חותם כערב", ["יעל מלכה", "ראובן טל"]),
        ("ვიზიტი მსესხებელთან მირიან გულიაშვილი, მისამართი რიონის ქ. 89", ["მირიან გულიაშვილი"]),
        ("10:02 changed name from سارا فرجی to اسرا مهدیان; 10:03", ["سارا فرجی", "اسرا مهدیان"]),
        ('"full_name": "ابوالفضل همدانی"}, {"full_name": "اميرحسين ربانی"}', ["ابوالفضل همدانی", "اميرحسين ربانی"]),
        ("دکتر اسرا مهدیان و آقای محمد شمشیری", ["اسرا مهدیان", "محمد شمشیری"]),
        ('פגישה עם ד"ר כהן מחר', ["כהן"]),
        ("Պարոն Աբել Չիլինգարյան", ["Աբել Չիլինգարյան"]),
        ("राहुल जैन और श्री गोपाल नायर", ["राहुल जैन", "गोपाल नायर"]),
        ("অভিষেক পোদ্দার এসেছেন", ["অভিষেক পোদ্দার"]),
    ],
)
def test_listed_pairs_and_titled_names_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_an_unlisted_georgian_surname_is_read_by_its_ending() -> None:
    # "-შვილი" (child of) is a family-name ending only: a listed given name before it is a person.
    assert _found("ძმა თემურ ბლაბლაშვილი თავდებია") == ["თემურ ბლაბლაშვილი"]


def test_a_person_pair_before_a_house_number_is_a_street() -> None:
    # Israel names streets family name first ("לסקוב חיים 30"): the street rules take the line.
    assert _found("כתובת: לסקוב חיים 30, נטע") == []


@pytest.mark.parametrize(
    "text",
    [
        "שמש חזקה היום, מומלץ לשתות מים ולשבת בצל.",
        "ברק ורעמים צפויים בצפון הארץ בסוף השבוע.",
        "עץ אלון גדול עומד בכניסה לפארק הלאומי.",
        "خانم ها و آقایان، خوش آمدید.",
        "دکتر گفت که باید استراحت کنم.",
        "نور الشمس وأمل المستقبل يضيئان الطريق.",
        "სინათლე და იმედი ყველას სჭირდება.",
        "आशा और विश्वास के साथ नया साल शुरू हुआ।",
    ],
)
def test_prose_without_names_gives_no_span(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("יעל מלכה", (True, True)),
        ("ბატონი მირიან გულიაშვილი", (True, True)),
        ("دکتر اسرا مهدیان", (True, True)),
        ('ד"ר ניקול פוקס', (True, True)),
        ("כתובת מגורים", (False, False)),
        ("מזרחי יוסף 28", None),
        ("Maria Rossi", None),
    ],
)
def test_whole_cells(value: str, expected: tuple[bool, bool] | None) -> None:
    assert script_person_value(value) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dear גב' פלדמן, we are sorry", ("פלדמן", "last_name")),
        ("آقای رضایی آمد", ("رضایی", "last_name")),
        ("ბატონი ბლაბლა მოვიდა", ("ბლაბლა", "last_name")),
    ],
)
def test_a_courtesy_title_marks_an_unlisted_surname(text: str, span: tuple[str, str]) -> None:
    assert [(text[a:b], e) for a, b, e in script_people_spans(text)] == [span]


@pytest.mark.parametrize("text", ["גב' של הכיסא", "السيد الرئيس افتتح المؤتمر"])
def test_a_courtesy_title_before_a_function_word_or_a_role_is_no_name(text: str) -> None:
    assert _found(text) == []


def test_a_listed_surname_alone_in_a_latin_note_is_a_person_but_a_town_is_not() -> None:
    assert _found("roster: გულიაშვილი off sick") == ["გულიაშვილი"]
    assert _found("Order shipped to תל אביב warehouse") == []
