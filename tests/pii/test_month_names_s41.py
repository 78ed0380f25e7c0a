"""Northern Sami month names in dates (session 41): a Sami-speaking register writes ``30 skábmamánnu 1943``."""

from __future__ import annotations

from datetime import date

from safe_synthesizer.pii.column_month_dates import local_date
from safe_synthesizer.pii.month_names import month_number


def test_northern_sami_months_nominative_genitive_and_abbreviated():
    assert month_number("ođđajagemánnu") == 1
    assert month_number("Čakčamánnu") == 9
    assert month_number("skábmamánu") == 11
    assert month_number("juov") == 12


def test_sami_dates_read_as_dates():
    assert local_date("30 skábmamánnu 1943") == date(1943, 11, 30)
    assert local_date("7. cuoŋománu 1988") == date(1988, 4, 7)
