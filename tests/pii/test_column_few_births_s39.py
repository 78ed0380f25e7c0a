"""Children's birth dates in small tables about people (s39, PP): a decade of recent years read as birth dates when
the rows of returning people carry one date each; event dates, which change from row to row, stay unplanned."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_few_births import one_date_per_person
from safe_synthesizer.pii.replace import plan_columns

_PARENTS = ["Oksana Melnyk", "Tariq Haddad", "Greta Lindholm", "Mateus Rocha", "Ilse Verhoeven", "Chidi Okafor",
            "Zofia Krawczyk", "Anders Berg", "Lucía Ferrer", "Kenji Mori", "Ayla Demir", "Pietro Gallo",
            "Maren Falk", "Samir Aziz"]  # fmt: skip
_TODAY = date.today()


def _children(n: int) -> list[date]:
    """One date per child, 3-15 years back, over the months of the year."""
    start = date(_TODAY.year - 15, 1, 11)
    return [start + timedelta(days=(i * 4073) % (12 * 365)) for i in range(n)]


def _table(per_row_dates: bool) -> pd.DataFrame:
    """18 bookings of 12 families: the first 6 book twice."""
    order = list(range(12)) + list(range(6))
    births = _children(12)
    events = [date(_TODAY.year - 11, 2, 3) + timedelta(days=(i * 911) % 3300) for i in range(len(order))]
    dates = [(events[r] if per_row_dates else births[i]).strftime("%d/%m/%Y") for r, i in enumerate(order)]
    return pd.DataFrame({
        "c000": [_PARENTS[i] for i in order],
        "c001": [f"{_PARENTS[i].split()[0].lower()}.{_PARENTS[i].split()[1].lower()}@mail.test" for i in order],
        "c002": dates,
        "c003": ["weekly" if r % 3 else "once" for r in range(len(order))],
    })  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_children_birth_dates_of_returning_families_are_birth_dates() -> None:
    assert _plans(_table(per_row_dates=False)).get("c002") == "date_of_birth"


def test_dates_that_change_with_each_booking_are_events() -> None:
    assert _plans(_table(per_row_dates=True)).get("c002") is None


def test_one_date_per_person() -> None:
    df = _table(per_row_dates=False)
    assert one_date_per_person(df, "c002", [("c001",)]) is True
    assert one_date_per_person(_table(per_row_dates=True), "c002", [("c001",)]) is False
    assert one_date_per_person(df.head(12), "c002", [("c001",)]) is None  # nobody came back: the rows say nothing


def test_a_key_with_missing_parts_is_no_key() -> None:
    df = pd.DataFrame({
        "last": ["Berg", "Berg", None, "Falk", "Falk", "Aziz", "Aziz"],
        "first": ["Anders", "Anders", "Maren", None, "Maren", "Samir", "Samir"],
        "born": ["01/02/2015", "01/02/2015", "03/04/2016", "05/06/2017", "05/06/2017", "07/08/2018", "07/08/2018"],
    })  # fmt: skip
    assert one_date_per_person(df, "born", [("last", "first")]) is True
    df.loc[1, "born"] = "NULL"  # a cell of no date is no second date of its person: one person left seen twice
    assert one_date_per_person(df, "born", [("last", "first")]) is None
