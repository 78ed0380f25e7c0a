"""A street's house number is no phone's first group across a stop (``Laurierhof 31. 06 45127833``)."""

from __future__ import annotations

from safe_synthesizer.pii.street_number_phone_cut import cut_phones_at_street_numbers
from safe_synthesizer.pii.text_spans import TextSpan


def _span(text: str, part: str, entity: str) -> TextSpan:
    start = text.index(part)
    return TextSpan(start, start + len(part), entity, 0.9)


def test_phone_swallowing_a_house_number_across_a_stop_is_cut_back() -> None:
    text = "Visit done, dog fine, Laurierhof 31. 06 45127833"
    street = _span(text, "Laurierhof 31", "street_address")
    phone = _span(text, "31. 06 45127833", "phone_number")
    out = cut_phones_at_street_numbers(text, [street, phone], "NL")
    assert out[0] == street
    assert text[out[1].start : out[1].end] == "06 45127833"


def test_comma_and_other_scripts_of_numbers_too() -> None:
    text = "livré au 14 chemin des Aubépines, 45; 0612 44 87 90 appeler avant"
    street = _span(text, "14 chemin des Aubépines, 45", "street_address")
    phone = _span(text, "45; 0612 44 87 90", "phone_number")
    out = cut_phones_at_street_numbers(text, [street, phone], "FR")
    assert text[out[1].start : out[1].end] == "0612 44 87 90"


def test_phone_without_a_stop_or_without_a_street_is_kept() -> None:
    text = "Kerkstraat 12 34 56 78 90"
    street = _span(text, "Kerkstraat 12", "street_address")
    phone = _span(text, "12 34 56 78 90", "phone_number")
    assert cut_phones_at_street_numbers(text, [street, phone], "NL")[1] == phone  # no stop: one number
    alone = "ring 31. 06 45127833"
    only = _span(alone, "31. 06 45127833", "phone_number")
    assert cut_phones_at_street_numbers(alone, [only], "NL") == [only]


def test_rest_that_is_no_phone_is_left_as_found() -> None:
    text = "Laurierhof 31. 0612"
    street = _span(text, "Laurierhof 31", "street_address")
    phone = _span(text, "31. 0612", "phone_number")
    assert cut_phones_at_street_numbers(text, [street, phone], "NL")[1] == phone
