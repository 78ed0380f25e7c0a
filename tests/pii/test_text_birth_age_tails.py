"""A note's birth-date span grown over the agreeing age after it (text_birth_age_tails), and the widened cell
reader of a date with its age (age_annotated_dates: a bare age after a spaced symbol)."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.age_annotated_dates import read_aged_date
from safe_synthesizer.pii.text_birth_age_tails import with_age_tails

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("value", "core", "age"),
    [
        ("1948-11-28 → 78", "1948-11-28", 78),
        ("2016-01-25 → 10", "2016-01-25", 10),
        ("12/03/1990 - 36", "12/03/1990", 36),
        ("12/03/1990 => 36", "12/03/1990", 36),
        ("1948-11-28 → 78 ans", "1948-11-28", 78),
    ],
)
def test_a_bare_age_after_a_spaced_symbol_is_read(value: str, core: str, age: int) -> None:
    aged = read_aged_date(value, today=TODAY)
    assert aged is not None and (aged.core, aged.age) == (core, age)


@pytest.mark.parametrize("value", ["12/03/1990, 36", "12/03/1990 36", "12/03/1990 → 12", "1948-11-28→78"])
def test_a_listed_glued_or_disagreeing_number_is_not_an_age(value: str) -> None:
    assert read_aged_date(value, today=TODAY) is None


def test_the_fake_keeps_the_arrow_and_gets_its_own_age() -> None:
    assert read_aged_date("1948-11-28 → 78", today=TODAY).dressed("1950-01-02") == "1950-01-02 → 76"


@pytest.mark.parametrize(
    ("text", "span", "grown"),
    [
        ("o tsholetswe ka 1983-05-01 → 43, mogala", (16, 26), "1983-05-01 → 43"),
        ("Wodzi: 2007-03-27 (19), fon", (7, 17), "2007-03-27 (19)"),
        ("born 12/03/1950 [age 76] in Leeds", (5, 15), "12/03/1950 [age 76]"),
    ],
)
def test_the_span_takes_the_agreeing_age(text: str, span: tuple[int, int], grown: str) -> None:
    out = with_age_tails(text, [(*span, E.DATE_OF_BIRTH)], today=TODAY)
    assert [text[a:b] for a, b, _ in out] == [grown]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("born 1983-05-01 → 12 boxes", (5, 15)),  # no age of that date
        ("born 1983-05-01, 43 Elm Road", (5, 15)),  # a list, not an age
        ("born 1983-05-01 → 43.5 kg", (5, 15)),  # a decimal
    ],
)
def test_other_tails_are_left(text: str, span: tuple[int, int]) -> None:
    assert with_age_tails(text, [(*span, E.DATE_OF_BIRTH)], today=TODAY) == [(*span, E.DATE_OF_BIRTH)]


def test_other_spans_are_left_and_a_new_list_is_returned() -> None:
    spans = [(0, 4, E.NAME), (10, 20, E.PHONE_NUMBER)]
    out = with_age_tails("Anna → 43 0612345678 → 43", spans, today=TODAY)
    assert out == spans and out is not spans
