"""The failures reported by a new user, one test each (all failed before the locale work)."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.phones import is_valid_phone


@pytest.fixture(scope="module")
def needs_ner():
    if T.load_text_detector(["name"]) is None:
        pytest.skip("the 'pii' extra is not installed")


def _gb_people(n: int, seed: int) -> pd.DataFrame:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    rnd = random.Random(seed)
    surnames = ["Little", "James", "Wood", "Young", "Rose"]
    return pd.DataFrame(
        {
            "full_name": [fake.name() for _ in range(n)],
            "home": [fake.address() for _ in range(n)],
            "phone": [fake.phone_number() for _ in range(n)],
            "note": [
                f"Seen by Dr {rnd.choice(surnames) if i % 2 else fake.last_name()} on 2021-0{1 + i % 9}-1{i % 10}; "
                f"call 0{rnd.choice(['118', '121', '161', '113'])}496{rnd.randint(1000, 1999)} if worse."
                for i in range(n)
            ],
        }
    )


def test_en_gb_home_address_fully_replaced_by_an_address():
    df = _gb_people(300, 5)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False), seed=0).data
    unchanged = (out["home"] == df["home"]).mean()
    assert unchanged == 0, unchanged
    postcode = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
    for before, after in zip(df["home"], out["home"], strict=True):
        old_lines, new_lines = before.split("\n"), after.split("\n")
        assert len(old_lines) == len(new_lines)
        assert postcode.search(new_lines[-1]) and new_lines[-1] != old_lines[-1]  # postcode replaced
        assert new_lines[-2] != old_lines[-2]  # town replaced


def test_doctor_surnames_and_uk_phones_in_notes_replaced(needs_ner):
    df = _gb_people(200, 6)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["note"]
    kept_names = sum(re.search(r"Dr (\w+)", b).group(1) in a for b, a in zip(df["note"], out, strict=True))
    kept_phones = sum(re.search(r"call (\d+)", b).group(1) in a for b, a in zip(df["note"], out, strict=True))
    assert kept_names == 0 and kept_phones == 0, (kept_names, kept_phones)
    assert all(is_valid_phone(re.search(r"call (\d+)", a).group(1), "GB") for a in out)


def test_twenty_notes_with_names_streets_ssns_and_training_file(needs_ner):
    fake = Faker("en_US")
    fake.seed_instance(20)
    people = [(fake.first_name(), fake.last_name()) for _ in range(20)]
    notes = [
        f"{f} {la} lives at 10{i % 10} Maple Street and gave SSN {'123-45-6789' if i == 7 else fake.ssn()}."
        for i, (f, la) in enumerate(people)
    ]
    df = pd.DataFrame({"customer": [f"{f} {la}" for f, la in people], "note": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for (f, la), note in zip(people, out["note"], strict=True):
        assert f"{f} {la}" not in note and "Maple Street" not in note, note
    assert not out["note"].str.contains("123-45-6789").any()
    # The same person gets the same fake in the column and in the note of the row.
    assert all(c in n for c, n in zip(out["customer"], out["note"], strict=True))


def test_uk_phone_column_stays_valid_uk():
    df = pd.DataFrame({"phone": ["01214960628", "0121 496 0628", "020 7946 0123", "07700 900123"] * 10})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False), seed=0).data["phone"]
    assert all(is_valid_phone(v, "GB") for v in out), list(out)
    assert out.str.len().tolist() == df["phone"].str.len().tolist()
    assert not set(out) & set(df["phone"])
