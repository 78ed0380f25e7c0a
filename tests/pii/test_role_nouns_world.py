"""Agent nouns of trades by word formation, deed and memorial phrases."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.role_nouns_world import is_agent_role, names_a_person_by_phrase


@pytest.mark.parametrize(
    "word",
    ["groomer", "shearer", "waller", "thatcher", "trainee", "examinee", "skipper", "sitter", "instructor",
     "zuchterin", "platzwart", "schafer", "kursleiterin", "entraineur", "exploitante", "stagiaire", "jardiniere",
     "allenatore", "cuidadora", "agricultor", "tirocinante", "istruttrice", "begeleider", "bedrijfsleider",
     "veehouder", "kweker", "cursist", "guia", "fattore", "capataz"],
)  # fmt: skip
def test_agent_nouns_of_trades(word: str) -> None:
    assert is_agent_role(word)


@pytest.mark.parametrize(
    "word",
    ["counter", "printer", "cooker", "training", "making", "labrador", "monitor", "cursor", "curso", "barrier",
     "entree", "date", "number", "order", "water", "letter", "folder", "container", "halterneck"],
)  # fmt: skip
def test_things_are_no_agents(word: str) -> None:
    assert not is_agent_role(word)


@pytest.mark.parametrize(
    "words",
    [["made", "by"], ["painted", "by"], ["gemaakt", "door"], ["gebaut", "von"], ["realise", "par"],
     ["hecho", "por"], ["fatto", "da"], ["cree", "par"], ["creee", "par"], ["entregue", "por"],
     ["in", "memory", "of"], ["in", "loving", "memory", "of"],
     ["ter", "nagedachtenis", "aan"], ["zum", "gedenken", "an"], ["a", "la", "memoire", "de"],
     ["en", "memoria", "de"], ["in", "ricordo", "di"], ["farm", "manager"], ["chef", "d", "exploitation"],
     ["jefe", "de", "finca"], ["handler"]],
)  # fmt: skip
def test_person_phrases(words: list[str]) -> None:
    assert names_a_person_by_phrase(words)


@pytest.mark.parametrize(
    "words",
    [["sorted", "by"], ["grouped", "by"], ["caused", "by"], ["player", "position"], ["memory", "size"],
     ["leader", "board", "rank", "points", "total", "extra"], ["date"], ["shoe", "size"]],
)  # fmt: skip
def test_not_person_phrases(words: list[str]) -> None:
    assert not names_a_person_by_phrase(words)
