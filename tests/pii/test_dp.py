"""Keyed (DP) mode: a record's replacement depends on that record only."""

from __future__ import annotations

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.replace import plan_column_dp


def _table(n: int, seed: int) -> pd.DataFrame:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return pd.DataFrame(
        {
            "customer_name": [fake.name() for _ in range(n)],
            "email": [fake.email() for _ in range(n)],
            "mobile": [fake.phone_number() for _ in range(n)],
            "home_address": [fake.address() for _ in range(n)],
            "postcode": [fake.postcode() for _ in range(n)],
            "note": [f"Seen by Dr {fake.last_name()}; call {fake.phone_number()}." for _ in range(n)],
            "visits": [fake.random_int(0, 9) for _ in range(n)],
        }
    )


def test_adding_one_record_leaves_every_other_replacement_unchanged(monkeypatch):
    import secrets

    # The secret key is fresh per run; fix it here to compare two runs on neighbouring tables.
    monkeypatch.setattr(secrets, "token_bytes", lambda n: b"k" * n)
    base = _table(400, 61)
    extra = _table(1, 62)
    neighbour = pd.concat([base, extra], ignore_index=True)
    params = ReplacePiiParameters(free_text_ner=True)
    a = replace_pii(base, infer_schema(base), params, seed=0, dp=True)
    b = replace_pii(neighbour, infer_schema(base), params, seed=0, dp=True)
    assert a.report.columns_by_entity(include_free_text=True) == b.report.columns_by_entity(include_free_text=True)
    pd.testing.assert_frame_equal(a.data, b.data.iloc[:400])
    assert not (a.data["email"] == base["email"]).any()
    assert not (a.data["customer_name"] == base["customer_name"]).any()


def test_non_dp_mode_couples_records_but_dp_does_not_read_values():
    # Without DP, fakes avoid every original: one extra record may change other fakes.
    # Under DP, the plan comes from the column name and type only.
    params = ReplacePiiParameters()
    assert plan_column_dp("customer_email", ColumnType.TEXT, params).entity == "email"
    assert plan_column_dp("home_address", ColumnType.TEXT, params).entity == "address"
    assert plan_column_dp("visits", ColumnType.INTEGER, params) is None
    assert plan_column_dp("comments", ColumnType.TEXT, params).entity == "free_text"
    assert plan_column_dp("zip", ColumnType.INTEGER, params).entity == "postcode"


def test_dp_keys_are_fresh_per_run():
    df = _table(50, 63)
    a = replace_pii(df, infer_schema(df), ReplacePiiParameters(), dp=True).data
    b = replace_pii(df, infer_schema(df), ReplacePiiParameters(), dp=True).data
    assert not (a["email"] == b["email"]).all()
