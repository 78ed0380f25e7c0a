"""Tests for birth dates told by their rows (:mod:`safe_synthesizer.pii.column_row_births`)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_row_births import family_rows, person_of, row_birth_date_columns

TODAY = date(2025, 11, 20)
GIVEN = ["Lena", "Jonas", "Mila", "Paul", "Ida", "Felix", "Emma", "Noah", "Clara", "Ben", "Hanna", "Elias", "Lotta",
         "Anton", "Greta", "Oskar", "Frida", "Theo", "Maja", "Karl"]  # fmt: skip
FAMILY = ["Brandt", "Keller", "Vogt", "Lorenz", "Haas", "Sauer", "Kuhn", "Roth", "Franke", "Berger", "Winkler",
          "Graf", "Jung", "Pohl", "Seidel", "Busch", "Engel", "Horn", "Kraus", "Ludwig"]  # fmt: skip
ADULTS = ["Nuno Matos", "Rita Paiva", "Hugo Seixas", "Ana Pinho", "Rui Freitas", "Sara Viana", "Tiago Neves"]


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 20)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def _layout(d: date, i: int) -> str:
    return (d.strftime("%d.%m.%Y"), d.isoformat(), f"{d.day}.{d.month}.{d.strftime('%y')}")[i % 3]


def _roster(rows: int = 24, seed: int = 7, guardians: bool = True) -> tuple[pd.DataFrame, dict]:
    """A nursery's roster of its own: each child once, born 1-5 years back, a guardian beside, a start date."""
    rng = random.Random(seed)
    data: dict[str, list[str]] = {"a": [], "b": [], "c": [], "d": [], "e": []}
    for i in range(rows):
        born = _day(rng, date(2020, 9, 1), date(2024, 8, 1))
        data["a"].append(GIVEN[i % 20])
        data["b"].append(FAMILY[(i * 7 + i // 20) % 20])
        data["c"].append(_layout(born, i))
        data["d"].append(f"{rng.choice(ADULTS).split()[0]} {data['b'][-1]}" if guardians else "")
        data["e"].append(_day(rng, born + timedelta(days=400), date(2025, 10, 1)).strftime("%d/%m/%Y"))
    df = pd.DataFrame(data)
    det = {"a": _det("a", E.FIRST_NAME), "b": _det("b", E.LAST_NAME)}
    if guardians:
        det["d"] = _det("d", E.NAME)
    return df, det


def _bookings(seed: int = 3) -> tuple[pd.DataFrame, dict]:
    """A small booking log: repeat clients written differently, a handful of birth dates, blanks and junk."""
    rng = random.Random(seed)
    people = {"Nuno Matos": date(1951, 4, 2), "Rita Paiva": date(1978, 10, 30), "Hugo Seixas": date(1990, 6, 17),
              "Ana Pinho": date(1944, 1, 9), "Rui Freitas": date(1969, 12, 24)}  # fmt: skip
    rows: dict[str, list[str]] = {"when": [], "who": [], "born": [], "booker": []}
    names = list(people) * 3
    for i, name in enumerate(names):
        given, family = name.split()
        rows["when"].append(_day(rng, date(2024, 11, 1), date(2025, 11, 1)).strftime("%d/%m/%Y"))
        # Each visit writes the client another way: no two rows of one client read alike as strings.
        rows["who"].append((name, f"{family.upper()}, {given}", f"{family} {given}")[i // len(people)])
        born = people[name]
        rows["born"].append(
            ["", "0", born.strftime("%d/%m/%Y"), f"{born.day}/{born.month}/{born.strftime('%y')}"][i % 4]
        )
        rows["booker"].append(["desk@clinic.example", "ward7@clinic.example"][i % 2])
    return pd.DataFrame(rows), {"who": _det("who", E.NAME), "booker": _det("booker", E.EMAIL)}


def test_person_of_reads_one_person_in_any_order_case_and_punctuation():
    assert person_of(["MATOS, Nuno"]) == person_of(["nuno matos"])
    assert person_of(["彭, 建平"]) == person_of(["建平彭"])
    assert person_of(["Matos", "Nuno"]) == person_of(["Nuno Matos"])
    assert person_of(["n/a"]) is None and person_of([""]) is None


def test_children_of_a_roster_with_guardians_are_birth_dates():
    df, det = _roster()
    found = row_birth_date_columns(df, list(df.columns), det, today=TODAY)
    assert list(found) == ["c"]
    assert found["c"].entity == E.DATE_OF_BIRTH and "children" in found["c"].evidence


def test_children_of_a_small_and_a_large_roster():
    for rows, seed in ((10, 1), (300, 2)):
        df, det = _roster(rows, seed)
        assert list(row_birth_date_columns(df, list(df.columns), det, today=TODAY)) == ["c"], rows


def test_recent_dates_without_a_second_person_on_the_rows_are_left():
    # Without a guardian, dates of a few recent years before a later date are any event and its sequel.
    df, det = _roster(guardians=False)
    assert row_birth_date_columns(df, list(df.columns), det, today=TODAY) == {}


def test_adult_clients_of_a_small_log_are_birth_dates():
    df, det = _bookings()
    found = row_birth_date_columns(df, list(df.columns), det, today=TODAY)
    assert list(found) == ["born"]
    assert "one date per person" in found["born"].evidence


def test_adult_handful_without_repeat_people_is_left():
    df, det = _bookings()
    df["who"] = [f"Client {i}" for i in range(len(df))]
    assert row_birth_date_columns(df, list(df.columns), det, today=TODAY) == {}


def test_start_date_before_a_later_event_of_two_unrelated_people_is_left():
    # Flat-sharers' start dates spread over years, each before the row's inspection: two people per row, no family.
    rng = random.Random(11)
    rows = 30
    start = [_day(rng, date(2016, 1, 1), date(2024, 12, 1)) for _ in range(rows)]
    df = pd.DataFrame({
        "tenant": [f"{GIVEN[i % 20]} {FAMILY[(i + i // 20) % 20]}" for i in range(rows)],
        "joint": [f"{GIVEN[(i + 5) % 20]} {FAMILY[(i + 3) % 20]}" for i in range(rows)],
        "since": [d.isoformat() for d in start],
        "checked": [_day(rng, date(2025, 6, 1), date(2025, 11, 1)).isoformat() for _ in range(rows)],
    })  # fmt: skip
    det = {"tenant": _det("tenant", E.NAME), "joint": _det("joint", E.NAME)}
    assert row_birth_date_columns(df, list(df.columns), det, today=TODAY) == {}


def test_family_rows_need_the_childs_surname_beside_and_not_its_own_name():
    df, det = _roster()
    assert family_rows(df, det)
    # A CRM's full name beside its own person's split names is one person, not a family.
    df["d"] = df["a"] + " " + df["b"]
    assert not family_rows(df, det)
    df["d"] = [f"{ADULTS[i % 7].split()[0]} {FAMILY[(i * 7 + 3) % 20]}" for i in range(len(df))]
    assert not family_rows(df, det)


def test_death_dates_before_burials_are_left():
    rng = random.Random(5)
    rows = 25
    died = [_day(rng, date(2010, 1, 1), date(2025, 9, 1)) for _ in range(rows)]
    df = pd.DataFrame({
        "deceased": [f"{GIVEN[i % 20]} {FAMILY[(i * 3) % 20]}" for i in range(rows)],
        "died": [d.strftime("%d.%m.%Y") for d in died],
        "buried": [(d + timedelta(days=rng.randrange(3, 15))).strftime("%d.%m.%Y") for d in died],
        "owner": [f"{GIVEN[(i + 3) % 20]} {FAMILY[(i * 3) % 20]}" for i in range(rows)],
    })  # fmt: skip
    det = {"deceased": _det("deceased", E.NAME), "owner": _det("owner", E.NAME)}
    assert row_birth_date_columns(df, list(df.columns), det, today=TODAY) == {}


def test_registration_dates_within_fifteen_years_of_the_visits_are_left():
    # Adults registered 2008-2024, each before every visit, kept per person: a registration, not a birth.
    rng = random.Random(9)
    registered = {name: _day(rng, date(2008, 1, 1), date(2024, 1, 1)) for name in ADULTS}
    names = [rng.choice(ADULTS) for _ in range(40)]
    df = pd.DataFrame({
        "client": names,
        "since": [registered[n].isoformat() for n in names],
        "visit": [_day(rng, date(2024, 6, 1), date(2025, 11, 1)).isoformat() for _ in names],
    })  # fmt: skip
    assert row_birth_date_columns(df, list(df.columns), {"client": _det("client", E.NAME)}, today=TODAY) == {}


def test_a_column_found_already_or_a_named_event_is_left():
    df, det = _roster()
    assert row_birth_date_columns(df, list(df.columns), {**det, "x": _det("x", E.DATE_OF_BIRTH)}, today=TODAY) == {}
    renamed = df.rename(columns={"c": "start_date"})
    assert row_birth_date_columns(renamed, list(renamed.columns), det, today=TODAY) == {}
    assert row_birth_date_columns(df, list(df.columns), det, entities=(E.NAME,), today=TODAY) == {}


def test_no_people_no_finding():
    df, _ = _roster()
    assert row_birth_date_columns(df, list(df.columns), {}, today=TODAY) == {}


def test_a_clubs_joining_dates_beside_each_childs_last_visit_and_parent_are_left():
    # A swimming club's juniors: joined over six years up to a month before the export, each last swim recent, a
    # parent of the child's surname on each row. Joining dates run up to the export; a roster's children do not.
    rng = random.Random(21)
    rows = 60
    joined = [_day(rng, date(2019, 10, 1), date(2025, 10, 20)) for _ in range(rows)]
    df = pd.DataFrame({
        "first": [GIVEN[i % 20] for i in range(rows)],
        "last": [FAMILY[(i * 7 + i // 20) % 20] for i in range(rows)],
        "parent": [f"{ADULTS[i % 7].split()[0]} {FAMILY[(i * 7 + i // 20) % 20]}" for i in range(rows)],
        "j": [_layout(d, i) for i, d in enumerate(joined)],
        "s": [_day(rng, max(d, date(2025, 1, 1)), date(2025, 11, 15)).strftime("%d/%m/%Y") for d in joined],
    })  # fmt: skip
    det = {"first": _det("first", E.FIRST_NAME), "last": _det("last", E.LAST_NAME), "parent": _det("parent", E.NAME)}
    assert family_rows(df, det)
    # Names hidden (``joined`` would say an event itself).
    assert row_birth_date_columns(df, list(df.columns), det, today=TODAY) == {}
