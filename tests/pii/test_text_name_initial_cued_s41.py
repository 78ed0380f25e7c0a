"""An initial and a surname as a sentence's subject (set 26's kl_GL and de_DE 'Change of address' notes kept
``T. Heilmann asks ...`` and the initial of ``M. Metz-Riehl``; my own names and sentences here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_initial_cued import initial_cued_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in initial_cued_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("New address from 1 May: Imaneq 23. K. Brandtner asks that the bill goes there.", "K. Brandtner"),
        ("Moved in March. R. Oberhuber-Lind rang to confirm.", "R. Oberhuber-Lind"),
    ],
)
def test_initial_and_surname_before_a_verb(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "See appendix B. Young was the first to reply.",  # an ordinary word: no surname
        "Take vitamin D. Stops the cramps.",
        "Version 2. B. Brandtner Street is closed.",  # no verb after the surname
    ],
)
def test_other_initials_stay(text: str) -> None:
    assert _found(text) == []


def test_a_family_name_that_is_a_town_too() -> None:
    assert _found("Moved. H. Lynge asks that letters go to both parents.") == ["H. Lynge"]
