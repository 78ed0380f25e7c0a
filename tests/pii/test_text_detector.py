"""Free-text spans: NER names and places, validated identifiers, prefilter, missing extra."""

from __future__ import annotations

import itertools
import logging
import sys

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.text_ner import may_hold_names
from safe_synthesizer.pii.text_spans import mask_spans, unmask_spans

SENTENCE = (
    "Please call Maria Gonzalez at (212) 555-0187 or mail maria.g@example.org; SSN 536-22-8726, "
    "card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, login from 8.8.8.8, "
    "see https://example.org/x. She moved to Chicago last year."
)


@pytest.fixture(scope="module")
def detector():
    det = T.load_text_detector(KNOWN_ENTITIES)
    if det is None:
        pytest.skip("the 'pii' extra (presidio-analyzer, spaCy model) is not installed")
    return det


def _found(detector, text):
    return {(text[s.start : s.end], s.entity) for s in detector.find_spans([text])[0]}


def test_every_entity_in_one_sentence(detector):
    found = _found(detector, SENTENCE)
    assert {
        ("Maria Gonzalez", "name"),
        ("(212) 555-0187", "phone_number"),
        ("maria.g@example.org", "email"),
        ("536-22-8726", "ssn"),
        ("4111 1111 1111 1111", "credit_debit_card"),
        ("DE89 3704 0044 0532 0130 00", "iban"),
        ("8.8.8.8", "ip_address"),
        ("https://example.org/x", "url"),
        ("Chicago", "city"),
    } <= found


def test_invalid_numbers_are_not_spans(detector):
    text = "Order 4111 1111 1111 1112 shipped; ref 000-12-3456; size 32-24-36."
    assert not {e for _, e in _found(detector, text)} & {"credit_debit_card", "ssn", "phone_number"}


def test_plain_review_prose_has_no_spans(detector):
    text = "Love this dress! it's sooo pretty. i bought a petite and am 5'8\". Fits great."
    assert detector.find_spans([text]) == [[]]


def test_spans_do_not_overlap_and_batch_keeps_order(detector):
    texts = [SENTENCE, "nothing here", SENTENCE]
    out = detector.find_spans(texts)
    assert out[0] == out[2] and out[1] == []
    spans = out[0]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_only_configured_entities(detector):
    det = T.TextPiiDetector(["email"])
    assert {e for _, e in _found(det, SENTENCE)} == {"email"}


def test_prefilter():
    assert may_hold_names("yesterday I met John at the store")
    assert may_hold_names("Maria called.")  # sentence-initial but a known first name
    assert not may_hold_names("Great dress. fits well and looks nice. I am happy")


def test_missing_extra_warns_once(monkeypatch, caplog):
    monkeypatch.setattr(T, "_ENGINE", None)
    monkeypatch.setattr(T, "_warned_missing", False)
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    monkeypatch.setitem(sys.modules, "presidio_analyzer.nlp_engine", None)
    with caplog.at_level(logging.WARNING, logger="safe_synthesizer"):
        assert T.load_text_detector(["name"]) is None
        assert T.load_text_detector(["name"]) is None
    warnings = [r for r in caplog.records if "free-text PII detection skipped" in r.getMessage()]
    assert len(warnings) == 1 and "pii" in warnings[0].getMessage()


def test_mask_and_unmask_offsets():
    text = "Mail a@b.org then ask Jane Doe, or call +1 212 555 0187 for Bob Smith."
    spans = [T.TextSpan(5, 12, "email", 1.0), T.TextSpan(40, 55, "phone_number", 0.9)]
    masked, placeholders = mask_spans(text, spans)
    assert masked == "Mail X then ask Jane Doe, or call X for Bob Smith."
    found = [T.TextSpan(masked.index("Jane"), masked.index(","), "name", 0.85),
             T.TextSpan(masked.index("Bob"), len(masked) - 1, "name", 0.85),
             T.TextSpan(masked.index("call"), masked.index("call") + 6, "name", 0.85)]  # fmt: skip
    back = unmask_spans(found, placeholders)
    assert [text[s.start : s.end] for s in back] == ["Jane Doe", "Bob Smith"]


def test_a_model_name_ends_before_a_lower_case_word(detector):
    # German capitalises nouns: the model's "Hubertine meldet Umzug" beat the inverted "Lachmann, Hubertine".
    text = "Kunde Lachmann, Hubertine meldet Umzug nach Berlin."
    assert ("Lachmann, Hubertine", "name") in _found(detector, text)
    assert ("Ludwig van Beethoven", "name") in _found(detector, "Concert by Ludwig van Beethoven tonight.")
