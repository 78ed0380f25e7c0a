"""Record numbers with a running-number group (s42, PL): a study's ``site-record`` ids repeated over the record's
event rows are no postcodes, though most read as Portuguese ones (``2003-017``); postcodes in any order stay."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_record_numbers import grouped_counter
from safe_synthesizer.pii.detect_table import detect_table

_EVENTS = ["enrolment", "week_4", "week_12", "week_26"]


def _study(seed: int = 42, records: int = 60) -> pd.DataFrame:
    """A study export: ``site-record`` ids (four sites numbered 2001-2004, records counted over all sites), one row
    per event, the demographics on the first event's row only."""
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rows = []
    for n in range(1, records + 1):
        site = 2000 + rng.randrange(1, 5)
        person = {"given": fake.first_name(), "surname": fake.last_name(), "mobile": fake.phone_number()}
        for i, event in enumerate(_EVENTS[: rng.randrange(1, 5)]):
            blank = {k: "" for k in person}
            rows.append({"c000": f"{site}-{n:03d}", "c001": event, **(person if i == 0 else blank)})
    return pd.DataFrame(rows)


def test_site_and_running_number_is_a_record_number() -> None:
    assert grouped_counter(_study()["c000"]) is not None


def test_series_year_and_running_number() -> None:
    ids = pd.Series([f"INV/{2025 + n // 40}/{n:05d}" for n in range(3, 90)])
    assert "group 2" in grouped_counter(ids)  # INV has no digits: the year is group 1


def test_postcodes_in_any_order_are_no_counter() -> None:
    for locale in ("pt_PT", "pl_PL", "pt_BR", "cs_CZ", "ja_JP", "en_US"):
        fake = Faker(locale)
        fake.seed_instance(4242)
        codes = [fake.postcode() for _ in range(150)]
        assert grouped_counter(pd.Series(codes)) is None, locale
        assert grouped_counter(pd.Series(sorted(codes))) is None, locale


def test_few_records_say_nothing() -> None:
    assert grouped_counter(pd.Series([f"101-{n:03d}" for n in range(1, 8)])) is None


def test_the_study_id_column_is_no_postcode_names_hidden() -> None:
    df = _study()
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found.get("c000") is None
    assert found["surname"].entity == "last_name"
