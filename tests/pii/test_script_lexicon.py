"""The script lexicon: which script a value is in, how words are keyed, what the lists and titles hold."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.script_lexicon import (
    family_entries,
    given_entries,
    name_key,
    spaced_script_of,
    surname_shaped,
    titles,
    towns,
)


@pytest.mark.parametrize(
    ("value", "script"),
    [("מירא שוויקי", "hebrew"), ("اسرا مهدیان", "arabic"), ("მირიან", "georgian"), ("Աբել", "armenian"),
     ("राहुल जैन", "devanagari"), ("অভিষেক", "bengali"), ("มนรัตน์", "thai"), ("Maria", None)],
)  # fmt: skip
def test_script_of_a_value(value: str, script: str | None) -> None:
    assert spaced_script_of(value) == script


def test_keys_fold_persian_and_arabic_letters_but_keep_indic_vowel_signs() -> None:
    assert name_key("علي") == name_key("علی")  # Arabic and Persian yeh
    assert name_key("محمد\u200cپور") == "محمدپور"  # the zero-width non-joiner inside a compound name
    assert name_key("जैन") != name_key("जन")  # vowel signs spell the word


def test_lists_titles_and_towns() -> None:
    assert ("יעל",) in given_entries("hebrew") and ("מלכה",) in family_entries("hebrew")
    assert ("محمدپور",) in family_entries("arabic")  # "محمد پور" joined too
    assert "ბატონი" in titles("georgian") and "جناب آقای" in titles("arabic")  # Faker's prefixes included
    assert "תל אביב" in towns("hebrew")
    assert surname_shaped("გულიაშვილი", "georgian") and not surname_shaped("ძე", "georgian")
