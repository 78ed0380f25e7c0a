from datetime import date

from safe_synthesizer.pii.text_dob_read import read_dob_spans

CUE = r"(?:dob|d\.o\.b\.?|born|geburtstag|geb\.|née?|nacid[oa]|b\.)"
TODAY = date(2026, 12, 6)


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in read_dob_spans(text, CUE, today=TODAY)]


def test_cued_dates_in_any_layout() -> None:
    assert _spans("Herzlich willkommen, Rosel (Nettering 68)! Geburtstag: 22 / 10 / 1971.") == ["22 / 10 / 1971"]
    assert _spans("Karl (b. 1969 09 15) shot a 512") == ["1969 09 15"]
    assert _spans("Mrs Parkes: renewal due, DOB 1992-Aug-19, passport LO 11 79 96 R") == ["1992-Aug-19"]
    assert _spans("Geburtstag: 11.May.1957.") == ["11.May.1957"]
    assert _spans("born on the 27th of November 2019 at home") == ["27th of November 2019"]
    assert _spans("nacido el 5 de mayo de 1980") == ["5 de mayo de 1980"]


def test_no_cue_no_date() -> None:
    assert _spans("Delivery 1992-Aug-19, order 22 / 10 / 1971") == []


def test_not_a_birth_date() -> None:
    assert _spans("DOB 2027-Jan-03") == []  # after today
    assert _spans("Plan b. 12 / 03 / 2026") == []  # a bare b. before a date of this year: a plan's
    assert _spans("DOB: 12 34 56 78 90") == []
    assert _spans("born 1971 04 19 22") == []  # a fourth number: digits in groups
