"""Lower-case names after the cues of deliveries, marketplace and booking messages and SMS (session 36)."""

import pytest

from safe_synthesizer.pii.text_name_lower_memo import memo_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in memo_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("if not in leave with kyle barnett at number 14", "kyle barnett"),
        ("free sofa, msg joel sanders for the address", "joel sanders"),
        ("msg from shannon hardy: pls call back", "shannon hardy"),
        ("bot: who is this?\nyou: elizabeth mitchell\nbot: thanks", "elizabeth mitchell"),
        ("Could you post it to lindsey lewis, 12 Park Road?", "lindsey lewis"),
        ("Lead booker: barbara hall, 4 players", "barbara hall"),
        ("hey its corina ciobanu, running late", "corina ciobanu"),
        ("deliver to lilia bivol c/o reception", "lilia bivol"),
    ],
)
def test_cued_lower_case_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "compare it to the rose garden",
        "leave with grace and patience",
        "paid by card on arrival",
        "msg from summer camp: pls bring hats",
        "deliver to main reception, ask for the duty manager",
    ],
)
def test_cues_without_names_stay(text: str) -> None:
    assert _found(text) == []


def test_particle_surname_before_a_colon() -> None:
    assert _found("msg from brian de haas: pls call back") == ["brian de haas"]
    assert _found("owner=bryan lupter prio=high") == ["bryan lupter"]
