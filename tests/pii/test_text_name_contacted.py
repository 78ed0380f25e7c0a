"""Lower-case names after a verb of contact and a role (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_contacted import contacted_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in contacted_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chased tenant hargreaves x2 (07700 900123), no reply.", [("hargreaves", "last_name")]),
        ("rang debtor okonkwo about the plan", [("okonkwo", "last_name")]),
        ("Emailed landlord nkosi, awaiting answer.", [("nkosi", "last_name")]),
        ("Texted client kofi owusu - will pay Friday", [("kofi owusu", "name")]),
        ("Spoke with resident j. whitfield re: boiler", [("j. whitfield", "name")]),
        ("Phoned customer van der berg on 0612345678", [("van der berg", "last_name")]),
        ("Left a message for guarantor fitzgerald.", [("fitzgerald", "last_name")]),
        ("Called tenant green twice, no answer.", []),  # "green" is a common word
        ("Called tenant fox again", [("fox", "last_name")]),
    ],
)
def test_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Called tenant back, no answer.",
        "rang patient twice today",
        "Phoned client mobile, voicemail full.",
        "called tenant about the leak",
        "Visited resident at home.",
        "Emailed customer service line",
        "called tenant brown bin man",
        "Called the tenant again.",
        "Texted member yesterday.",
        "Rang donor to rebook.",
        "Met with family today",
    ],
)
def test_not_found(text: str) -> None:
    assert _found(text) == []


def test_inflected_words_stay() -> None:
    assert _found("Met with resident representatives on Friday.") == []
    assert _found("Called tenant regarding arrears.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Relance : appelé le locataire moreau x2, pas de réponse.", "moreau"),
        ("llamé al inquilino gutiérrez, sin respuesta", "gutiérrez"),
        ("chiamato l'inquilino ferraro tre volte", "ferraro"),
        ("gebeld met huurder visser, geen gehoor", "visser"),
        ("liguei para o inquilino da costa (sem resposta)", "da costa"),
    ],
)
def test_other_languages(text: str, name: str) -> None:
    assert [n for n, _ in _found(text)] == [name]


def test_other_languages_words_stay() -> None:
    assert _found("appelé le locataire hier soir") == []
    assert _found("llamé al inquilino dos veces") == []


def test_role_label_with_a_lower_case_name() -> None:
    text = "RECALL\n- donor: ngozi okafor\n- due 2026-01-04"
    assert _found(text) == [("ngozi okafor", "name")]
    assert _found("patient: stable condition") == []
    assert _found("guest: gluten free, no nuts") == []
    assert _found("tenant: nil arrears\nnext visit May") == []
