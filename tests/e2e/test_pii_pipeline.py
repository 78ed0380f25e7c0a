"""No original PII value of the training split survives into transformed_training.csv."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from tests.people import people as people_table

from safe_synthesizer import SafeSynthesizer

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_no_original_pii_survives_and_mapping_never_written(tmp_path: Path) -> None:
    people = people_table(seed=5)
    synth = (SafeSynthesizer(artifact_path=tmp_path)
             .with_data_source(people).with_data(random_state=1).process_data())
    run = synth.run_path
    training = pd.read_csv(run / "dataset" / "training.csv", dtype=str)
    transformed = pd.read_csv(run / "dataset" / "transformed_training.csv", dtype=str)
    for column in ("email", "phone", "ssn"):
        assert not set(training[column]) & set(transformed[column]), column
    full = set(training["first_name"] + " " + training["last_name"])
    assert not full & set(transformed["first_name"] + " " + transformed["last_name"])
    assert (transformed["bats"] == training["bats"]).all()  # ordinary categories untouched
    # The mapping lives in memory only: no file outside the raw splits holds an original email.
    emails = set(training["email"])
    for path in run.rglob("*"):
        if path.is_file() and path.name not in ("training.csv", "test.csv"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            assert not any(e in text for e in list(emails)[:50]), path


def _people_two_locales(n: int = 600) -> pd.DataFrame:
    from faker import Faker

    rows = []
    for locale, seed in (("en_GB", 11), ("de_DE", 12)):
        faker = Faker(locale)
        faker.seed_instance(seed)
        for _ in range(n // 2):
            rows.append({
                "pt_first_name": faker.first_name().lower(),
                "pt_last_name": faker.last_name(),
                "home_phone": faker.phone_number(),
                "fake_city": faker.city(),
                "mail": faker.email(),
                "country": locale[-2:],
                "visits": int(faker.random_int(0, 12)),
            })
    return pd.DataFrame(rows)


def test_people_table_with_pii_replacement_has_no_placeholder_in_output(tmp_path: Path) -> None:
    people = _people_two_locales()
    results = (SafeSynthesizer(artifact_path=tmp_path)
               .with_data_source(people)
               .with_replace_pii(enable=True)
               .with_train(model_size="small", num_threads=1)
               .with_generate(num_records=400)
               .with_evaluate(enabled=False)
               .run())
    out = results.synthetic_data
    assert len(out) == 400
    text = out.astype(str)
    assert not text.apply(lambda c: c.str.fullmatch(r"_[A-Z]+_")).any().any()
    training = pd.read_csv(results.run_path / "dataset" / "transformed_training.csv", dtype=str)
    for column in ("home_phone", "fake_city", "pt_last_name"):
        assert out[column].notna().mean() > 0.95, column
        # New values, not only the few frequent ones: the column keeps its variety.
        assert out[column].nunique() > 0.3 * out[column].notna().sum(), column
    assert out["country"].isin(["GB", "DE"]).all()
    assert not set(out["pt_first_name"].dropna()) - set(out["pt_first_name"].dropna().str.lower())
    assert len(set(training["mail"]) & set(out["mail"])) == 0
    # The detected locale reaches the schema, so the model's new fakes follow it too.
    import json

    schema = json.loads((results.run_path / "dataset" / "schema.json").read_text())
    locales = {c["name"]: c.get("pii_locale") for c in schema["columns"]}
    assert locales["home_phone"] in ("en_GB", "de_DE") and locales["country"] is None


def test_replay_no_original_value_survives_anywhere_in_transformed_files(tmp_path: Path) -> None:
    """Every planted original (columns and inside notes) is absent from transformed_*.csv."""
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(404)
    rows, planted = [], set()
    for i in range(240):
        first, last = fake.first_name(), fake.last_name()
        phone, street = fake.phone_number(), f"{10 + i} {fake.last_name()} Road"
        ssn = f"{200 + i}-{10 + i % 80}-{1000 + i}"
        rows.append({
            "first_name": first, "last_name": last, "email": fake.email(), "mobile": phone,
            "home_address": fake.address(),
            "note": f"Mr {last} ({first} {last}) at {street}, SSN {ssn}, call {phone}.",
            "visits": i % 7,
        })
        planted |= {f"{first} {last}", street, ssn, phone}
    people = pd.DataFrame(rows)
    planted |= set(people["email"]) | set(people["home_address"])
    synth = (SafeSynthesizer(artifact_path=tmp_path)
             .with_data_source(people).with_data(random_state=3).process_data())
    dataset = synth.run_path / "dataset"
    text = "\n".join((dataset / name).read_text(encoding="utf-8")
                     for name in ("transformed_training.csv", "transformed_test.csv") if (dataset / name).exists())
    csv_text = text.replace('"', "").replace("\r", "")
    # Whole values only: a fake "533 Brown Roads" contains the characters of "33 Brown Road" but not the value.
    bare = {v: v.replace('"', "") for v in planted}
    survivors = [v for v in planted if re.search(r"(?<![\w-])" + re.escape(bare[v]) + r"(?![\w-])", csv_text)]
    assert not survivors, survivors[:10]
