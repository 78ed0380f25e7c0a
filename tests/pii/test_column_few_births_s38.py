"""Birth-date columns of small tables about people (s38, FX): 10-19 distinct dates count when the table's names
say its rows are people and the dates spread over a lifetime; event dates and tables of things stay unplanned."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import few_birth_date_columns, small_birth_dates

_NAMES = ["Jan de Vries", "Sjoerd Hoekstra", "Fatima El Amrani", "Anne-Marie Visser", "Hylke Postma",
          "Wietske Dijkstra", "Soufiane Boukhari", "Marie Bakker", "Kees van der Meer", "Tjitske Smit",
          "Pieter Jansen", "Yasmina Ait Taleb", "Daan Mulder", "Sanne de Boer", "Lotte Bos", "Bram Vos",
          "Noor Peters", "Ruben Hendriks", "Eva Dekker", "Thijs Brouwer", "Femke Kok", "Joris Meijer",
          "Iris Willems", "Stijn Jacobs"]  # fmt: skip


def _births(n: int) -> list[date]:
    return [date(1938, 3, 1) + timedelta(days=(i * 7919) % (66 * 365)) for i in range(n)]


def _table(dates: list[str]) -> pd.DataFrame:
    """24 rows as set 23's nl_NL export: 19 distinct dates, 3 ``niet opgegeven``, 2 blanks."""
    cells = dates[:19] + ["niet opgegeven"] * 3 + [None, None]
    return pd.DataFrame({"c000": _NAMES, "c001": cells, "c002": [round(10.5 * i, 2) for i in range(24)]})


_PEOPLE = {"c000": ColumnDetection("c000", E.NAME, 0.9, 1.0, "values", 24)}


def test_small_birth_date_column_beside_names_is_found() -> None:
    df = _table([d.strftime("%d-%m-%Y") for d in _births(19)])
    found = few_birth_date_columns(df, list(df.columns), dict(_PEOPLE) | {"c001": None, "c002": None})
    assert set(found) == {"c001"} and found["c001"].entity == E.DATE_OF_BIRTH


def test_no_people_in_the_table_no_small_birth_dates() -> None:
    df = _table([d.strftime("%d-%m-%Y") for d in _births(19)])
    assert few_birth_date_columns(df, list(df.columns), {"c000": None, "c001": None, "c002": None}) == {}


def test_event_dates_of_a_few_years_stay_events() -> None:
    events = [(date(2021, 2, 1) + timedelta(days=(i * 53) % 1300)).strftime("%d-%m-%Y") for i in range(19)]
    df = _table(events)
    assert few_birth_date_columns(df, list(df.columns), dict(_PEOPLE) | {"c001": None, "c002": None}) == {}


def test_an_event_name_keeps_the_column_an_event() -> None:
    df = _table([d.strftime("%d-%m-%Y") for d in _births(19)]).rename(columns={"c001": "joined"})
    assert few_birth_date_columns(df, list(df.columns), dict(_PEOPLE) | {"joined": None, "c002": None}) == {}


def test_too_few_dates_say_too_little() -> None:
    cells = pd.Series([d.isoformat() for d in _births(8)] * 3)
    assert not small_birth_dates(cells)[0]


def test_compact_integer_and_datetime_layouts() -> None:
    births = _births(15)
    assert small_birth_dates(pd.Series([int(d.strftime("%Y%m%d")) for d in births] + [None] * 5))[0]
    assert small_birth_dates(pd.Series(pd.to_datetime([d.isoformat() for d in births])))[0]
