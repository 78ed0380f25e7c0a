"""The letters of the spaced scripts other than Latin, read from the Unicode database."""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_spaced_letters import SPACED_OTHER_LETTERS, spaced_other_letter

_WORD = re.compile(f"[{SPACED_OTHER_LETTERS}]+")


def test_scripts_no_block_list_named_are_letters() -> None:
    # Canadian Syllabics, Cherokee, Tifinagh, N'Ko, Vai, Ol Chiki, Syriac, Georgian Mtavruli, Adlam.
    for word in ("ᐃᓚᐃᔭ", "ᏣᎳᎩ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ߒߞߏ", "ꕙꔤ", "ᱥᱟᱱᱛᱟᱲᱤ", "ܣܘܪܝܝܐ", "ᲓᲐᲗᲝ", "𞤀𞤣𞤤𞤢𞤥"):
        assert _WORD.fullmatch(word), word


def test_the_scripts_of_the_old_lists_are_still_letters() -> None:
    for word in ("Πυθαγόρας", "Иванов", "Արամ", "שרה", "عالية", "गौरी", "குகன்", "ดวงใจ", "로은정", "ዳዊት", "ᠪᠠᠲᠤ"):
        assert _WORD.fullmatch(word), word


def test_latin_digits_punctuation_and_the_unspaced_scripts_are_not() -> None:
    for text in ("Ilaija", "Ça", "ǅ", "ʃ", "123", "٣", "،", "।", "王秀英", "ひらがな", "カタカナ", "ㄅ", "ꆈ", "Ａ"):
        assert not _WORD.search(text), text
    assert spaced_other_letter("\u200d")
