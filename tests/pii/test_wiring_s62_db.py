"""Session 62 DB: birth dates with ages and island month words, end to end through ``replace_pii``."""

from datetime import date

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _aged(born: date) -> str:
    today = date.today()
    return f"{born.isoformat()} → {today.year - born.year - ((today.month, today.day) < (born.month, born.day))}"


def test_birth_dates_with_ages_and_island_month_words_are_replaced() -> None:
    dobs = [_aged(date(1948, 11, 28)), "2017.Tīt.16", "1948, 19 Malaki", _aged(date(1975, 3, 2)), "1988.Ade.18",
            "1994.Nun.15", _aged(date(2012, 7, 9)), "2021.ʻAtete.10", "1965, 21 Tiurai",
            _aged(date(1990, 1, 31))]  # fmt: skip
    names = ["Teva Tapu", "Hina Salmon", "Keoni Kahale", "Kofi Mensah", "Ama Owusu", "Idir Amrani", "Lila Mendy",
             "Vaea Tehei", "Moana Lee", "Sione Fifita"]  # fmt: skip
    notes = [f"Mothusi: {n}, o tsholetswe ka {d}, mogala 71 000 00{i}" if i % 2 else "" for i, (n, d) in
             enumerate(zip(names, [_aged(date(1983, 5, 1))] * 10, strict=True))]  # fmt: skip
    df = pd.DataFrame({"Name": names, "Date of birth": dobs, "Notes": notes})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans["Date of birth"] == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert not set(out["Date of birth"]) & set(dobs)
    kept_age = _aged(date(1983, 5, 1)).split("→")[1]
    for before, after in zip(notes, out["Notes"], strict=True):
        if before:
            assert "1983-05-01" not in after and "→" in after  # the age rewritten with the fake date, not left
            fake = after.split("ka ")[1].split(",")[0]
            born = date.fromisoformat(fake.split(" → ")[0])
            assert fake == _aged(born), (fake, kept_age)


def test_children_dates_beside_a_parent_booking_for_each_are_birth_dates_hidden() -> None:
    families = [("Sarah Mitchell", "sarah.mitchell@mail.test", [("Oliver Mitchell", "2014-05-03"),
                 ("Emily Mitchell", "2016-09-21")]),
                ("David Turner", "dturner@mail.test", [("Jack Turner", "2012-02-14"), ("Grace Turner", "2015-07-30"),
                 ("Harry Turner", "2018-11-02")]),
                ("Laura Bennett", "laura.b@mail.test", [("Sophie Bennett", "2013-04-09"),
                 ("Lucy Bennett", "2017-01-17")]),
                ("James Cooper", "jcooper@mail.test", [("Thomas Cooper", "2011-10-25")])]  # fmt: skip
    rows = [(child, born, parent, mail) for parent, mail, kids in families for child, born in kids]
    rows += rows[:3]  # the same children booked again: the same birth dates
    df = pd.DataFrame(
        {
            "c000": [f"2027-{i % 9 + 1:02d}-{i % 27 + 1:02d}" for i in range(len(rows))],  # the walks' dates
            "c001": [r[0] for r in rows],
            "c002": [r[1] for r in rows],
            "c003": [r[2] for r in rows],
            "c004": [r[3] for r in rows],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans["c002"] == "date_of_birth"
    assert plans.get("c000") != "date_of_birth"
