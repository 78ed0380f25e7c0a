"""A relative's given name after a kinship word (text_name_kin), in many languages and scripts."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_kin import kin_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in kin_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could you let my grandson Elric leave at noon?", "Elric"),  # unlisted name
        ("Heute bleibt unser Kind Mia zu Hause.", "Mia"),
        ("Merci de excuser mon enfant Luc pour hier.", "Luc"),
        ("Mañana mi hijo Coral no irá a clase.", "Coral"),
        ("Vandaag is ons kind Ben ziek.", "Ben"),
        ("Құрметті апай, ұлым Асқар ертең келмейді.", "Асқар"),  # Kazakh, no list holds the name
        ("Прошу отпустить мою дочь Варвару пораньше.", "Варвару"),
        ("Αύριο η κόρη μας Δανάη θα λείψει.", "Δανάη"),
        ("Maaf cikgu, anak lelaki saya Haziq demam.", "Haziq"),
        ("Pasensya na po, ang apo kong si Dindo ay may lagnat.", "Dindo"),
        ("Molim opravdanje, moja kćerka Ajla je bolesna.", "Ajla"),
        ("Bugün kızım Elif okula gelemeyecek.", "Elif"),
        ("Tänään tyttäreni Aino jää kotiin.", "Aino"),
        ("Fiica mea Ilinca are febră.", "Ilinca"),
        ("أرجو السماح لابنتي أحلام بالمغادرة مبكرا.", "أحلام"),  # a listed Arabic given name
        ("मेरी बेटी पूर्णिमा कल नहीं आएगी।", "पूर्णिमा"),
    ],
)
def test_given_name_after_kinship_word(text: str, name: str) -> None:
    assert _found(text) == [name]
    assert any(text[a:b] == name for a, b, _ in name_pair_spans(text))


def test_listed_surname_joins_the_given_name() -> None:
    assert kin_name_spans("I am writing for my wife Helen Walsh today.") == [(25, 36, "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Please excuse my daughter, she has a cold.",
        "Unser Sohn hat seit Montag Fieber.",
        "Mon fils est malade depuis Mardi.",
        "Мой сын сегодня заболел.",
        "Ұлым бүгін ауырып қалды.",
        "ابني مريض اليوم ولن يحضر.",  # unlisted word in a script without capitals: no name
        "Ang anak ko ay may sakit ngayon.",
        "Mother Teresa Hospital and Sister Act tickets.",  # no possessive: no cue
        "My son. Then we left.",
    ],
)
def test_no_name_without_one(text: str) -> None:
    assert kin_name_spans(text) == []
