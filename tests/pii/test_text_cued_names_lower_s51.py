"""Session 51 (helper LC, wired by the lead): lower-case names after an office, an alias phrase or a leaving verb's
preposition are found by ``cued_name_spans``; prose with the same words is not (fails without the hook)."""

from __future__ import annotations

from safe_synthesizer.pii.text_cued_names import cued_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_name_spans(text)]


def test_lower_case_names_after_offices_aliases_and_deposits() -> None:
    assert "michelle rivera" in _found("Raffle drawn. Chair michelle rivera thanked all.")
    assert "mandy bennett" in _found("Bib swapped: entered as D. Burns, ran as mandy bennett. DOB 1942.")
    assert "bernard vigneau" in _found("Colis déposé chez bernard vigneau, voisine, 14 rue Pascal.")


def test_prose_keeps_its_words() -> None:
    assert _found("She ran as fast as she could; the chair was comfy; known as the best.") == []
