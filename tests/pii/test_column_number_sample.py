import pandas as pd

from safe_synthesizer.pii.column_number_sample import MAX_EXACT_FLOAT, number_sample


def test_ids_read_as_floats_come_back_as_whole_numbers_with_their_rows():
    series = pd.Series([12345678901.0, None, 98765432109.0], index=[10, 11, 12])
    sample = number_sample(series, 500, 0)
    assert sample is not None
    assert sample.dtype == "int64"
    assert sample.tolist() == [12345678901, 98765432109]
    assert sample.index.tolist() == [10, 12]  # the rows' own index: callers read the same rows' other cells


def test_amounts_and_too_long_floats_are_no_ids():
    assert number_sample(pd.Series([1.5, 2.0]), 500, 0) is None
    assert number_sample(pd.Series([float(MAX_EXACT_FLOAT), 1.0]), 500, 0) is None


def test_empty_and_boolean_columns_are_left():
    assert number_sample(pd.Series([None, None], dtype=object), 500, 0) is None
    assert number_sample(pd.Series([True, False]), 500, 0) is None


def test_a_long_column_is_sampled_the_same_way_for_the_same_seed():
    series = pd.Series([f"0612{i:06d}" for i in range(2000)])
    first, again = number_sample(series, 500, 3), number_sample(series, 500, 3)
    assert first is not None and again is not None
    assert len(first) == 500
    assert first.index.tolist() == again.index.tolist()
    assert first.index.tolist() == series.sample(500, random_state=3).index.tolist()


def test_strings_are_kept_as_written():
    series = pd.Series(["+44 7700 900123", None, "07700 900456"])
    sample = number_sample(series, 500, 0)
    assert sample is not None
    assert sample.tolist() == ["+44 7700 900123", "07700 900456"]
