"""Tests for caseless_places: place words in scripts without capitals."""

import pytest

from safe_synthesizer.pii.caseless_places import caseless_place_word


@pytest.mark.parametrize("value", ["السالمية", "مدينة الكويت", "תל אביב", "नई दिल्ली", "ثاني", "თბილისი", "เชียงใหม่"])
def test_caseless_words(value: str) -> None:
    assert caseless_place_word(value)


@pytest.mark.parametrize(
    "value", ["قطعة 5، شارع 9", "منزل ٧", "Hawalli", "سالمية Block 4", "", "شارع، منزل", "אחד שתיים שלוש ארבע חמש"]
)
def test_other_values(value: str) -> None:
    assert not caseless_place_word(value)
