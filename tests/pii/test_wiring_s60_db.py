"""Session 60 helper DB's hooks, end to end through ``replace_pii`` / ``plan_columns``: birth dates after the birth
words of more languages, backslash dates, and birth-date cells with the age after them. Values are not set 45's."""

from __future__ import annotations

from datetime import date

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_birth_dates_after_birth_words_of_more_languages_and_backslash_dates_are_replaced() -> None:
    notes = [
        "Zikomo! Chikondi anabadwa pa 3/9/1984 ku Zomba.",
        "Mwana oyo abotamaki na 1999-04-12 na Kisangani.",
        "Teraka tamin'ny 07.06.62 i Rasoa.",
        "Moris iha 12\\10\\1988, Baucau.",
        "Card for Ms Okafor, born 21\\11\\1979, at the desk.",
        "Geburtstag von Frau Lenz, geboren am 02\\05\\1961.",
    ] * 2
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for value in ("3/9/1984", "1999-04-12", "07.06.62", "12\\10\\1988", "21\\11\\1979", "02\\05\\1961"):
        assert value not in out


def _aged(born: date, today: date) -> str:
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return f"{born:%d/%m/%Y} ({age} yrs)"


def test_birth_date_cells_with_the_age_after_them_are_found_and_faked_with_the_fake_dates_age() -> None:
    today = date.today()
    born = [date(1950 + 3 * i, 1 + i % 12, 1 + (7 * i) % 27) for i in range(24)]
    df = pd.DataFrame(
        {
            "Member": [f"M{100 + i}" for i in range(24)],
            "Date of birth": [_aged(b, today) for b in born],
            "Fee": [str(20 + i % 3 * 5) for i in range(24)],
        }
    )
    assert _plans(df).get("Date of birth") == "date_of_birth"
    out = _replaced(df)["Date of birth"].tolist()
    for before, after in zip(df["Date of birth"], out, strict=True):
        assert after != before and after.endswith(" yrs)")
        fake = date(int(after[6:10]), int(after[3:5]), int(after[:2]))
        assert after == _aged(fake, today)  # the age written is the fake date's


def test_a_small_tables_dates_of_years_ago_beside_its_people_are_birth_dates_event_dates_are_not() -> None:
    people = ["Amara Okafor", "Tobias Lindqvist", "Maren Holt", "Ilse Brandt", "Keanu Makoa", "Sofia Reyes",
              "Omar Haddad", "Lucía Torres", "Jonas Weber", "Ana Silva", "Priya Nair", "Leon Fischer"]  # fmt: skip
    base = pd.DataFrame({"c000": [f"T{i}" for i in range(12)], "c001": people, "c003": ["Blue", "Red", "Green"] * 4})
    three = ["14 03 2012", "", "", "02 11 2014", "", "", "", "27 06 2016", "", "", "", ""]
    five = ["14\\03\\2012", "", "02\\11\\2014", "", "27\\06\\2016", "", "09\\01\\2013", "", "18\\08\\2019", "", "", ""]
    for born in (three, five):
        assert _plans(base.assign(c002=born)).get("c002") == "date_of_birth"
    today = date.today()
    recent = [f"{1 + i * 2:02d} {1 + (today.month + i) % 12:02d} {today.year - 1}" for i in range(12)]
    assert _plans(base.assign(c002=recent)).get("c002") != "date_of_birth"
