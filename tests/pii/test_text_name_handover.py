"""Hand-over given names and trailing self-introductions (``text_name_handover``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_handover import handover_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in handover_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok on price, handed over to Mirela for the contract", "Mirela"),
        ("customer angry about fees - escalated to Torsten, no reply yet", "Torsten"),
        ("cv looks fine, passing to Ingrid in onboarding", "Ingrid"),
        ("cc Benedikt", "Benedikt"),
        ("Anfrage weitergeleitet an Jana wegen Kündigung", "Jana"),
        ("dossier transmis à Hugo pour signature", "Hugo"),
        # A function word of another language that is a given name: only where the clause goes on.
        ("refund approved, pass to Otto for payout", "Otto"),
    ],
)
def test_handover_given_name_is_a_first_name(text: str, name: str) -> None:
    spans = handover_name_spans(text)
    assert [text[a:b] for a, b, _ in spans] == [name]
    assert spans[0][2] == E.FIRST_NAME


@pytest.mark.parametrize(
    "text",
    [
        "forwarded to Sales for a quote",  # no given name
        "escalated to Paris office",  # a town
        "passed to March meeting",  # a month
        "referred to The Board",  # a function word
        "the order was handed to courier",  # lower case word
    ],
)
def test_handover_without_a_given_name_finds_nothing(text: str) -> None:
    assert _found(text) == []


def test_function_word_name_needs_a_handover_continuation() -> None:
    assert _found("pass to Otto") == ["Otto"]
    assert _found("passed to Otto und Anna") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hello accounts, marcus lindqvist here - my tax code is wrong", "marcus lindqvist"),
        ("Hi team, Lorenzo Bianchi here. Quick question", "Lorenzo Bianchi"),
        ("hallo lohnbüro, greta vogel hier (pers.nr 12)", "greta vogel"),
        ("oliver here, running late", "oliver"),
    ],
)
def test_trailing_self_introduction(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "i love it, jack black here is great",  # not the note's opening
        "jack black here looks washed out",  # the clause goes on as prose
        "the dress is here, fits well",
    ],
)
def test_here_in_prose_is_no_introduction(text: str) -> None:
    assert _found(text) == []


def test_wired_into_cued_names() -> None:
    text = "no agreement on the bill, escalated to Torsten in billing"
    assert any(text[a:b] == "Torsten" for a, b, _ in cued_name_spans(text))
