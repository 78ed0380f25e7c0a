"""A phone column's sample read as numbers among any words (column_phone_read)."""

from __future__ import annotations

from collections import Counter

from safe_synthesizer.pii.column_phone_read import words_phone_sample
from safe_synthesizer.pii.column_sample import ValueSample


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(values, Counter(values), len(set(values)))


def test_cells_with_words_become_their_numbers() -> None:
    values = ["06 19114744 - vragen naar Loïs", "06 30217840", "Denmark: 34 47 68 30", "pending"]
    sample = _sample(values)
    out = words_phone_sample(sample)
    assert out is not None and out.values == ["06 19114744", "06 30217840", "34 47 68 30", "pending"]
    assert sample.values == values  # the caller's sample is left as it was


def test_bracketed_calling_code_dialled() -> None:
    out = words_phone_sample(_sample(["(90) 505 590 21 86", "+90 505 590 21 86"]))
    assert out is not None and out.values[0] == "+90 505 590 21 86"


def test_bare_numbers_and_prose_are_left() -> None:
    assert words_phone_sample(_sample(["0612345678", "0687654321"])) is None
    prose = ["the van came late", "all paid", "ring back 0612345678", "n/a", "no show"]
    assert words_phone_sample(_sample(prose)) is None


def test_street_addresses_are_left_for_the_street_checks() -> None:
    streets = ["1234 Main Street", "5678 Oak Avenue Apt. 9", "Via Roma 12, 00184 Roma", "Hauptstr. 5, 10115 Berlin"]
    assert words_phone_sample(_sample(streets)) is None
