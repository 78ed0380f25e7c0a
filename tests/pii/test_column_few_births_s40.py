"""One birth date written in several layouts over a person's rows (s40, DB): a merged export writes ``07.11.1966``
on one row, ``1966-11-07`` or ``7/11/66`` on the next. Read as calendar dates they are one date per person, and the
small table's column is a birth-date column; dates that change per person, in any layouts, stay events."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_few_births import one_date_per_person
from safe_synthesizer.pii.replace import plan_columns

_MEMBERS = ["Rasmus Holm", "Nadia Petrova", "Ewan Doyle", "Priya Raman", "Tomasz Wrona", "Ines Duarte",
            "Hugo Lambert", "Selin Kaya", "Oskar Lind", "Mirela Popa", "Dario Conti", "Freya Walsh",
            "Kofi Mensah", "Lotte Visser"]  # fmt: skip
# The layouts one export writes a date in, chosen per row (a form, an import, a hand-typed row).
_LAYOUTS = (
    lambda d: d.strftime("%d.%m.%Y"),
    lambda d: d.isoformat(),
    lambda d: f"{d.day}/{d.month}/{d:%y}",
    lambda d: d.strftime("%d.%m.%Y 00:00:00"),
    lambda d: f"{d.day} {d:%B %Y}",
)


def _adults(n: int) -> list[date]:
    """One birth date per member, 20-80 years back."""
    start = date(date.today().year - 80, 2, 9)
    return [start + timedelta(days=(i * 8147) % (60 * 365)) for i in range(n)]


def _table(per_row_dates: bool) -> pd.DataFrame:
    """18 visits of 12 members, the first 6 coming back, each row writing its date in the row's layout."""
    order = list(range(12)) + list(range(6))
    births = _adults(12)
    # Dates of a life span that change with each row (by their values alone, a column of birth dates).
    events = [births[(r * 5) % 12] + timedelta(days=400 + r * 37) for r in range(len(order))]
    dates = [
        _LAYOUTS[(r * 3 + i) % len(_LAYOUTS)](events[r] if per_row_dates else births[i]) for r, i in enumerate(order)
    ]
    return pd.DataFrame({
        "c000": [_MEMBERS[i].split()[0] for i in order],
        "c001": [_MEMBERS[i].split()[1] for i in order],
        "c002": [f"{_MEMBERS[i].replace(' ', '.').lower()}@club.test" for i in order],
        "c003": dates,
        "c004": ["gold" if r % 4 else "silver" for r in range(len(order))],
    })  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_one_birth_date_in_several_layouts_is_one_date_per_person() -> None:
    assert one_date_per_person(_table(per_row_dates=False), "c003", [("c002",)]) is True
    assert one_date_per_person(_table(per_row_dates=True), "c003", [("c002",)]) is False


def test_a_small_table_whose_members_return_with_their_birth_date_in_other_layouts() -> None:
    assert _plans(_table(per_row_dates=False)).get("c003") == "date_of_birth"
    # Dates that change per person stay events, in any layouts.
    assert _plans(_table(per_row_dates=True)).get("c003") is None


def test_day_and_month_order_read_from_the_column() -> None:
    """``03/04/1971`` is 3 April where the column writes ``25/12/1980`` (day first) and 4 March where it writes
    ``12/25/1980`` (month first): the same cells are one date or two by the column's other cells."""
    base = {"who": ["a", "a", "b", "b", "c"]}
    day_first = pd.DataFrame({**base, "born": ["03/04/1971", "1971-04-03", "25/12/1980", "1980-12-25", "30/01/1990"]})
    month_first = pd.DataFrame({**base, "born": ["03/04/1971", "1971-04-03", "12/25/1980", "1980-12-25", "01/30/1990"]})
    assert one_date_per_person(day_first, "born", [("who",)]) is True
    assert one_date_per_person(month_first, "born", [("who",)]) is False


def test_outlooks_none_date_is_no_second_date() -> None:
    df = pd.DataFrame(
        {
            "who": ["a", "a", "a", "b", "b", "b"],
            "born": ["2/9/1961", "0/0/00", "2/9/61", "7/30/1975", "0/0/00", "7/30/75"],
        }
    )
    assert one_date_per_person(df, "born", [("who",)]) is True


def _contacts(dates: list[str]) -> pd.DataFrame:
    """A contact export of 11 rows: 7 people, 4 of them on a second row (a second address book merged in)."""
    order = [0, 1, 2, 3, 4, 5, 6, 1, 3, 5, 0]
    people = ["Wanjiru Kamau", "Bohdan Savchuk", "Aurélie Masson", "Joaquín Ibarra", "Sigrid Nyberg",
              "Rashid Karim", "Tamsin Pryce"]  # fmt: skip
    return pd.DataFrame({
        "c000": [people[i].split()[0] for i in order],
        "c001": [people[i].split()[1] for i in order],
        "c002": [f"{people[i].split()[1].lower()}{i + 3}@post.test" for i in order],
        "c003": [dates[i] for i in order],
        "c004": ["Family" if i % 2 else "Work" for i in order],
    })  # fmt: skip


def test_a_handful_of_birth_dates_kept_by_returning_people() -> None:
    """Six dates (and Outlook's ``0/0/00`` for none) are too few by their spread alone; the people seen twice
    with one date each make them birth dates. A handful of dates that change per person stay events."""
    births = ["3/17/1958", "11/2/1983", "0/0/00", "7/29/1969", "12/30/1947", "5/8/1991", "9/21/1975"]
    df = _contacts(births)
    assert _plans(df).get("c003") == "date_of_birth"
    events = df.assign(c003=[f"{m}/{d}/{y}" for m, d, y in zip([3, 11, 6, 7, 12, 5, 9, 4, 8, 2, 10],
                                                                [17, 2, 5, 29, 30, 8, 21, 14, 3, 26, 11],
                                                                [1958, 1983, 1962, 1969, 1947, 1991, 1975, 1990,
                                                                 1971, 1952, 1986], strict=True)])  # fmt: skip
    assert _plans(events).get("c003") is None


def test_a_second_header_row_naming_birth_dates() -> None:
    """A sheet of merged headers read with its merged row as the header: ``Unnamed: 2``'s first cell is its name
    (``Geboortedatum``), children's dates of a few years below. An event column under its own second header stays."""
    kids = ["2014-05-09", "17/11/2016", "2013-02-27", "03/08/2015", "2016-12-01", "22/06/2014", "2015-09-30",
            "11/01/2017", "2013-10-05", "2016-04-18", "29/03/2015", "2014-07-21"]  # fmt: skip
    visits = ["2025-05-09", "17/11/2025", "2025-02-27", "03/08/2025", "2025-12-01", "22/06/2025", "2025-09-30",
              "11/01/2026", "2025-10-05", "2025-04-18", "29/03/2025", "2025-07-21"]  # fmt: skip
    df = pd.DataFrame({
        "Deelnemer": ["Voornaam", "Femke", "Jelle", "Noor", "Daan", "Sanne", "Bram", "Lotte", "Thijs", "Iris",
                      "Ruben", "Eva", "Stijn"],
        "Unnamed: 1": ["Achternaam", "Visser", "Smit", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
                       "Dekker", "Brouwer", "Kok", "Meijer"],
        "Unnamed: 2": ["Geboortedatum", *kids],
        "Unnamed: 3": ["Aanmelddatum", *visits],
    })  # fmt: skip
    plans = _plans(df)
    assert plans.get("Unnamed: 2") == "date_of_birth"
    assert plans.get("Unnamed: 3") is None
