"""Tests of missing_words_world: the world's negative answers are no names."""

from safe_synthesizer.pii.missing_words_world import MISSING_WORDS_WORLD, NAME_LIKE_MISSING


def test_words_of_several_languages_and_scripts():
    for word in ("نییە", "ਨਹੀਂ", "юк", "tewali", "akukho", "pa genyen", "ora ana", "የለም", "ނެތް", "नहीं"):
        assert word in MISSING_WORDS_WORLD


def test_name_like_ones_are_marked():
    assert {"alaa", "babu", "tune"} <= NAME_LIKE_MISSING
    assert NAME_LIKE_MISSING.issubset(MISSING_WORDS_WORLD)


def test_no_common_given_name_of_the_scripts_is_listed():
    for name in ("ਜਸਪ੍ਰੀਤ", "рөстәм", "omar", "maria", "ali"):
        assert name not in MISSING_WORDS_WORLD
