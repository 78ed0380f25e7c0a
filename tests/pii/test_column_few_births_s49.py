"""Children's birth dates of a small roster whose rows name the child's teacher (staff over many rows) and a payer
or parent (s49, DB): the teacher is no person of the dates, and a payer's full names typed as given names still
make the rows name two people."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import few_birth_date_columns

TODAY = date.today()
CHILDREN = ["Tove Lindahl", "Emil Sandvik", "Saga Holmberg", "Nils Ekdahl", "Alva Brink", "Ture Lindahl",
            "Majken Ström", "Vide Falk", "Ines Ekdahl", "Loke Brink", "Elsa Norén", "Sixten Holm", "Ebba Dahl",
            "Melker Vik"]  # fmt: skip
PARENTS = ["Kristina", "Jonas", "Petra", "Mats", "Lena", "Ola", "Anja", "Rikard", "Sofie", "Janne", "Hedda",
           "Stig", "Maria", "Göran"]  # fmt: skip
TEACHERS = ["Fru Berg", "Hr Lund", "Fru Berg", "Fru Öst"]


def _roster(payer_entity: str = E.NAME) -> tuple[pd.DataFrame, dict[str, ColumnDetection]]:
    """Pupils born 4-14 years back (three layouts), a teacher per pupil (three teachers), a payer of the surname."""
    born = [TODAY - timedelta(days=4 * 365 + (i * 2671) % (10 * 365)) for i in range(len(CHILDREN))]
    layouts = [lambda d: d.strftime("%d-%m-%y"), lambda d: d.isoformat(), lambda d: d.strftime("%d/%m/%Y")]
    df = pd.DataFrame({
        "c000": CHILDREN,
        "c001": [layouts[i % 3](d) for i, d in enumerate(born)],
        "c002": [TEACHERS[i % 4] for i in range(len(CHILDREN))],
        "c003": [f"{p} {c.split()[1]}" if i % 4 else f"{c.split()[1].upper()}, {p}" for i, (p, c) in
                 enumerate(zip(PARENTS, CHILDREN, strict=True))],
        "c004": ["Mon 15:00", "Tue 16:30", "Wed 17:00", "Thu 15:30"] * 3 + ["Fri 14:00", "Fri 15:00"],
    })  # fmt: skip
    det = {
        "c000": ColumnDetection("c000", E.NAME, 0.9, 0.9, "values", 14),
        "c002": ColumnDetection("c002", E.NAME, 0.9, 0.9, "values", 14),
        "c003": ColumnDetection("c003", payer_entity, 0.9, 0.9, "values", 14),
    }
    return df, det


def test_a_teacher_over_many_pupils_is_no_person_of_their_birth_dates() -> None:
    df, det = _roster()
    assert list(few_birth_date_columns(df, list(df.columns), det)) == ["c001"]


def test_a_payer_column_typed_as_given_names_still_names_a_second_person() -> None:
    df, det = _roster(payer_entity=E.FIRST_NAME)
    assert list(few_birth_date_columns(df, list(df.columns), det)) == ["c001"]


def test_a_teacher_alone_is_no_guardian() -> None:
    df, det = _roster()
    del det["c003"]
    assert few_birth_date_columns(df.drop(columns="c003"), list(df.columns.drop("c003")), det) == {}


def test_joining_dates_that_change_per_pupil_visit_stay_events() -> None:
    df, det = _roster()
    # The same pupils on a second row each with another date: the rows' own people carry several dates.
    again = df.copy()
    again["c001"] = [(TODAY - timedelta(days=3 * 365 + 97 * i)).isoformat() for i in range(len(df))]
    both = pd.concat([df, again], ignore_index=True)
    assert few_birth_date_columns(both, list(both.columns), det) == {}
