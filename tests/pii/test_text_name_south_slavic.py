"""Macedonian and Serbian Cyrillic names in notes (text_name_south_slavic, read by text_cyrillic)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cyrillic import cyrillic_name_spans
from safe_synthesizer.pii.text_name_south_slavic import (
    south_slavic_family,
    south_slavic_given,
    south_slavic_shaped,
    to_serbian_cyrillic,
)


def test_serbian_cyrillic_transliteration_is_one_to_one() -> None:
    assert to_serbian_cyrillic("Đurđica Vuković") == "ђурђица вуковић"
    assert to_serbian_cyrillic("Ljubica Njegoš Džamonja") == "љубица његош џамоња"


def test_lists_hold_macedonian_and_serbian_names() -> None:
    assert south_slavic_given("Дарија") and south_slavic_given("Благица") and south_slavic_given("Јелена")
    assert south_slavic_family("Спасовска") and south_slavic_family("РИСТОВСКИ") and south_slavic_family("Вуковић")
    assert not south_slavic_given("Благодарам") and not south_slavic_family("Скопје")


def test_surname_shapes_need_a_south_slavic_letter_or_ending() -> None:
    assert south_slavic_shaped("Пејчиновиќ") and south_slavic_shaped("Јовановић") and south_slavic_shaped("Бојаџиев")
    assert not south_slavic_shaped("Иванов")  # Russian and Bulgarian shapes are text_cyrillic's own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<fullName>Дарија Спасовска</fullName>", "Дарија Спасовска"),  # given name not in ru/uk/bg lists
        ("[user] Бојаџиев, Надица\n", "Бојаџиев, Надица"),
        ("се викам магдалена ѓорѓиевска, живеам", "магдалена ѓорѓиевска"),  # lower case, both listed
        ("Бојан Ѓоргиева дојде", "Бојан Ѓоргиева"),
        ("Милан Јовановић и Јелена Петровић", "Милан Јовановић"),  # Serbian
        ("Signed consent for Дамјан enclosed", "Дамјан"),  # alone in an English note
    ],
)
def test_macedonian_and_serbian_names_in_notes(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, _ in cyrillic_name_spans(text)]


def test_courtesy_title_marks_a_surname() -> None:
    text = "Г-ѓа Спасовска дојде во 9"
    assert [text[s:e] for s, e, _ in cyrillic_name_spans(text)] == ["Спасовска"]


def test_prose_words_stay() -> None:
    text = "Благодарам, ве поврзувам со оператор. Датум на раѓање?"
    assert cyrillic_name_spans(text) == []
