"""Lower-case full names opening a note before an English verb (set 26's de_DE Airtable pipeline replay kept
``selma hahn brought ...``, ``ignatz neuschäfer here, ...``; my own names and sentences here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_subject import subject_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in subject_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Both words are WordNet nouns (a town and a person): opening the note before a verb they count.
        ("martin hahn returned the kettle on Monday.", "martin hahn"),
        ("Ticket 44. veronica loos rang about the heater.", "veronica loos"),
        # A given name that is a Scandinavian function word, before a surname English does not hold.
        ("hans pfeiffer brought the lamp back.", "hans pfeiffer"),
        ("Sorry for the delay. gertrud pfeiffer here, call me back on Monday.", "gertrud pfeiffer"),
    ],
)
def test_lower_case_subjects(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "rose bush grows by the gate.",
        "mark down was applied.",
        "Notes: martin hahn returned",  # after a colon only names no English word holds count
        "hans bil was red.",  # "bil" is no listed surname
        "gertrud pfeiffer here is the key",  # "here" goes on: no self-introduction
    ],
)
def test_other_openings_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Icelandic patronymics no list holds, and listed names that are English words after all.
        ("Please call back. sigurlaug hrafnkelsdóttir here, any time.", "sigurlaug hrafnkelsdóttir"),
        ("Please call back. ragnheiður ólafsson here, any time.", "ragnheiður ólafsson"),
        ("Please call back. randy baker here, after 5.", "randy baker"),
        # A surname that reads as a verb ("mans") before "here".
        ("Please call back. walentina mans here, after 5.", "walentina mans"),
    ],
)
def test_callers_naming_themselves(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ["ok. anna comparison was made", "Note. rose garden here, by the gate."])
def test_words_ending_like_patronymics_stay(text: str) -> None:
    assert _found(text) == []
