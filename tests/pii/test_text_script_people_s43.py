"""Script names before a phone number, before a comma and the next address, after an English title, with a
curly apostrophe, hyphenated, or a given name of two words (session 43)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_people import script_people_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in script_people_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Next of kin: सुनीता वर्मा 098123 45678, call after 6", "सुनीता वर्मा"),  # a phone, no house number
        ("Backup contact يوسف الحربي 050 123 4567 (brother)", "يوسف الحربي"),
        ("Drop-off list:\n- نرگس احمدی, 52 خیابان نوبخت\n- back door", "نرگس احمدی"),  # the next address
        ("Booked by सरस्वती डी’मेलो for Friday", "सरस्वती डी’मेलो"),  # a curly apostrophe inside the name
        ("Tell علی رضا the van is late.", "علی رضا"),  # a given name of two words
    ],
)
def test_names_found(text: str, name: str) -> None:
    assert name in [v for v, _ in _spans(text)]


@pytest.mark.parametrize(("text", "surname"), [("Dr বসু-মল্লিক signed off the rota.", "বসু-মল্লিক")])
def test_a_script_word_after_an_english_title_is_the_surname(text: str, surname: str) -> None:
    assert (surname, "last_name") in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "visited לסקוב חיים 30 yesterday",  # a street named after a person, with its house number
        "parcel for רחוב הרצל 5, floor 2",
    ],
)
def test_streets_with_house_numbers_stay_streets(text: str) -> None:
    assert not [v for v, e in _spans(text) if e == "name"]
