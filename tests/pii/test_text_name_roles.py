"""Surnames after a professional role noun and a copula (``text_name_roles.role_copula_spans``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_roles import role_copula_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in role_copula_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Claim 88: treating vet is Little. Invoice attached.", "Little"),  # an English adjective, listed surname
        ("Referral done, GP was Wood, letter to follow", "Wood"),
        ("The assessing doctor is Summer.", "Summer"),  # a noun closing its clause
        ("Handling adjuster: Short", "Short"),
        ("Onze dierenarts is van der Avoirt, bel morgen", "van der Avoirt"),
        ("Der behandelnde Tierarzt ist Riepl.", "Riepl"),
        ("le vétérinaire est Torres depuis mars", "Torres"),
        ("el veterinario es Peralta.", "Peralta"),
        ("Case officer is Amy Page (ext 44)", "Amy Page"),
    ],
)
def test_surname_after_role_and_copula(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "the vet is happy with the wound",  # lower case
        "The vet is Happy with progress",  # an adjective that is no surname
        "Doctor: Unknown",
        "Vet is Away until Monday",
        "contact is Reception for bookings",  # a noun inside the clause
        "The manager is Present.",  # an adjective too
        "the driver was Late again",
        "Our nurse is Monday to Friday",  # a weekday
        "Treatment is Little.",  # no role noun
    ],
)
def test_words_after_roles_stay(text: str) -> None:
    assert _found(text) == []
