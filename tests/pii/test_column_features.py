"""The classifier's features: one number per name, read from values, neighbours and the name's cue."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.pii.column_features import FEATURE_NAMES, feature_vector, group_of, table_features


def _feature(x: np.ndarray, name: str) -> float:
    return float(x[FEATURE_NAMES.index(name)])


def test_one_number_per_feature_name_for_any_column() -> None:
    for series, kind in [
        (pd.Series(["Anna Weber (daughter) 0151 2345678", "Jan Novak (son) 0161 3345678"] * 5), ColumnType.TEXT),
        (pd.Series([12.5, 13.0, None] * 5), ColumnType.FLOAT),
        (pd.Series([None] * 4, dtype="object"), ColumnType.TEXT),
        (pd.to_datetime(pd.Series(["1980-01-02", "1975-03-04"])), ColumnType.DATETIME),
    ]:
        x = feature_vector(series, kind)
        assert x.shape == (len(FEATURE_NAMES),) and x.dtype == np.float32 and np.isfinite(x).all()
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_values_shape_the_features() -> None:
    people = feature_vector(
        pd.Series(["Anna Weber", "Jan de Vries", "Marie Dubois", "Luca Rossi"] * 3), ColumnType.TEXT
    )
    phones = feature_vector(pd.Series(["+44 20 7946 0018", "+44 161 496 0123", "020 7946 0991"] * 3), ColumnType.TEXT)
    assert _feature(people, "share_only_letters") == 1.0 and _feature(phones, "share_only_digits") == 1.0
    assert _feature(people, "names_multi") == 1.0 and _feature(phones, "names_multi") == 0.0
    assert _feature(phones, "score_phone_number") > 0.5 and _feature(people, "score_phone_number") == 0.0
    assert _feature(people, "share_title_case") == 0.75  # "Jan de Vries": a particle is lower case


def test_neighbours_table_and_cue_are_context() -> None:
    x = feature_vector(pd.Series(["a1", "b2"]), ColumnType.TEXT, cue="Telefon privat", neighbours=("last_name", None),
                       table={"email"})  # fmt: skip
    assert _feature(x, "left_person") == 1.0 and _feature(x, "right_none") == 1.0
    assert _feature(x, "table_contact") == 1.0 and _feature(x, "table_person") == 0.0
    assert _feature(x, "cue_contact") == 1.0 and _feature(x, "cue_none") == 0.0
    hidden = feature_vector(pd.Series(["a1", "b2"]), ColumnType.TEXT, cue="")
    assert _feature(hidden, "cue_none") == 1.0
    assert group_of("iban") == "id" and group_of(None) == "none" and group_of("free_text") == "none"


def test_table_features_only_for_undecided_columns() -> None:
    df = pd.DataFrame({"a": ["x@y.org", "z@w.com"], "b": ["Weber", "Braun"], "c": ["1", "2"]})
    out = table_features(df, infer_schema(df).columns, {"a": "email", "b": None, "c": None}, read_names=False)
    assert set(out) == {"b", "c"}
    assert _feature(out["b"], "left_contact") == 1.0 and _feature(out["c"], "left_none") == 1.0
    assert _feature(out["b"], "cue_none") == 1.0  # names not read
