"""Holdout split: fraction or count, the cap, seeding, and entities never on both sides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.data.holdout import holdout_size, split_holdout
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.errors import ConfigError


@pytest.fixture
def pbcseq(data_slice: Callable[..., Path]) -> pd.DataFrame:
    return read_table(data_slice("pbcseq_visits.csv"))


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"row": range(n), "v": [i % 3 for i in range(n)]})


@pytest.mark.parametrize(
    ("n_rows", "holdout", "max_holdout", "expected"),
    [
        (1000, 0.05, 2000, 50),  # fraction
        (1000, 0.1, 2000, 100),
        (100_000, 0.05, 2000, 2000),  # capped
        (1000, 50, 2000, 50),  # count
        (1000, 1, 2000, 1),  # 1 is a count of one row
        (1000, 0, 2000, 0),  # disabled
        (199, 0.5, 2000, 0),  # too small to hold anything out
        (200, 0.5, 2000, 100),
        (1000, 0.5, 0, 0),  # cap of zero
    ],
)
def test_holdout_size(n_rows: int, holdout: float, max_holdout: int, expected: int) -> None:
    assert holdout_size(n_rows, holdout, max_holdout) == expected


@pytest.mark.parametrize("holdout", [1000, 5000, 0.9999])
def test_holdout_of_everything_fails(holdout: float) -> None:
    with pytest.raises(ConfigError) as info:
        holdout_size(1000, holdout, 100_000)
    assert str(info.value) == (
        f"data.holdout: {holdout} would hold out all 1000 rows; use a fraction below 1 or a smaller count"
    )


def test_fraction_split_partitions_rows() -> None:
    frame = _frame(1000)
    train, test, info = split_holdout(frame, holdout=0.1, max_holdout=2000, seed=3)
    assert (len(train), len(test)) == (900, 100)
    assert sorted(train["row"].tolist() + test["row"].tolist()) == list(range(1000))
    assert train.index.tolist() == list(range(900))
    assert info.to_dict() == {
        "n_train": 900, "n_test": 100, "seed": 3, "group_by": None, "requested": 0.1, "note": ""
    }  # fmt: skip


def test_count_split_and_cap() -> None:
    train, test, _ = split_holdout(_frame(1000), holdout=30, max_holdout=2000, seed=0)
    assert len(test) == 30
    train, test, _ = split_holdout(_frame(1000), holdout=0.5, max_holdout=40, seed=0)
    assert (len(train), len(test)) == (960, 40)


def test_zero_holdout_keeps_everything() -> None:
    frame = _frame(500)
    train, test, info = split_holdout(frame, holdout=0, max_holdout=2000, seed=0)
    assert len(train) == 500
    assert len(test) == 0
    assert list(test.columns) == ["row", "v"]
    assert info.note == ""


def test_small_table_note() -> None:
    _, test, info = split_holdout(_frame(150), holdout=0.1, max_holdout=2000, seed=0)
    assert len(test) == 0
    assert info.note == "no holdout: fewer than 200 rows"


def test_max_holdout_zero_note(pbcseq: pd.DataFrame) -> None:
    _, test, info = split_holdout(pbcseq, holdout=0.5, max_holdout=0, seed=1, group_by="id")
    assert len(test) == 0
    assert info.note == "no holdout: data.max_holdout is 0"


def test_seeded_split_is_reproducible() -> None:
    frame = _frame(1000)
    first = split_holdout(frame, holdout=0.2, max_holdout=2000, seed=42)[1]["row"].tolist()
    again = split_holdout(frame, holdout=0.2, max_holdout=2000, seed=42)[1]["row"].tolist()
    other = split_holdout(frame, holdout=0.2, max_holdout=2000, seed=43)[1]["row"].tolist()
    assert first == again
    assert first != other


@pytest.mark.parametrize("holdout", [0.05, 0.2, 0.5, 100])
def test_group_aware_split_never_shares_an_entity(pbcseq: pd.DataFrame, holdout: float) -> None:
    train, test, info = split_holdout(pbcseq, holdout=holdout, max_holdout=2000, seed=7, group_by="id")
    assert not set(train["id"]) & set(test["id"])
    assert len(train) + len(test) == len(pbcseq)
    assert set(train["id"]) | set(test["id"]) == set(pbcseq["id"])
    assert info.group_by == "id"
    target = holdout_size(len(pbcseq), holdout, 2000)
    largest_entity = int(pbcseq["id"].value_counts().max())
    assert abs(len(test) - target) <= largest_entity
    # Whole entities: each test entity keeps all of its visits.
    counts = pbcseq["id"].value_counts()
    test_counts = test["id"].value_counts()
    assert test_counts.to_dict() == counts[test_counts.index].to_dict()


def test_group_aware_split_is_seeded(pbcseq: pd.DataFrame) -> None:
    def ids(seed: int) -> list[str]:
        return sorted(split_holdout(pbcseq, holdout=0.2, max_holdout=2000, seed=seed, group_by="id")[1]["id"].unique())

    assert ids(5) == ids(5)
    assert ids(5) != ids(6)


def test_group_aware_split_independent_of_row_order(pbcseq: pd.DataFrame) -> None:
    shuffled = pbcseq.sample(frac=1.0, random_state=0).reset_index(drop=True)
    a = split_holdout(pbcseq, holdout=0.2, max_holdout=2000, seed=9, group_by="id")[1]
    b = split_holdout(shuffled, holdout=0.2, max_holdout=2000, seed=9, group_by="id")[1]
    assert set(a["id"]) == set(b["id"])


def test_group_split_respects_max_holdout(pbcseq: pd.DataFrame) -> None:
    for seed in range(5):
        train, test, _ = split_holdout(pbcseq, holdout=0.5, max_holdout=10, seed=seed, group_by="id")
        assert 0 < len(test) <= 10
        assert not set(train["id"]) & set(test["id"])
    _, test, _ = split_holdout(pbcseq, holdout=0.2, max_holdout=2000, seed=1, group_by="id")
    assert len(test) <= holdout_size(len(pbcseq), 0.2, 2000)  # never overshoots the target


def test_group_split_when_no_entity_fits(pbcseq: pd.DataFrame) -> None:
    # Every patient has at least one visit; a cap of 1 row fits only single-visit patients.
    sizes = pbcseq["id"].value_counts()
    _, test, info = split_holdout(pbcseq, holdout=0.5, max_holdout=1, seed=0, group_by="id")
    if (sizes == 1).any():
        assert len(test) == 1
    else:
        assert len(test) == 0
        assert info.note == "no holdout: every entity is larger than data.max_holdout"


def _schema(frame: pd.DataFrame):
    from safe_synthesizer.data.inference import infer_schema

    return infer_schema(frame)


@pytest.mark.parametrize("chunk_rows", [1, 97, 10_000])
def test_streamed_split_writes_what_the_in_memory_split_holds(pbcseq: pd.DataFrame, tmp_path: Path,
                                                              chunk_rows: int) -> None:
    from safe_synthesizer.data.holdout import holdout_mask, split_to_files
    from safe_synthesizer.data.streaming import frame_slices
    from safe_synthesizer.data.typed_frame import apply_schema

    schema = _schema(pbcseq)
    typed = apply_schema(pbcseq, schema)
    for group_by in (None, "id"):
        train, test, info = split_holdout(typed, holdout=0.2, max_holdout=2000, seed=4, group_by=group_by)
        mask, streamed_info = holdout_mask(len(typed), holdout=0.2, max_holdout=2000, seed=4,
                                           keys=typed[group_by] if group_by else None, group_by=group_by)
        assert streamed_info == info
        n = split_to_files(frame_slices(typed, chunk_rows), mask, tmp_path / "train.csv", tmp_path / "test.csv",
                           schema)
        assert n == (len(train), len(test))
        for path, expected in ((tmp_path / "train.csv", train), (tmp_path / "test.csv", test)):
            pd.testing.assert_frame_equal(apply_schema(read_table(path), schema), expected, check_dtype=False)


def test_streamed_split_without_holdout_writes_a_header_only_test_file(tmp_path: Path) -> None:
    from safe_synthesizer.data.holdout import holdout_mask, split_to_files
    from safe_synthesizer.data.streaming import frame_slices

    frame = _frame(150)
    mask, info = holdout_mask(len(frame), holdout=0.1, max_holdout=2000, seed=0)
    assert not mask.any() and info.note == "no holdout: fewer than 200 rows"
    split_to_files(frame_slices(frame, 40), mask, tmp_path / "train.csv", tmp_path / "test.csv", _schema(frame))
    assert (tmp_path / "test.csv").read_text() == "row,v\n"
    assert len(read_table(tmp_path / "train.csv")) == 150


def test_streamed_split_refuses_a_mask_of_another_length(tmp_path: Path) -> None:
    import numpy as np

    from safe_synthesizer.data.holdout import split_to_files
    from safe_synthesizer.data.streaming import frame_slices

    frame = _frame(300)
    with pytest.raises(ValueError, match="the mask covers 299 rows"):
        split_to_files(frame_slices(frame, 100), np.zeros(299, dtype=bool), tmp_path / "a.csv", tmp_path / "b.csv",
                       _schema(frame))
    assert not (tmp_path / "a.csv").exists(), "no partial file appears"
