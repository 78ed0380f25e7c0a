"""A name and a phone number in one cell: split into both parts, the cell rebuilt with the same separator."""

from __future__ import annotations

import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.name_phone_cells import split_name_phone
from safe_synthesizer.pii.replace import replace_pii


@pytest.mark.parametrize(
    ("cell", "name", "phone", "phone_first"),
    [
        ("Jonas Obermeier 0171-4439021", "Jonas Obermeier", "0171-4439021", False),
        ("Ines Carvalho, +351 912 334 556", "Ines Carvalho", "+351 912 334 556", False),
        ("Claire Dubois - 06 71 22 90 14", "Claire Dubois", "06 71 22 90 14", False),
        ("Per Lund tlf. 41 22 90 17", "Per Lund", "41 22 90 17", False),
        ("(312) 555-0188 (Dana Whitfield)", "Dana Whitfield", "(312) 555-0188", True),
        ("Ruth (415) 555-0112", "Ruth", "(415) 555-0112", False),
    ],
)
def test_name_and_phone_parts(cell: str, name: str, phone: str, phone_first: bool) -> None:
    split = split_name_phone(cell)
    assert split is not None
    assert (split.name, split.phone, split.phone_first) == (name, phone, phone_first)
    assert split.rebuild(split.name, split.phone) == cell


@pytest.mark.parametrize(
    "cell", ["Ruth Gallagher", "Flat 4 Albion Road 12", "Room 12 Ward B", "Order 2024-11-03", "Gift 08/12/2024"]
)
def test_other_cells_are_no_name_and_phone(cell: str) -> None:
    assert split_name_phone(cell) is None


def test_contact_column_fakes_keep_a_valid_phone_beside_the_fake_name() -> None:
    fake = Faker("de_DE")
    fake.seed_instance(44)
    df = pd.DataFrame({
        "Notfallkontakt": [f"{fake.first_name()} {fake.last_name()} 0151 {fake.random_number(8, fix_len=True)}"
                           for _ in range(40)],
        "Zimmer": [f"{100 + i}" for i in range(40)],
    })  # fmt: skip
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=2).data
    for before, after in zip(df["Notfallkontakt"], out["Notfallkontakt"], strict=True):
        split = split_name_phone(after)
        assert split is not None, after  # still a name beside a number, not a long made-up name
        assert split.name != split_name_phone(before).name
        assert split.phone != split_name_phone(before).phone
        assert phonenumbers.is_valid_number(phonenumbers.parse(split.phone, "DE")), after
