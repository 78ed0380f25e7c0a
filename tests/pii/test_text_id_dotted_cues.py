"""National ids after dotted, glued or abbreviated id cues (text_id_dotted_cues)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_id_dotted_cues import dotted_cue_id_spans


def _taken(text: str) -> list[str]:
    return [text[a:b] for a, b, e in dotted_cue_id_spans(text) if e == E.NATIONAL_ID]


@pytest.mark.parametrize(
    "text, value",
    [
        ("New player Aino Valeri, I.D: 01-947525 for the county registration.", "01-947525"),
        ("New player Linda, SSN# 01-695807 for the county registration.", "01-695807"),
        ("New player Angela Larson, nat. ins no CF6645957174F9 for the county registration.", "CF6645957174F9"),
        ("Relevo: Isabel recoge el paquete de Wara, documento visto (D.N.I 1755592 LP).", "1755592 LP"),
        ("Passagem de turno: Ka Hou, documento visto (contribuinte 5793524(2)).", "5793524(2)"),
        ("Handover - asked for the file; I.D: 1398-1652-85454 needs checking.", "1398-1652-85454"),
        ("Checked C.I. No. 4829173 at the desk", "4829173"),
        ("b.s.n. 123456782 op het formulier", "123456782"),
        ("tax nr A1234567 on file", "A1234567"),
        ("cod. fisc. RSSMRA85T10A562S allegato", "RSSMRA85T10A562S"),
        ("nº de contribuinte 234567890", "234567890"),
        ("ID-nr 01-947525 gezien", "01-947525"),
    ],
)
def test_ids_after_dotted_or_abbreviated_cues(text: str, value: str) -> None:
    assert _taken(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Order ID: 12345678 shipped",  # a record's id
        "Meeting at 10.30, ID badge 4471",  # short
        "PIN 448812 for the safe",  # a code word spelt plainly
        "Wifi id: ABC12345",  # after a record word
        "The CI pipeline ran 1234567 tests",  # plain "CI" is no cue
        "I.D: 12-05-2024 checked",  # a date
        "I.D. checked at 10:30",
        "nat. ins no 12345",  # short number
        "ident. no abcdefgh",  # lower case word
        "see I.D: 01-9475",  # too few digits with a dash
    ],
)
def test_no_id(text: str) -> None:
    assert _taken(text) == []


def test_span_inside_the_token_gives_way() -> None:
    text = "SSN# 5793524(2) seen"
    inner = (5, 12)  # an earlier rule took the digits without the check character
    assert [text[a:b] for a, b, _ in dotted_cue_id_spans(text, [inner])] == ["5793524(2)"]
    assert dotted_cue_id_spans(text, [(0, 8)]) == []  # overlapping the cue: left to the earlier rule


def test_a_token_already_given_whole_is_not_given_twice() -> None:
    text = "I.D: 01-947525 checked"
    (whole,) = dotted_cue_id_spans(text)
    assert dotted_cue_id_spans(text, [whole[:2]]) == []
