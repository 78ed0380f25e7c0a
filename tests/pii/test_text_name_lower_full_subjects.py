"""Whole lower-case names heading a clause before an adjective (text_name_lower_full_subjects)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_lower_full_subjects import lower_full_subject_spans


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_full_subject_spans(text)]


def test_full_name_before_an_adjective() -> None:
    assert _values("matthew vega overdue from the wood, search started") == ["matthew vega"]
    assert _values("Start ok. linda williams late again") == ["linda williams"]


def test_no_name_run_or_a_noun_after() -> None:
    for text in ("jean jacket fits well", "grace kelly bag is nice", "Fits well. april showers tho",
                 "i love it. linda williams late again"):  # fmt: skip
        assert _values(text) == []
