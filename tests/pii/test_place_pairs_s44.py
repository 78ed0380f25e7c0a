"""The pair rule in session 44: member tiers, people written as clerks write them and calendar days are no
town/postcode pair; a sparse member number's blank cells are no repeated code."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places


def test_clerks_written_people_beside_numbers_are_no_town_column() -> None:
    people = ["OKONKWO, Adaeze", "Tunde Bakare", "Bakare, Tunde", "Eze C", "Ngozi Obi", "Chidi Eze"] * 5
    df = pd.DataFrame({"c0": [str(71203300 + 7 * i) for i in range(30)], "c1": people})
    assert "c1" not in pair_places(df, ["c0", "c1"], {})


def test_sparse_member_numbers_beside_tiers_are_no_pair() -> None:
    numbers = [("" if i % 5 < 3 else str(880_000 + 13 * i)) for i in range(60)]
    tiers = [("" if n == "" else ["Gold", "Silver", "Platinum", "Bronze"][i % 4]) for i, n in enumerate(numbers)]
    df = pd.DataFrame({"MEMBERSHIP_NO": numbers, "MEMBERSHIP_LEVEL": tiers})
    assert pair_places(df, ["MEMBERSHIP_NO", "MEMBERSHIP_LEVEL"], {}) == {}


def test_calendar_days_are_no_postcodes() -> None:
    days = [f"2024{m:02d}{d:02d}" for m in range(1, 11) for d in (3, 17)]
    towns = ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Garowe"] * 4
    df = pd.DataFrame({"ERDAT": days, "ORT01": towns})
    assert "ERDAT" not in pair_places(df, ["ERDAT", "ORT01"], {})
