"""Whether a date column's dates follow the row's own person when the booker carries several
(column_dates_follow_person)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_dates_follow_person import dates_follow_person


def _frame(children: list[str], dates: list[str]) -> pd.DataFrame:
    bookers = ["ana@mail.test", "ana@mail.test", "ben@mail.test", "ben@mail.test", "ben@mail.test", "cy@mail.test"]
    return pd.DataFrame({"booker": bookers, "child": children, "born": dates})


def test_a_parent_with_a_date_per_child() -> None:
    df = _frame(
        ["Tom Ward", "Mia Ward", "Leo Stone", "Zoe Stone", "Leo Stone", "Ida Bell"],
        ["2015-03-02", "2017-06-09", "2014-01-20", "2016-11-05", "2014-01-20", "2013-08-08"],
    )
    assert dates_follow_person(df, "born", [("booker",)], ["child"])


def test_the_same_child_with_another_date_is_an_event() -> None:
    df = _frame(
        ["Tom Ward", "Tom Ward", "Leo Stone", "Leo Stone", "Zoe Stone", "Ida Bell"],
        ["2015-03-02", "2017-06-09", "2014-01-20", "2016-11-05", "2019-02-02", "2013-08-08"],
    )
    assert not dates_follow_person(df, "born", [("booker",)], ["child"])


def test_rows_without_a_second_person_say_nothing() -> None:
    df = _frame(
        ["", "", "", "", "", ""], ["2015-03-02", "2017-06-09", "2014-01-20", "2016-11-05", "2019-02-02", "2013-08-08"]
    )
    assert not dates_follow_person(df, "born", [("booker",)], ["child"])


def test_one_key_person_with_several_dates_is_too_little() -> None:
    df = _frame(
        ["Tom Ward", "Mia Ward", "Leo Stone", "Leo Stone", "Leo Stone", "Ida Bell"],
        ["2015-03-02", "2017-06-09", "2014-01-20", "2014-01-20", "2014-01-20", "2013-08-08"],
    )
    assert not dates_follow_person(df, "born", [("booker",)], ["child"])
