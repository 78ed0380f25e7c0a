"""Rare values never come out as placeholders: resampled, generated strings, fresh fakes, repeated ids."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.base import RARE_PLACEHOLDER
from safe_synthesizer.models.builtin.codec.categorical import CategoricalEncoder
from safe_synthesizer.models.builtin.codec.fakes import FakeSettings, FakeSource, fill_shape, shape_of
from safe_synthesizer.models.builtin.codec.generated import IdentifierEncoder

PROTECT = Protection(min_count=5)


def _all_tokens(codec: TabularCodec, n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.stack([rng.integers(0, s.size, n) for s in codec.slots], axis=1)


def _titles(n: int, seed: int) -> pd.Series:
    """A long tail: a few frequent titles and many seen once or twice."""
    rng = np.random.default_rng(seed)
    heads = ["Nurse", "Teacher", "Engineer", "Clerk"]
    words = ["Senior", "Chief", "Assistant", "Regional", "Clinical", "Data", "Sales", "Field"]
    roles = ["Analyst", "Manager", "Officer", "Designer", "Planner", "Technician"]
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            out.append(heads[rng.integers(len(heads))])
        else:
            out.append(f"{words[rng.integers(len(words))]} {words[rng.integers(len(words))]} "
                       f"{roles[rng.integers(len(roles))]} {rng.integers(1, 40)}")
    return pd.Series(out, dtype=object)


def test_low_cardinality_rare_category_is_resampled_and_forbidden_at_sampling():
    values = pd.Series(["a"] * 50 + ["b"] * 30 + ["x", "y", "z"], dtype=object)
    encoder = CategoricalEncoder.fit("c", values, stats=ExactStatistics(), protection=PROTECT)
    assert encoder.mode == "resample"
    assert encoder.forbidden_tokens() == {0: [encoder.rare_token]}
    out = encoder.decode(np.full((200, 1), encoder.rare_token), np.random.default_rng(0))
    assert set(out) <= {"a", "b"} and (out == "a").mean() > 0.4


def test_token_mode_keeps_the_placeholder_on_request():
    values = pd.Series(["a"] * 50 + ["x", "y"], dtype=object)
    encoder = CategoricalEncoder.fit(
        "c", values, stats=ExactStatistics(), protection=Protection(rare_replacement="token")
    )
    assert encoder.forbidden_tokens() == {}
    assert RARE_PLACEHOLDER in set(encoder.decode(np.array([[encoder.rare_token]]), np.random.default_rng(0)))


def test_long_tailed_strings_get_a_text_tail_that_never_copies_a_rare_value():
    titles = _titles(1500, seed=3)
    schema = TableSchema([ColumnSchema("title", ColumnType.CATEGORICAL)])
    codec = TabularCodec.fit(pd.DataFrame({"title": titles}), schema, protection=PROTECT)
    encoder = codec.encoders[0]
    assert encoder.mode == "text" and encoder.tail is not None
    # Text slots sit after the category slot; the tail is its own text column for the model.
    assert codec.slots[0].kind == "value" and {s.kind for s in codec.slots[1:]} == {"text"}
    assert codec.slots[1].column == "title#tail"
    tokens = codec.encode(pd.DataFrame({"title": titles}))
    rare_rows = tokens[:, 0] == encoder.rare_token
    assert rare_rows.any() and (tokens[~rare_rows, 1] == 0).all()  # frequent rows: empty tail
    # Decoding the real tails would reproduce rare values: every one is swapped for a new string.
    out = codec.decode(tokens, np.random.default_rng(0))["title"]
    counts = titles.value_counts()
    rare_values = set(counts[counts < 5].index)
    assert not set(out) & rare_values
    assert RARE_PLACEHOLDER not in set(out) and out.notna().all() and (out.str.len() > 0).all()


@pytest.mark.slow
def test_trained_text_tail_writes_new_titles_conditioned_on_the_record(tmp_path):
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    titles = _titles(1500, seed=4)
    # The field decides the title's first word: the tail must learn it from the record.
    field_ = np.where(titles.str.startswith(("Senior", "Chief")), "boss", "staff")
    df = pd.DataFrame({"field": field_, "title": titles})
    schema = TableSchema([ColumnSchema("field", ColumnType.CATEGORICAL), ColumnSchema("title", ColumnType.CATEGORICAL)])
    params = SafeSynthesizerParameters()
    params.training.model_size = "small"
    params.training.num_threads = 1
    BuiltinBackend().train(df, schema, params, tmp_path)
    out = BuiltinBackend().generate(tmp_path, params, num_records=1000).data
    counts = titles.value_counts()
    assert not set(out["title"]) & set(counts[counts < 5].index)
    new = out[~out["title"].isin(set(titles))]
    assert len(new) > 100  # new strings, not only resampled frequent ones
    words = {w for t in titles for w in t.split()}
    known = new["title"].map(lambda t: all(w in words or w.isdigit() for w in t.split()))
    assert known.mean() > 0.8  # made of the column's words, not byte noise
    boss = new["title"].str.startswith(("Senior", "Chief"))
    assert (boss == (new["field"] == "boss")).mean() > 0.8


def test_numeric_categories_are_resampled_not_generated():
    values = pd.Series([1] * 40 + [2] * 40 + list(range(100, 160)), dtype=object)
    encoder = CategoricalEncoder.fit("code", values, stats=ExactStatistics(), protection=PROTECT)
    assert encoder.mode == "resample"


def test_pii_column_rare_values_become_fresh_fakes_of_its_format():
    phones = pd.Series([f"({rng_digits(i, 3)}) {rng_digits(i + 1, 3)}-{rng_digits(i + 2, 4)}" for i in range(300)])
    schema = TableSchema([ColumnSchema("phone", ColumnType.CATEGORICAL, pii_entity="phone_number")])
    codec = TabularCodec.fit(
        pd.DataFrame({"phone": phones}), schema, protection=PROTECT, fakes={"phone": FakeSettings(("en_US",), "US")}
    )
    encoder = codec.encoders[0]
    assert encoder.mode == "fake" and not encoder.categories
    out = codec.decode(np.full((100, 1), encoder.rare_token), np.random.default_rng(0))["phone"]
    assert out.str.fullmatch(r"\(\d{3}\) \d{3}-\d{4}").all()
    assert out.nunique() > 90 and not set(out) & set(phones)


def rng_digits(seed: int, n: int) -> str:
    return "".join(str(d) for d in np.random.default_rng(seed).integers(0, 10, n))


@pytest.mark.parametrize("locale", ["en_US", "de_DE"])
def test_fake_names_follow_locale_and_case(locale):
    source = FakeSource.fit(
        "first_name", ["Anna", "Ben", "CARL"] * 5, settings=FakeSettings((locale,), "US"),
        stats=ExactStatistics(), min_count=5,
    )
    names = source.draw(50, np.random.default_rng(2))
    assert len(names) == 50 and all(re.fullmatch(r"[A-Z][^\s]+|[A-Z]+", n) for n in names)


def test_shapes_round_trip():
    assert shape_of("AB-0042x") == "AA-9999a"
    assert shape_of(fill_shape("AA-9999a", np.random.default_rng(0))) == "AA-9999a"


def test_repeated_integer_ids_keep_their_repeat_structure():
    # 200 subjects with 1-9 tests each; one subject with 60 tests (capped: never copied).
    rng = np.random.default_rng(5)
    sizes = rng.integers(1, 10, 200)
    ids = np.repeat(np.arange(1000, 1200), sizes).tolist() + [5000] * 60
    encoder = IdentifierEncoder.fit("subject_id", pd.Series(ids), protection=PROTECT, salt="00")
    assert max(encoder.repeat_sizes) <= 9
    out = encoder.decode(np.zeros((len(ids), 0), dtype=np.int64), np.random.default_rng(0))
    per_id = out.value_counts()
    assert 0.7 < per_id.mean() / np.mean(sizes) < 1.3
    assert per_id.max() <= 9 and out.min() > 5000


def test_unique_string_ids_of_a_pii_column_are_fakes_not_shape_fills():
    emails = pd.Series([f"user{i}@example.org" for i in range(100)])
    source = FakeSource.fit("email", emails.tolist(), settings=FakeSettings(), stats=ExactStatistics(), min_count=5)
    encoder = IdentifierEncoder.fit("email", emails, protection=PROTECT, salt="01", fakes=source)
    out = encoder.decode(np.zeros((100, 0), dtype=np.int64), np.random.default_rng(0))
    assert out.str.fullmatch(r"[a-z._0-9]+@[a-z0-9.-]+\.[a-z]+").all() and out.is_unique
    assert not set(out) & set(emails)


def test_codec_json_round_trip_keeps_modes(tmp_path):
    titles = _titles(800, seed=6)
    schema = TableSchema([ColumnSchema("title", ColumnType.CATEGORICAL)])
    codec = TabularCodec.fit(pd.DataFrame({"title": titles}), schema, protection=PROTECT)
    codec.save(tmp_path)
    loaded = TabularCodec.load(tmp_path)
    assert loaded.slots == codec.slots and loaded.encoders[0].mode == "text"
    tokens = _all_tokens(codec, 50)
    assert loaded.decode(tokens, np.random.default_rng(0)).equals(codec.decode(tokens, np.random.default_rng(0)))


def test_phone_templates_keep_the_dialling_prefix():
    source = FakeSource.fit(
        "phone_number", ["+44 20 7946 0000"] * 6, settings=FakeSettings(), stats=ExactStatistics(), min_count=5
    )
    assert source.shapes == ["+44 99 9999 9999"]
    assert all(p.startswith("+44") for p in source.draw(20, np.random.default_rng(0)))


def test_fakes_of_a_column_follow_its_detected_locale():
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.models.builtin.backend import fake_settings

    schema = TableSchema([
        ColumnSchema("tel", ColumnType.CATEGORICAL, pii_entity="phone_number", pii_locale="en_GB"),
        ColumnSchema("nom", ColumnType.CATEGORICAL, pii_entity="last_name"),
        ColumnSchema("plan", ColumnType.CATEGORICAL),
    ])
    settings = fake_settings(schema, SafeSynthesizerParameters())
    assert settings == {"tel": FakeSettings(("en_GB",), "GB"), "nom": FakeSettings(("en_US",), "US")}


def test_phone_templates_keep_extension_letters():
    source = FakeSource.fit(
        "phone_number", ["555.123.4567x1922"] * 6, settings=FakeSettings(), stats=ExactStatistics(), min_count=5
    )
    assert source.shapes == ["999.999.9999x9999"]
    assert all(re.fullmatch(r"[\d.]+x\d+", p) for p in source.draw(20, np.random.default_rng(0)))
