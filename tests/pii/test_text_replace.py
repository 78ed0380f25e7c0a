"""Rewriting a text column: fakes fit the sentence they go into."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import TextSpan
from safe_synthesizer.pii.text_replace import TextCells


def _rewrite(text: str, span: str, fake: str, entity: str = E.STREET_ADDRESS) -> str:
    start = text.index(span)
    cells = TextCells([text], [[TextSpan(start, start + len(span), entity, 0.9)]])
    return cells.rewrite(pd.Series([text]), {entity: {span: fake}}).iloc[0]


def test_a_multi_line_fake_stays_on_the_sentences_line():
    # Faker en_IN writes "170\nSant Marg": inside a note it broke the line (set 10 en_IN streets).
    assert _rewrite("Moving to 12 Park Road next month.", "12 Park Road", "170\nSant Marg") == (
        "Moving to 170, Sant Marg next month.")
    multi_line = _rewrite("Ship to:\n12 Park Road\nPune", "12 Park Road\nPune", "170\nSant Marg")
    assert multi_line == "Ship to:\n170\nSant Marg"


def test_a_fake_ending_in_a_dot_before_the_notes_dot_gets_one():
    assert _rewrite("Új címe Petőfi utca 71.", "Petőfi utca 71", "Arany utca 12.") == "Új címe Arany utca 12."


def _repeats(text: str, name: str) -> list[str]:
    from safe_synthesizer.pii.text_replace import _with_repeated_surnames

    start = text.index(name)
    spans = _with_repeated_surnames(text, [TextSpan(start, start + len(name), "name", 0.9)])
    return [text[s.start : s.end] for s in spans if s.entity == "last_name"]


def test_a_surname_named_again_in_the_same_note_is_replaced_too() -> None:
    assert _repeats("Rita Ward said my mate Ward wants one too", "Rita Ward") == ["Ward"]
    # Lower case after a title is the person again; an ordinary word elsewhere is not.
    assert _repeats("Hi, this is T. Cross; bill too high. Agent Ms cross: logged", "T. Cross") == ["cross"]
    assert _repeats("Mrs Anna Cross was cross about the bill", "Anna Cross") == []
