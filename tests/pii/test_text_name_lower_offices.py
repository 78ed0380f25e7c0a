"""Lower-case names after the office a person holds (minutes, race logs, club books)."""

import pytest

from safe_synthesizer.pii.text_name_lower_offices import lower_office_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_office_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AGM 2024. Chair michelle rivera opened the meeting at 7pm.", "michelle rivera"),
        ("Treasurer: gaspar lópez godoy presented the accounts", "gaspar lópez godoy"),
        ("Vorsitzende gudrun mies eröffnete die Sitzung", "gudrun mies"),
        ("Voorzitter alicia van duyvenvoorde sloot de vergadering", "alicia van duyvenvoorde"),
        ("Occupant heinz-georg gierschner (born 1951) moved out", "heinz-georg gierschner"),
        ("Tombola: winner eleanor hart collected the hamper", "eleanor hart"),
    ],
)
def test_lower_case_names_after_an_office(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chair will be moved to the back room",
        "the winner takes all, as always",
        "coach bag in black, love it",
        "Secretary general meeting postponed",
        "presidente alta francisco secretario",
        "trésorier clair claire classe",
        "Chair michelle",  # one word: no pair
    ],
)
def test_prose_after_an_office_keeps_its_words(text: str) -> None:
    assert _found(text) == []
