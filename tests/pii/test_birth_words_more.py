"""Birth words of more languages (birth_words_more), read by birth_words_world's cue reader."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.birth_words_more import MORE_BIRTH_WORDS
from safe_synthesizer.pii.birth_words_world import world_birth_cue_spans

TODAY = date(2026, 12, 7)


def test_table_format() -> None:
    for words, roots in MORE_BIRTH_WORDS.values():
        assert words == words.casefold() and roots == roots.casefold()
    assert "dzi" not in MORE_BIRTH_WORDS["ee"][0].split()  # also "heart", "on": not alone


@pytest.mark.parametrize(
    ("note", "date_text"),
    [
        ("Kpɔla: Kofi Mensah, Wodzi: 27·02·1947, fon 024 000 0000", "27·02·1947"),  # Ewe
        ("Mentor: Ali Amrani, ilul ass n 13–07–1980, tiliɣri 0550 00 00 00", "13–07–1980"),  # Kabyle
        ("Guardia: Paulu Santoni, natu u 02·03·1992, tel. 06 00 00 00 00", "02·03·1992"),  # Corsican
        ("Mothusi: Kagiso Molefe, o tsholetswe ka 06·02·1961, mogala 71 000 000", "06·02·1961"),  # Tswana
        ("Tiaʻi: Teva Tapu, fanauhia i te 18–05–1979, niuniu 87 00 00 00", "18–05–1979"),  # Tahitian
        ("ሓላዊ: ዳዊት ተስፋይ, ዕለት ልደት: 17·04·1958, ስልኪ 091 000 0000", "17·04·1958"),  # Tigrinya
    ],
)
def test_a_birth_date_after_the_word_is_found(note: str, date_text: str) -> None:
    spans = world_birth_cue_spans(note, today=TODAY)
    assert [note[a:b] for a, b, _ in spans] == [date_text]


@pytest.mark.parametrize(
    "note",
    [
        "Ðevi dzikpɔla: Kofi, fon 024 000 0000, 27·02·2027",  # a carer's title, no birth word; a future date
        "natu u 02·03·2031",  # not yet born
        "ilul ass n 2024-13-45",  # no date
    ],
)
def test_no_birth_date_without_a_birth_word_and_a_past_date(note: str) -> None:
    assert world_birth_cue_spans(note, today=TODAY) == []
