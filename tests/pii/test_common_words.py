from safe_synthesizer.pii.common_words import HEADING_WORDS, common_words, place_names


def test_heading_and_lorem_words_are_common_but_names_are_not() -> None:
    words = common_words()
    assert words >= HEADING_WORDS
    assert {"period", "the", "street"} <= words
    assert "evan" not in words


def test_place_names_are_lower_case_towns() -> None:
    places = place_names()
    assert {"berlin", "madrid"} <= places
    assert all(p == p.lower() for p in list(places)[:200])
