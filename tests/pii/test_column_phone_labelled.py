"""A phone column's sample with dressed cells read as their numbers."""

from __future__ import annotations

import numpy as np

from safe_synthesizer.pii.column_phone_labelled import labelled_phone_sample
from safe_synthesizer.pii.column_sample import ValueSample


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(list(values), np.ones(len(values)), len(values))


def test_dressed_cells_become_their_first_number_in_a_new_sample() -> None:
    values = ["mob 0161 496 0112", "0161 496 0347 (after 7pm)", "0161 496 0509", "NULL", "53312 or 57719"]
    sample = _sample(values)
    out = labelled_phone_sample(sample)
    assert out is not None and out is not sample
    assert out.values == ["0161 496 0112", "0161 496 0347", "0161 496 0509", "NULL", "53312"]
    assert sample.values == values  # the caller's sample is left as it was


def test_no_dressed_cell_or_too_few_phone_cells_leave_the_sample() -> None:
    assert labelled_phone_sample(_sample(["0161 496 0112", "0161 496 0347"])) is None
    words = ["Flat 3, 12 High Street", "see above", "Rose Cottage", "mob 0161 496 0112"]
    assert labelled_phone_sample(_sample(words)) is None
