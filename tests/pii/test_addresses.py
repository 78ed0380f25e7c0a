"""Addresses as one entity: parsing, whole-address fakes per locale, consistency with columns."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import addresses as A
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.locales import SUPPORTED_LOCALES, is_valid_postcode


def test_parse_uk_address_with_flat():
    parsed = A.parse("Flat 8\nHarrow Lane\nOakbridge\nQE4 7TN", "en_GB")
    assert [k for k, _ in parsed.parts] == ["unit", "street", "city", "postcode"]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_address_part_is_replaced(locale):
    fake = Faker(locale)
    fake.seed_instance(31)
    originals = list(dict.fromkeys(fake.address() for _ in range(200)))
    out = FakeMapper(["en_US"], seed=2).map_values("address", originals, locale=locale)
    for original in originals:
        assert out[original] != original
        new_parts = set(A.parse(out[original], locale).parts)
        # Towns come from short closed lists in some locales (Spanish provinces): only streets and
        # postcodes must never come back.
        kept = [p for p in A.parse(original, locale).parts if p[0] in (A.STREET, A.POSTCODE) and p in new_parts]
        assert not kept, (original, out[original])
        for kind, text in A.parse(out[original], locale).parts:
            if kind == A.POSTCODE:
                assert is_valid_postcode(text, locale) or locale == "en_US", (original, out[original])


def test_en_gb_home_column_is_one_consistent_address_and_matches_city_column():
    fake = Faker("en_GB")
    fake.seed_instance(77)
    rows = []
    for _ in range(150):
        street, town, postcode = fake.street_address().split("\n")[-1], fake.city(), fake.postcode()
        rows.append({"name": fake.name(), "home": f"{street}\n{town}\n{postcode}", "town": town, "postcode": postcode})
    df = pd.DataFrame(rows)
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False), seed=0)
    out = result.data
    assert result.report["home"].entity == "address"
    for i, row in df.iterrows():
        new = out.loc[i, "home"]
        lines = new.split("\n")
        assert len(lines) == 3 and new != row["home"]
        assert row["town"] not in new and row["postcode"] not in new and row["home"].split("\n")[0] not in new
        # The street line keeps its house number and a street, never a person's name.
        assert lines[0].split()[0].isdigit() == row["home"].split()[0].isdigit()
        if result.report.columns_by_entity().get("town") == "city":
            assert lines[1] == out.loc[i, "town"]
        if result.report.columns_by_entity().get("postcode") == "postcode":
            assert lines[2] == out.loc[i, "postcode"]
