"""The repeats of a one-word name span in the same cell."""

from safe_synthesizer.pii.text_name_repeated_lone import repeated_lone_name_spans


def test_a_lone_speaker_repeated() -> None:
    text = "sabrina: is he in? / Jo: yes / sabrina: ok"
    assert repeated_lone_name_spans(text, [(0, 7, "name")]) == [(31, 38, "name")]


def test_a_given_name_repeated_keeps_its_entity() -> None:
    text = "Ask Vinko at the desk. Vinko has the key"
    assert repeated_lone_name_spans(text, [(4, 9, "first_name")]) == [(23, 28, "first_name")]


def test_an_ordinary_word_at_a_sentence_start_stays() -> None:
    text = "Spoke to Will today. Will you call back?"
    assert repeated_lone_name_spans(text, [(9, 13, "first_name")]) == []


def test_only_one_word_names_and_whole_words() -> None:
    text = "Ingrid Berg rang. Ingrid and Ingridsen came. Berg"
    assert repeated_lone_name_spans(text, [(0, 11, "name")]) == []
    assert repeated_lone_name_spans(text, [(0, 6, "first_name")]) == [(18, 24, "first_name")]
