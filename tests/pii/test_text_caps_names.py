"""Full names written in capitals in free text are found; all-caps headings are left alone."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.text_name_caps_runs import caps_name_spans
from safe_synthesizer.pii.text_name_pairs import locale_names

NAMED = [
    ("RE: OLIVIA BENNETT\nPlease update the address on file.", "OLIVIA BENNETT"),
    ("Subject: MARCUS WEBB - change of bank details", "MARCUS WEBB"),
    ("Letter for MRS HARGREAVES about the refund.", "HARGREAVES"),
    ("FAO: PRIYA RAGHAVAN, billing team", "PRIYA RAGHAVAN"),
    ("Dear CARMEN DEL VALLE, thank you.", "CARMEN DEL VALLE"),
    ("MARK TALBOT called twice.", "MARK TALBOT"),  # a first name that is a verb, before a surname
]
HEADINGS = [
    "RE: ACCOUNT CLOSED\nNo further action needed.",
    "URGENT REVIEW of the claim by Friday.",
    "Moved from NEW YORK last spring.",
    "GRACE PERIOD ends next week.",
    "MAY UPDATE: prices change.",
    "WILL CALL orders ship tomorrow.",
    "FINAL NOTICE - payment overdue.",
    "PLEASE READ THE ATTACHED TERMS CAREFULLY.",
    "Flight to LOS ANGELES on the 3rd.",
]


@pytest.fixture(scope="module")
def first_names() -> frozenset[str]:
    return gazetteers.first_names() | locale_names()


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_caps_name_rule_finds_names(first_names, text: str, name: str) -> None:
    assert [text[a:b] for a, b, _ in caps_name_spans(text, first_names)] == [name]


@pytest.mark.parametrize("text", HEADINGS)
def test_caps_name_rule_keeps_headings(first_names, text: str) -> None:
    assert caps_name_spans(text, first_names) == []


def test_mixed_case_text_is_not_this_rules_business(first_names) -> None:
    assert caps_name_spans("Olivia Bennett wrote back.", first_names) == []


@pytest.fixture(scope="module")
def detector():
    det = T.load_text_detector(KNOWN_ENTITIES)
    if det is None:
        pytest.skip("the 'pii' extra (presidio-analyzer, spaCy model) is not installed")
    return det


def test_detector_finds_caps_names_and_keeps_headings(detector) -> None:
    texts = [t for t, _ in NAMED] + HEADINGS
    found = detector.find_spans(texts)
    for (text, name), spans in zip(NAMED, found, strict=False):
        names = [text[s.start : s.end] for s in spans if s.entity in (E.NAME, E.LAST_NAME, E.FIRST_NAME)]
        assert any(name in n for n in names), (text, names)
    heading_words = {"ACCOUNT", "CLOSED", "URGENT", "REVIEW", "GRACE", "PERIOD", "MAY", "UPDATE", "WILL", "CALL",
                     "FINAL", "NOTICE", "PLEASE", "READ", "ATTACHED", "TERMS"}  # fmt: skip
    for text, spans in zip(HEADINGS, found[len(NAMED) :], strict=True):
        named = [text[s.start : s.end] for s in spans if s.entity in (E.NAME, E.LAST_NAME, E.FIRST_NAME)]
        hit = {w for n in named for w in n.split()}
        assert not hit & heading_words, (text, hit)
