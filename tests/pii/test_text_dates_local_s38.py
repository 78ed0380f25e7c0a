"""Birth dates with month names of text_birth_words_local are shifted in their own language (session 38), through
``formats.shift_date_string`` as the replacer calls it: the real month word is not kept."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.text_dates_local import shift_month_name_date


@pytest.mark.parametrize(
    ("value", "days", "shifted"),
    [
        ("08 Mawrth 1958", 31, "08 Ebrill 1958"),
        ("30 Rhagfyr 1999", 2, "1 Ionawr 2000"),
        ("1985. március 12.", 31, "1985. április 12."),
        ("1983. gada 7. novembrī", 31, "1983. gada 8. decembrī"),
        ("1964 m. gegužės 9 d.", 31, "1964 m. birželio 9 d."),
        ("1971eko urriaren 3", 31, "1971eko azaroaren 3"),
        ("12. märts 1985", 31, "12. aprill 1985"),
        ("5 ta' Settembru 1977", 31, "6 ta' Ottubru 1977"),
    ],
)
def test_month_word_shifted_in_its_language(value: str, days: int, shifted: str) -> None:
    assert shift_date_string(value, days) == shifted


@pytest.mark.parametrize("value", ["Mawrth", "31 Chwefror 1990", "12 Mawrth", "born 12 Mawrth 1958"])
def test_no_date_or_no_real_day_gives_none(value: str) -> None:
    assert shift_month_name_date(value, 3) is None
