"""replace_pii / detect_pii end to end on real slices and Faker columns."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.pii import annotate_schema, detect_pii, replace_pii
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.audit import surviving_values

PARAMS = ReplacePiiParameters(free_text_ner=False)


@pytest.fixture(scope="module")
def people(lahman, faker_people) -> pd.DataFrame:
    return pd.concat([lahman.head(200).reset_index(drop=True), faker_people], axis=1)


@pytest.fixture(scope="module")
def replaced(people):
    return replace_pii(people, infer_schema(people), PARAMS, seed=0)


def test_no_original_pii_value_survives(people, replaced):
    surviving = surviving_values(people, replaced.data, replaced.report)
    assert set(surviving) >= {"nameFirst", "nameLast", "email", "phone", "ssn", "card", "iban", "customer_name"}
    assert not any(surviving.values()), surviving


def test_shape_order_and_untouched_columns(people, replaced):
    out = replaced.data
    assert list(out.columns) == list(people.columns) and out.index.equals(people.index)
    assert (out.dtypes == people.dtypes).all()
    touched = set(replaced.report.columns_by_entity())
    for column in people.columns:
        if column not in touched:
            pd.testing.assert_series_equal(out[column], people[column])
    # Missing cells stay missing.
    assert out["deathCity"].isna().equals(people["deathCity"].isna())


def test_fakes_are_valid_entities(replaced):
    out = replaced.data
    assert out["email"].map(V.is_email).all()
    assert out["card"].map(V.is_credit_card).all()
    assert out["iban"].map(V.is_iban).all()
    assert out["ssn"].map(V.is_ssn).all()


def test_report_entries(replaced):
    report = replaced.report
    assert report["email"].entity == "email" and report["email"].strategy == "fake"
    assert report["email"].n_values_replaced == 200
    assert report["nameFirst"].method == "name+values"
    d = report.to_dict()
    assert d["dry_run"] is False and d["n_values_replaced"] == report.n_values_replaced
    assert "segment" not in report.columns_by_entity()


def test_consistent_replacement_across_rows_and_columns():
    df = pd.DataFrame(
        {
            "nameFirst": ["David", "David", "Anna", "Henry"] * 10,
            "nameGiven": ["David Allan", "David Allan", "Anna Maria", "Henry Louis"] * 10,
            "email": ["d@x.org", "d@x.org", "a@y.org", "h@z.org"] * 10,
        }
    )
    out = replace_pii(df, infer_schema(df), PARAMS, seed=1).data
    assert out.loc[0, "nameFirst"] == out.loc[1, "nameFirst"] != "David"
    assert out.loc[0, "nameGiven"].split()[0] == out.loc[0, "nameFirst"]
    assert out.loc[2, "nameGiven"].split()[0] == out.loc[2, "nameFirst"]
    # Joins survive: equal originals -> equal fakes, distinct originals -> distinct fakes.
    assert out["email"].nunique() == df["email"].nunique()
    assert (out.groupby(df["email"])["email"].nunique() == 1).all()


def test_deterministic_for_a_seed(people):
    schema = infer_schema(people)
    a = replace_pii(people, schema, PARAMS, seed=5).data
    b = replace_pii(people, schema, PARAMS, seed=5).data
    c = replace_pii(people, schema, PARAMS, seed=6).data
    pd.testing.assert_frame_equal(a, b)
    assert not a["email"].equals(c["email"])


def test_protected_columns_left_alone_unless_overridden(people):
    schema = infer_schema(people)
    out = replace_pii(people, schema, PARAMS, protected_columns=["email", "nameLast"]).data
    pd.testing.assert_series_equal(out["email"], people["email"])
    pd.testing.assert_series_equal(out["nameLast"], people["nameLast"])
    params = PARAMS.model_copy(update={"column_overrides": {"email": "fake"}})
    forced = replace_pii(people, schema, params, protected_columns=["email"]).data
    assert not (forced["email"] == people["email"]).any()


def test_strategies_hash_redact_keep(people):
    params = PARAMS.model_copy(update={"entity_strategies": {"email": "hash", "ssn": "redact", "iban": "keep"}})
    result = replace_pii(people, infer_schema(people), params)
    out = result.data
    assert out["email"].str.fullmatch(r"[0-9a-f]{16}").all()
    assert out["email"].nunique() == people["email"].nunique()
    assert (out["ssn"] == "<SSN>").all()
    pd.testing.assert_series_equal(out["iban"], people["iban"])
    assert result.report["iban"].strategy == "keep" and result.report["iban"].n_values_replaced == 0


def test_column_override_forces_an_undetected_column(people):
    params = PARAMS.model_copy(update={"column_overrides": {"segment": "fake", "phone": "keep"}})
    result = replace_pii(people, infer_schema(people), params)
    entry = result.report["segment"]
    assert entry.entity == "custom" and entry.method == "override"
    assert not (result.data["segment"] == people["segment"]).any()
    assert result.data["segment"].str.fullmatch(r"[a-z]+").all()  # same shape, scrambled
    pd.testing.assert_series_equal(result.data["phone"], people["phone"])


def test_unknown_override_column_is_a_config_error(people):
    params = PARAMS.model_copy(update={"column_overrides": {"no_such_column": "hash"}})
    with pytest.raises(ConfigError, match="no_such_column"):
        replace_pii(people, infer_schema(people), params)


def test_integer_card_column_keeps_dtype(faker_people):
    usable = (faker_people["card"].str.len() <= 18) & ~faker_people["card"].str.startswith("0")
    cards = faker_people["card"][usable].astype("int64").reset_index(drop=True)
    df = pd.DataFrame({"card_number": cards})
    out = replace_pii(df, infer_schema(df), PARAMS).data
    assert out["card_number"].dtype == "int64"
    assert out["card_number"].astype(str).map(V.is_credit_card).all()
    assert not set(out["card_number"]) & set(cards)


def test_date_of_birth_shifted_within_bounds():
    dob = pd.Series([f"19{60 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(120)])
    df = pd.DataFrame({"date_of_birth": dob})
    params = PARAMS.model_copy(update={"date_shift_max_days": 30})
    out = replace_pii(df, infer_schema(df), params).data["date_of_birth"]
    delta = (pd.to_datetime(out) - pd.to_datetime(dob)).dt.days
    assert ((delta != 0) & (delta.abs() <= 30)).all()
    assert out.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_dry_run_reports_without_changing(people, replaced):
    before = people.copy()
    report = detect_pii(people, infer_schema(people), PARAMS)
    pd.testing.assert_frame_equal(people, before)
    assert report.dry_run is True
    assert report.columns_by_entity() == replaced.report.columns_by_entity()
    assert report["email"].n_values_replaced == 200


def test_free_text_spans_replaced_consistently_with_columns():
    if T.load_text_detector(["name"]) is None:
        pytest.skip("the 'pii' extra is not installed")
    df = pd.DataFrame(
        {
            "customer_name": ["Maria Gonzalez", "John Smith"] * 5,
            "note": [
                "Spoke with Maria Gonzalez about the order, she will call back from Chicago today.",
                "John Smith asked for a refund, write to john.smith@example.org please.",
            ]
            * 5,
        }
    )
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out = result.data
    assert result.report["note"].entity == "free_text"
    assert result.report["note"].span_counts["name"] == 10
    for original, fake in zip(df["customer_name"], out["customer_name"], strict=True):
        assert original not in " ".join(out["note"])
        assert fake in " ".join(out["note"])
    assert "john.smith@example.org" not in " ".join(out["note"])
    assert re.search(r"from \w", out.loc[0, "note"]) and "Chicago" not in out.loc[0, "note"]


def test_missing_pii_extra_still_replaces_structured(monkeypatch, clothing, faker_people):
    import sys

    monkeypatch.setattr(T, "_ENGINE", None)
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    monkeypatch.setitem(sys.modules, "presidio_analyzer.nlp_engine", None)
    df = clothing.head(200).copy()
    df["email"] = faker_people["email"].to_numpy()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters())
    assert result.report.warnings and "pii" in result.report.warnings[0]
    pd.testing.assert_series_equal(result.data["Review Text"], df["Review Text"])
    assert not (result.data["email"] == df["email"]).any()


def test_schema_group_and_order_columns_are_protected(people):
    schema = infer_schema(people, group_by="email")
    out = replace_pii(people, schema, PARAMS).data
    pd.testing.assert_series_equal(out["email"], people["email"])


def test_annotate_schema(people, replaced):
    schema = annotate_schema(infer_schema(people), replaced.report)
    assert schema["email"].pii_entity == "email" and schema["segment"].pii_entity is None


def test_categorical_dtype_column(faker_people):
    df = pd.DataFrame({"email": faker_people["email"].astype("category")})
    out = replace_pii(df, infer_schema(df), PARAMS).data["email"]
    assert isinstance(out.dtype, pd.CategoricalDtype)
    assert not set(out) & set(df["email"])


def test_day_first_dates_of_birth_stay_valid_dates_of_their_column_format():
    import numpy as np

    rng = np.random.default_rng(4)
    days = rng.integers(0, 30_000, 300)
    dob = (pd.Timestamp("1930-01-01") + pd.to_timedelta(days, unit="D")).strftime("%d/%m/%Y")
    df = pd.DataFrame({"date_of_birth": dob, "tier": rng.choice(["a", "b"], 300)})
    schema = infer_schema(df)
    assert schema["date_of_birth"].datetime_format == "%d/%m/%Y"
    out = replace_pii(df, schema, ReplacePiiParameters(), seed=0).data
    parsed = pd.to_datetime(out["date_of_birth"], format="%d/%m/%Y", errors="coerce")
    assert parsed.notna().all() and (out["date_of_birth"] != df["date_of_birth"]).mean() > 0.95
    shift = (parsed - pd.to_datetime(df["date_of_birth"], format="%d/%m/%Y")).dt.days.abs()
    assert shift.max() <= ReplacePiiParameters().date_shift_max_days


def test_spanish_and_italian_address_columns_are_addresses_not_prose():
    from faker import Faker

    rows = []
    for locale in ("es_ES", "it_IT"):
        fake = Faker(locale)
        fake.seed_instance(23)
        # Lower case, a unit on its own line: "calle de lino córdoba 73\npiso 3\nla rioja, 06761".
        rows += [fake.address().lower().replace("\n", "\npiso 3\n", 1) for _ in range(60)]
    df = pd.DataFrame({"domicilio": rows})
    report = detect_pii(df, infer_schema(df), ReplacePiiParameters())
    # Whole addresses (or their street lines): one fake per cell, not span by span as prose.
    assert report.columns_by_entity(include_free_text=True)["domicilio"] in ("address", "street_address")
