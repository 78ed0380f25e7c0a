"""A member list with a contact person's columns filled on its few child members' rows: its joining dates (recent
years, like children's birth dates) are no children's birth dates (session 43); a roster naming a guardian on every
row still is."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import rows_name_two_people
from safe_synthesizer.pii.replace import plan_columns


def _members(seed: int, rows: int = 14) -> pd.DataFrame:
    """A lending library's member list kept until two years ago (an archived branch), names hidden: a fifth are
    children, whose rows name a guardian."""
    rng, fake = random.Random(seed), Faker("en_NZ")
    fake.seed_instance(seed)
    out = []
    for _ in range(rows):
        child = rng.random() < 0.2
        years = rng.randint(3, 12) if child else rng.randint(20, 85)
        born = date.today() - timedelta(days=years * 365 + rng.randrange(365))
        joined = date.today() - timedelta(days=rng.randint(800, 12 * 365))
        surname = fake.last_name()
        out.append({"c000": f"M{rng.randint(10000, 99999)}", "c001": surname, "c002": fake.first_name(),
                    "c003": born.isoformat(), "c004": joined.isoformat(),
                    "c005": surname if child else None, "c006": fake.first_name() if child else None,
                    "c007": rng.choice(["mother", "father", "grandparent"]) if child else None})  # fmt: skip
    return pd.DataFrame(out)


def _found(entity: str, name: str) -> ColumnDetection:
    return ColumnDetection(name, entity, 0.9, 1.0, "values", 0, None, "")


def test_rows_name_two_people() -> None:
    found = {c: _found(e, c) for c, e in (("a", E.LAST_NAME), ("b", E.FIRST_NAME), ("c", E.LAST_NAME),
                                          ("d", E.FIRST_NAME))}  # fmt: skip
    full = pd.DataFrame({"a": ["X", "Y"], "b": ["P", "Q"], "c": ["X", "Z"], "d": ["R", "S"]})
    few = pd.DataFrame({"a": ["X", "Y", "Z"], "b": ["P", "Q", "R"], "c": ["X", None, None], "d": ["R", None, ""]})
    assert rows_name_two_people(full, found)
    assert not rows_name_two_people(few, found)


def test_joining_dates_of_a_member_list_are_no_birth_dates() -> None:
    for seed in (4341, 4346, 4347, 4348, 4349):  # read as children with guardians at the session start
        df = _members(seed)
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get("c004") is None, seed
