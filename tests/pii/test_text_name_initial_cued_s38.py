"""Initial + surname after a salutation or a declaration's word, with particles (session 38)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_initial_cued import initial_cued_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in initial_cued_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gentile R. Ottaviani, la visita è confermata.", "R. Ottaviani"),
        ("Bonjour T. Grosjean-Vuille, votre dossier est complet.", "T. Grosjean-Vuille"),
        ("Je soussigné(e) F. Noël, né(e) le 2 mai 1960, atteste.", "F. Noël"),
        ("Il/La sottoscritto/a L. Brambilla dichiara di risiedere a Como.", "L. Brambilla"),
        ("Dear E. Llwyd, your booking is confirmed.", "E. Llwyd"),
        ("Undersigned K. Sigurmundsson, applicant for the post.", "K. Sigurmundsson"),
        ("Ondergetekende W. Bruijne van der Veen verklaart hierbij.", "W. Bruijne van der Veen"),
        ("Banns read for A. Le Goff this Sunday.", "A. Le Goff"),
        ("Candidate H. Reese-Wyatt, references received.", "H. Reese-Wyatt"),
    ],
)
def test_initial_and_surname_after_addressing_word(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir, take Vitamin D. Take two a day.",
        "Dear all, I got an A. Great job everyone.",
        "Bonjour à tous, rendez-vous à la salle B. Merci.",
        "Hello team, see Appendix C. Thanks.",
    ],
)
def test_letters_that_are_no_initials_stay(text: str) -> None:
    assert _names(text) == []
