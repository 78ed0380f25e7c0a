"""Identity document numbers after typo'd or abbreviated cue words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_loose_cues import loose_cue_id_spans


def _taken(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in loose_cue_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Owner phoned from 0709 090 173, will collect Sat. Checked ID nbr 10209198206717.", ["10209198206717"]),
        ("signed for it. ID seen: passprt no 4220668K442PB6. Logged.", ["4220668K442PB6"]),
        ("locked out, let in after ID check - 9ZR4D8QE. Owes 1 night.", ["9ZR4D8QE"]),
        ("prefers evenings, tel 5165 9861. natl id# A405360(8) on file.", ["A405360(8)"]),
        ("RDV déplacé à jeudi, X prévenue. n° d'ident B3082341. Accompagnée de Y.", ["B3082341"]),
        ("Marcação alterada para sexta. N.º doc 7160637(9).", ["7160637(9)"]),
        ("ID seen: passprt no 1956634 OR. Logged Rosa.", ["1956634 OR"]),
        ("let in after ID check - 29-5879345 H 13. Owes 1 night.", ["29-5879345 H 13"]),
        ("ID seen: passprt no 12/KaMaYa(N)526248. Logged.", ["12/KaMaYa(N)526248"]),
        ("Checked ID nbr 0121-1993-46432.", ["0121-1993-46432"]),
        ("n° d'ident 006-806-887-4. Accompagnée de X.", ["006-806-887-4"]),
    ],
)
def test_loose_cues(text: str, want: list[str]) -> None:
    assert _taken(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "ID check - OK, all fine.",
        "passport no longer valid, renewal due 2026.",
        "Order ID 4471902236 shipped.",
        "pass 3 times daily with the dog.",
        "Doc dated 12/03/2024 on file.",
        "Session id ABC12345 expired.",
        "ID check at 10:30 done.",
        "ids: none",
        "ID check done 12-05-2024.",
        "Doc 3-4-5 attached.",
    ],
)
def test_no_id(text: str) -> None:
    assert _taken(text) == []


def test_found_spans_are_left() -> None:
    assert loose_cue_id_spans("Checked ID nbr 10209198206717.", [(15, 29)]) == []
