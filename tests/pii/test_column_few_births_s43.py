"""A small register whose e-mail column writes ``-`` for guests who gave none: ``-`` names no one, so the rows of
different guests sharing it are no person with several birth dates (session 43)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_few_births import one_date_per_person
from safe_synthesizer.pii.replace import plan_columns


def _register(seed: int, guests: int = 15, rows: int = 24) -> pd.DataFrame:
    """A B&B's guest register, names hidden: returning guests keep their birth date and e-mail; a third of the
    guests gave no e-mail (``-``)."""
    rng, fake = random.Random(seed), Faker("en_IE")
    fake.seed_instance(seed)
    people = []
    for _ in range(guests):
        born = date(2005, 1, 1) - timedelta(days=rng.randrange(60 * 365))
        mail = fake.email() if rng.random() < 0.65 else "-"
        people.append((f"{fake.last_name().upper()} {fake.first_name()}", born.strftime("%d/%m/%Y"), mail))
    visits = people + [rng.choice(people) for _ in range(rows - guests)]
    rng.shuffle(visits)
    out = []
    for name, born, mail in visits:
        arrived = date(2026, 9, 1) - timedelta(days=rng.randrange(400))
        out.append({"c000": arrived.isoformat(), "c001": name, "c002": born, "c003": mail,
                    "c004": fake.phone_number(), "c005": rng.choice(["Room 1", "Room 2", "Loft"])})  # fmt: skip
    return pd.DataFrame(out)


def test_placeholder_emails_name_no_one() -> None:
    df = pd.DataFrame(
        {
            "mail": ["-", "-", "-", "a@x.ie", "a@x.ie", "b@y.ie", "b@y.ie"],
            "born": ["01/02/1950", "03/04/1961", "05/06/1972", "07/08/1983", "07/08/1983", "09/10/1944", "09/10/1944"],
        }
    )
    assert one_date_per_person(df, "born", [("mail",)]) is True


def test_register_birth_dates_found_with_names_hidden() -> None:
    for seed in (4304, 4310, 4311, 4314):  # registers whose "-" rows used to read as one guest of many dates
        df = _register(seed)
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get("c002") == E.DATE_OF_BIRTH, seed
        assert plans.get("c000") is None, seed
