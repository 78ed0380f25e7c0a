"""Tests of column_mixed_births: a register of children and adults, and Excel day numbers of birth dates."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np

from safe_synthesizer.pii.column_mixed_births import (
    cued_serial_births,
    mixed_birth_evidence,
    serial_date,
    serials_as_dates,
    shift_serial_date,
    value_dates,
)
from safe_synthesizer.pii.column_sample import ValueSample

TODAY = date(2026, 10, 1)


def _births(rng: random.Random, first: int, last: int, n: int) -> list[date]:
    return [date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(n)]


def test_riding_school_children_and_parents_are_birth_dates() -> None:
    rng = random.Random(1)
    dates = _births(rng, 2010, 2022, 18) + _births(rng, 1950, 1990, 6)
    born, why = mixed_birth_evidence(dates, TODAY, 20)
    assert born, why


def test_children_alone_or_adults_alone_are_not_this_rules() -> None:
    rng = random.Random(2)
    assert not mixed_birth_evidence(_births(rng, 2010, 2022, 30), TODAY, 20)[0]
    assert not mixed_birth_evidence(_births(rng, 1950, 1990, 30), TODAY, 20)[0]


def test_a_log_running_up_to_the_export_is_events() -> None:
    # Member-since dates over decades, most in the last years: the recent share says events.
    rng = random.Random(3)
    dates = _births(rng, 1970, 2000, 6) + _births(rng, 2010, 2022, 14) + _births(rng, 2025, 2026, 6)
    dates = [d for d in dates if d <= TODAY]
    born, why = mixed_birth_evidence(dates, TODAY, 20)
    assert not born and "events" in why


def test_working_day_dates_are_events() -> None:
    rng = random.Random(4)
    dates = [d for d in _births(rng, 1960, 2022, 200) if d.weekday() < 5][:40]
    born, why = mixed_birth_evidence(dates, TODAY, 20)
    assert not born and "weekends" in why


def test_too_few_dates_and_dates_ahead() -> None:
    assert not mixed_birth_evidence([date(2015, 3, 3), date(1970, 1, 1)], TODAY, 20)[0]
    rng = random.Random(5)
    dates = _births(rng, 2010, 2022, 18) + _births(rng, 1950, 1990, 6) + [date(2031, 5, 5)]
    assert not mixed_birth_evidence(dates, TODAY, 20)[0]


def test_serial_date_reads_day_numbers_of_a_life_span() -> None:
    assert serial_date("43104", TODAY) == date(2018, 1, 4)
    assert serial_date("43104.0", TODAY) == date(2018, 1, 4)
    assert serial_date("1985", TODAY) is None  # a year: 1905, before a life span
    assert serial_date("85", TODAY) is None
    assert serial_date("99999", TODAY) is None  # ahead of today
    assert serial_date("2015-03-03", TODAY) is None


def test_shift_serial_date_keeps_the_layout() -> None:
    assert shift_serial_date("43104", 7, TODAY) == "43111"
    assert shift_serial_date("43104.0", -4, TODAY) == "43100.0"
    assert shift_serial_date("1985", 3, TODAY) is None


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(values, np.ones(len(values)), len(values))


def test_serials_count_as_dates_under_a_birth_name_or_beside_dates() -> None:
    cells = ["2021-11-24 00:00:00", "43104", "2017-10-04 00:00:00", "42509"]
    assert serials_as_dates(_sample(cells), cued=True, today=TODAY).values[1] == "2018-01-04"

    def is_date(v: str) -> bool:
        return "-" in v

    assert serials_as_dates(_sample(cells), cued=False, today=TODAY, is_date=is_date).values[3] == "2016-05-19"
    # Numbers alone, no name: a count or an amount as much as a date.
    alone = ["43104", "42509", "40111"]
    assert serials_as_dates(_sample(alone), cued=False, today=TODAY, is_date=is_date).values == alone


def test_cued_serial_births_wants_every_number_in_a_life_span() -> None:
    assert cued_serial_births(["43844", "44641", "42447"], TODAY)[0]
    assert not cued_serial_births(["43844", "12", "42447"], TODAY)[0]  # ages among them
    assert not cued_serial_births([], TODAY)[0]


def test_value_dates_reads_two_digit_years_in_the_past() -> None:
    assert value_dates(["05.06.37", "26.06.15"], TODAY) == [date(1937, 6, 5), date(2015, 6, 26)]
    assert value_dates(["2015-03-03"], TODAY) == [date(2015, 3, 3)]


def test_a_mixed_register_in_mixed_layouts_end_to_end() -> None:
    rng = random.Random(6)
    dates = _births(rng, 2009, 2021, 20) + _births(rng, 1945, 1985, 6)
    cells = [d.strftime("%d.%m.%y") if i % 2 else d.isoformat() for i, d in enumerate(dates)]
    assert mixed_birth_evidence(value_dates(cells, TODAY), TODAY, 20)[0]
    assert timedelta(0) < TODAY - min(value_dates(cells, TODAY))
