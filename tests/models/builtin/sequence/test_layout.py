"""Entity histories: detection of entity-level columns, id formats and the two training tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.holdout import split_holdout
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.builtin.sequence.frames import (
    DELTA,
    ELAPSED,
    INDEX,
    N_EVENTS,
    START,
    entity_table,
    event_table,
    ordered_events,
    previous_name,
)
from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout, id_format, new_ids, sequence_columns

from ...conftest import DATA


@pytest.fixture(scope="module")
def pbc() -> tuple[pd.DataFrame, object]:
    raw = pd.read_csv(DATA / "pbcseq_visits.csv", dtype=str, keep_default_na=False, nrows=300)
    schema = infer_schema(raw)
    return apply_schema(raw, schema), schema


def test_pbcseq_entity_level_columns_are_detected(pbc) -> None:
    df, schema = pbc
    layout = SequenceLayout.detect(df, schema, "id", "day")
    assert layout.entity_columns == ["futime", "status", "trt", "age", "sex"]
    assert "bili" in layout.event_columns and "stage" in layout.previous_columns
    assert layout.time_kind == "number" and layout.time_integer


def test_tables_hold_one_row_per_entity_and_per_event(pbc) -> None:
    df, schema = pbc
    layout = SequenceLayout.detect(df, schema, "id", "day")
    events, t = ordered_events(df.sample(frac=1, random_state=0), layout)  # shuffled input comes back sorted
    ents = entity_table(events, t, layout)
    table = event_table(events, t, layout)
    assert len(ents) == df["id"].nunique() and ents[N_EVENTS].sum() == len(df)
    assert len(table) == len(df)
    first = table[table[INDEX] == 0]
    assert (first[DELTA] == 0).all() and first[previous_name("bili")].isna().all()
    later = table[table[INDEX] > 0]
    assert (later[DELTA] >= 0).all() and later[previous_name(DELTA)].notna().all()
    # elapsed before an event + its gap = its day minus the entity's first day
    assert np.array_equal((table[ELAPSED] + table[DELTA] + table[START]).to_numpy(), t.astype(np.int64))


def test_hand_made_gaps_and_cap() -> None:
    raw = pd.DataFrame({
        "cid": ["007", "007", "007", "012", "012"],
        "when": ["2020-01-05", "2020-01-01", "2020-01-03", "2020-02-01", "2020-02-01"],
        "kind": ["b", "a", "a", "c", "c"],
        "plan": ["x", "x", "x", "y", "y"],
    })  # fmt: skip
    schema = infer_schema(raw)
    layout = SequenceLayout.detect(apply_schema(raw, schema), schema, "cid", "when", max_events=2)
    assert layout.time_kind == "days" and layout.entity_columns == ["plan"]
    df, t = ordered_events(apply_schema(raw, schema), layout)
    table = event_table(df, t, layout)
    assert table["kind"].tolist() == ["a", "a", "c", "c"]  # 007 keeps its first two events only
    assert table[DELTA].tolist() == [0, 2, 0, 0]
    assert layout.from_time(t).tolist() == ["2020-01-01", "2020-01-03", "2020-02-01", "2020-02-01"]


def test_id_formats_are_kept() -> None:
    assert id_format(pd.Series(["00001", "00234"])) == {"kind": "pattern", "prefix": "", "suffix": "", "width": 5}
    assert new_ids(id_format(pd.Series(["00001", "00234"])), 1, 3).tolist() == ["00001", "00002", "00003"]
    assert new_ids(id_format(pd.Series(["P-7", "P-12"])), 9, 2).tolist() == ["P-9", "P-10"]
    assert new_ids(id_format(pd.Series([5, 17])), 1, 2).tolist() == [1, 2]


def test_histories_need_both_columns() -> None:
    params = SafeSynthesizerParameters()
    assert sequence_columns(params) is None
    params.data.group_training_examples_by = "id"
    assert sequence_columns(params) is None  # grouping alone keeps the flat model
    params.data.order_training_examples_by = "day"
    assert sequence_columns(params) == ("id", "day")
    only_ts = SafeSynthesizerParameters()
    only_ts.time_series.is_timeseries = True
    with pytest.raises(UserInputError, match="group_training_examples_by"):
        sequence_columns(only_ts)


def test_time_column_must_be_a_number_or_date(pbc) -> None:
    df, schema = pbc
    with pytest.raises(UserInputError, match="'sex' is categorical"):
        SequenceLayout.detect(df, schema, "id", "sex")


def test_grouped_holdout_keeps_each_entity_on_one_side(pbc) -> None:
    df, _ = pbc
    train, test, _ = split_holdout(df, holdout=0.2, max_holdout=1000, seed=3, group_by="id")
    assert len(test) > 0 and not set(train["id"]) & set(test["id"])
    assert len(train) + len(test) == len(df)
