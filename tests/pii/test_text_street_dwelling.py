"""The home after a verb of dwelling, told by a street-type word (alone or glued), with or without a number."""

from __future__ import annotations

from safe_synthesizer.pii.text_street_dwelling import dwelling_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in dwelling_street_spans(text)]


def test_type_word_after_a_dwelling_verb_and_an_adverb_in_several_languages() -> None:
    assert _found("Changement : Marc Petit habite désormais allée Berlioz. Merci") == ["allée Berlioz"]
    assert _found("Neu: Anke Vogt wohnt jetzt in Lindenring 27. Gruß") == ["Lindenring 27"]
    assert _found("Aviso: Rosa Gil vive ahora en Ronda Nueva 14. Saludos") == ["Ronda Nueva 14"]
    assert _found("Novidade: Ana Reis mora agora na Travessa do Sol, 12. Abraço") == ["Travessa do Sol, 12"]
    assert _found("Bericht: Joep Kok woont nu aan de Eikenlaan 3.") == ["Eikenlaan 3"]
    assert _found("Update: Ben Hart lives at 14 Mosi Road, near the clinic") == ["14 Mosi Road"]


def test_towns_households_and_prose_after_the_verb_are_left() -> None:
    assert _found("Paul habite désormais à Lyon.") == []
    assert _found("He lives with Anna and the twins.") == []
    assert _found("Elle vit seule depuis mai.") == []
    assert _found("Notes: no change, lives in hope.") == []
