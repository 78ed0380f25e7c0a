"""The table's own people in a script without capitals, found in any row's note by the table's name words."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_caseless_table import caseless_table_name_spans, caseless_table_words


def _found(text: str, people: dict[str, str]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in caseless_table_name_spans(text, people)]


PEOPLE = {"هەژار": "first_name", "ئاسۆ": "last_name", "(52)": "last_name", "<hazhar@example.org>": "last_name",
          "بە": "first_name", "علي": "first_name", "تامرات": "first_name", "ወልዴ": "last_name"}  # fmt: skip


def test_a_table_name_word_in_a_note_of_its_own_script_is_a_name_whatever_the_frame() -> None:
    assert _found("هاتووە بۆ هەژار ئاسۆ لە دوکان", PEOPLE) == [("هەژار ئاسۆ", "name")]
    assert _found("پارەکە بدە بە هەژار 0750 123 4567", PEOPLE) == [("هەژار", "first_name")]


def test_a_caseless_name_in_a_latin_note_is_found_by_the_table_not_the_cue() -> None:
    assert _found("Sorry, ئاسۆ missed the bus again", PEOPLE) == [("ئاسۆ", "last_name")]
    assert _found("Response to ወልዴ 3-star review", {"ወልዴ": "last_name"}) == [("ወልዴ", "last_name")]


def test_keyboard_variants_of_arabic_letters_are_the_same_name() -> None:
    # Persian/Kurdish keyboards write ی and ک where Arabic writes ي and ك.
    assert _found("سلام به كريم", {"کریم": "first_name"}) == [("كريم", "first_name")]


def test_short_words_words_glued_to_digits_and_words_no_column_holds_are_left() -> None:
    assert _found("بە ئەم شتە", PEOPLE) == []  # a two-letter word alone is a preposition as often
    assert _found("فلیت هەژار3", PEOPLE) == []
    assert _found("کتێبەکە لە سەر مێزە", PEOPLE) == []
    assert _found("Call Ahmed on 0770", PEOPLE) == []  # Latin words are table_people_spans' job


def test_words_another_span_holds_are_left_to_it() -> None:
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "بدە بە هەژار ئاسۆ"
    held = [TextSpan(7, 17, "name", 0.9)]
    assert caseless_table_name_spans(text, PEOPLE, held) == []


def test_the_vocabulary_keeps_only_caseless_words_without_the_cells_punctuation() -> None:
    words = caseless_table_words(PEOPLE)
    assert "هەژار" in words and "(52)" not in words and "<hazhar@example.org>" not in words
    assert caseless_table_name_spans("هەژار", {}) == []


def test_a_word_closing_the_run_after_a_given_name_is_its_family_name() -> None:
    given = {"هەژار": "first_name", "ژیان": "first_name"}
    assert _found("ساڵیادت پیرۆز بێت هەژار دلشاد! بەخێربێیت", given) == [("هەژار دلشاد", "name")]
    assert _found("Response to ژیان کامەران 4-star review", given) == [("ژیان کامەران", "name")]
    # The run's end at the sentence's end is as often the verb: "ژیان هات" (Zhyan came).
    assert _found("ئەمڕۆ ژیان هات", given) == [("ژیان", "first_name")]
    assert _found("بۆ ژیان نووسی و ڕۆیشت", given) == [("ژیان", "first_name")]


def test_a_family_word_left_alone_after_trimming_a_short_given_name_is_no_name() -> None:
    # "عل" (two letters) is trimmed from the stretch's edge; the unknown word after it is not taken alone.
    assert _found("سلام عل قصیر!", {"عل": "first_name"}) == []
