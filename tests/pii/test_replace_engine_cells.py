"""replace_pii keeps cells of no value, blank cells and export wrapping; no original comes back as a fake."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _table(n: int = 80) -> pd.DataFrame:
    fake = Faker("en_US")
    fake.seed_instance(5)
    rng = random.Random(5)
    holes = ["n/a", "unknown", "-", "withheld", "N/A", "?", "   ", "n/a (moved)"]
    rows = []
    for i in range(n):
        hole = i % 7 == 3
        rows.append({
            "customer_name": rng.choice(holes) if hole else fake.name(),
            "email": rng.choice(holes) if hole else ("mailto:" + fake.email() if i % 2 else fake.email()),
            "ssn": rng.choice(holes) if hole else f"SSN: {rng.randint(100, 665)}-{rng.randint(10, 99)}-"
                                                   f"{rng.randint(1000, 9999)}",
        })  # fmt: skip
    return pd.DataFrame(rows)


def test_cells_of_no_value_are_written_as_they_came() -> None:
    df = _table()
    params = ReplacePiiParameters()
    out = replace_pii(df, infer_schema(df), params, seed=3)
    planned = {c.column for c in out.report.columns}
    assert {"customer_name", "email", "ssn"} <= planned
    holes = df.index % 7 == 3
    for col in ("customer_name", "email", "ssn"):
        assert out.data.loc[holes, col].tolist() == df.loc[holes, col].tolist()  # ``n/a`` was ``carolyn``
        assert (out.data.loc[~holes, col] != df.loc[~holes, col]).all()


def test_wrapping_stays_around_the_fake() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=3).data
    real = ~(df.index % 7 == 3)
    linked = real & df["email"].str.startswith("mailto:")
    assert out.loc[linked, "email"].str.match(r"^mailto:[^@\s]+@[^@\s]+$").all()  # was a bare address
    assert out.loc[real, "ssn"].str.match(r"^SSN: \d{3}-\d{2}-\d{4}$").all()  # ``SSN`` was scrambled letters


def test_float_tails_and_bracketed_words_stay_outside_the_fake() -> None:
    rng = random.Random(9)
    phones = [f"447{rng.randint(700, 999)}{rng.randint(100000, 999999)}.0" for _ in range(60)]
    fake = Faker("en_GB")
    fake.seed_instance(9)
    names = [fake.name() + (" (deceased)" if i % 5 == 0 else "") for i in range(60)]
    df = pd.DataFrame({"mobile": phones, "full_name": names})
    params = ReplacePiiParameters()
    params.globals.locales = ["en_GB"]
    out = replace_pii(df, infer_schema(df), params, seed=1).data
    assert out["mobile"].str.fullmatch(r"\d{12}\.0").all()  # the ``.0`` came out as ``.9``
    marked = df["full_name"].str.endswith(" (deceased)")
    assert out.loc[marked, "full_name"].str.fullmatch(r"[^()]+ \(deceased\)").all()  # was ``Steve cantrell``
    assert (out["full_name"] != df["full_name"]).all()


def test_spreadsheet_errors_in_a_name_column_are_written_as_they_came() -> None:
    # Set 40: ``#VALUE!`` and German ``o. A.`` (ohne Angabe) came out as invented people.
    fake = Faker("de_DE")
    fake.seed_instance(9)
    junk = ["#VALUE!", "o. A.", "#REF!"]
    names = [junk[i % 3] if i % 6 == 2 else fake.name() for i in range(60)]
    df = pd.DataFrame({"Mitglied": names, "Beitrag": [f"{10 + i % 5},00" for i in range(60)]})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=4)
    assert "Mitglied" in {c.column for c in out.report.columns}
    holes = df.index % 6 == 2
    assert out.data.loc[holes, "Mitglied"].tolist() == df.loc[holes, "Mitglied"].tolist()
    assert (out.data.loc[~holes, "Mitglied"] != df.loc[~holes, "Mitglied"]).all()
