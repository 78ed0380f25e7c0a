"""The cue rules gathered, and the word check they share (own examples)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_given_cues import given_cue_spans
from safe_synthesizer.pii.text_name_given_word import given_word


def test_gathered() -> None:
    text = "Kids: Leonora and Tobias. Carer Pilar collects.\n// Ksawery"
    assert [text[a:b] for a, b, _ in given_cue_spans(text)] == ["Leonora", "Tobias", "Pilar", "Ksawery"]


def test_plain_text_has_none() -> None:
    assert given_cue_spans("lovely dress, fits well") == []
    assert given_cue_spans("Great fit. True to size, would buy again.") == []


def test_given_word_strengths() -> None:
    assert given_word("Pilar") and not given_word("Pilar", strict=True)
    assert given_word("Heinz-Otto") and given_word("Mia")
    assert not given_word("April") and given_word("April", months=True)
    assert not given_word("Monday") and not given_word("Can") and not given_word("pilar")


def test_each_span_once() -> None:
    # The bracketed relation and the role noun both take "Kimberley": one span, not two.
    text = "Contact Kimberley (family) about the keys."
    assert given_cue_spans(text) == [(8, 17, "first_name")]


def test_lower_case_rules_run_without_capitals() -> None:
    text = "rang tenant okonkwo x2, no reply. pt's husband (adeyemi) to call back"
    assert {text[a:b] for a, b, _ in given_cue_spans(text)} == {"okonkwo", "adeyemi"}


def test_unlisted_full_name_after_role() -> None:
    text = "Lodger Nandi Zungu signed the lease."
    assert [text[a:b] for a, b, _ in given_cue_spans(text)] == ["Nandi Zungu"]
