from datetime import date

import numpy as np

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.epoch_dates import epoch_date, epoch_series_dates, epochs_as_dates, shift_epoch_date

TODAY = date(2026, 12, 7)


def test_midnight_unix_time_is_a_date() -> None:
    assert epoch_date("1576713600", TODAY) == date(2019, 12, 19)
    assert epoch_date("1576713600000", TODAY) == date(2019, 12, 19)
    assert epoch_date("-315619200", TODAY) == date(1960, 1, 1)
    assert epoch_date("1576713600.0", TODAY) == date(2019, 12, 19)


def test_ids_and_moments_are_no_dates() -> None:
    for value in ("1576713601", "0", "86400", "4915112345678", "2345678901", "1999999999", "12345678"):
        assert epoch_date(value, TODAY) is None
    assert epoch_date(str(int((date(2030, 1, 1) - date(1970, 1, 1)).days * 86400)), TODAY) is None  # ahead


def test_shift_keeps_the_unit() -> None:
    assert shift_epoch_date("1576713600", 3, TODAY) == "1576972800"
    assert shift_epoch_date("1576713600000", -1, TODAY) == "1576627200000"
    assert epoch_date(shift_epoch_date(" 1576713600 ", 10, TODAY) or "", TODAY) == date(2019, 12, 29)
    assert shift_epoch_date("1576713601", 3, TODAY) is None


def test_sample_rewritten_for_the_date_tests() -> None:
    sample = ValueSample(["1576713600", "March 21, 2018", "n/a"], np.ones(3), 3)
    assert epochs_as_dates(sample, TODAY).values == ["2019-12-19", "March 21, 2018", "n/a"]
    plain = ValueSample(["March 21, 2018"], np.ones(1), 1)
    assert epochs_as_dates(plain, TODAY) is plain


def test_series_all_or_nothing() -> None:
    assert epoch_series_dates([1576713600, 1338940800], TODAY) == [date(2019, 12, 19), date(2012, 6, 6)]
    assert epoch_series_dates([1576713600, 1338940801], TODAY) is None
