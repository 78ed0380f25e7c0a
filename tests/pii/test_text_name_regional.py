"""Basque, Galician, West Frisian, Breton, Scottish Gaelic and Catalan names in free text (session 39): no Faker
locale lists them, so the pair rules saw no name."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_regional import REGIONAL_FAMILY, REGIONAL_GIVEN


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in name_pair_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hirer: Eneko Arizmendi Zuloaga, deposit taken.", "Eneko Arizmendi Zuloaga"),
        ("Consent signed by Brais Quiroga Castiñeira yesterday.", "Brais Quiroga Castiñeira"),
        ("Oanfraach fan Tjalling Wiersma oer de tún.", "Tjalling Wiersma"),
        ("Rendez-vous avec Tangi Kerbrat demain matin.", "Tangi Kerbrat"),
        ("Party B Eachann MacAonghais, next door.", "Eachann MacAonghais"),
        ("Party A Seònaid NicLeòid rang twice.", "Seònaid NicLeòid"),
        ("Reunió amb Queralt Capdevila dijous.", "Queralt Capdevila"),
        ("RESIDENT SOAZIG QUÉMÉNER, BLOCK C", "SOAZIG QUÉMÉNER"),
    ],
)
def test_regional_names_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_lists_reach_the_text_name_lists() -> None:
    assert {"iñaki", "xoán", "sjoukje", "gwenaël", "aonghas", "meritxell"} <= given_names()
    assert {"etxeberria", "outeiro", "hylkema", "kervella", "nicdhòmhnaill", "alsina"} <= family_names()


def test_no_ordinary_word_is_listed() -> None:
    from safe_synthesizer.pii.common_words import common_words

    assert not (REGIONAL_GIVEN | REGIONAL_FAMILY) & (common_words() | {"novo", "abril", "peru", "gros", "esteve"})


def test_gaelic_surname_written_apart() -> None:
    text = "Keys left with Murchadh Mac an t-Sagairt at the pier."
    assert "Murchadh Mac an t-Sagairt" in _names(text)
