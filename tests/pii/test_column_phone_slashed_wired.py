"""Wiring of helper PC (session 53): phone columns with a slash after the area code (``07405/265446`` beside
``07405 265446``), and ``phone_score``'s national check, which must not undo a written share that decides.

Fails without the two hooks (``column_detector._detect_column``, ``column_numbers.phone_score``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_numbers
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_sample import ValueSample

ENTITIES = [E.NATIONAL_ID, E.PHONE_NUMBER, E.FAX_NUMBER, E.SSN, E.POSTCODE, E.NAME, E.DATE_OF_BIRTH]


def _detect(values: list[str | None], name: str) -> str | None:
    df = pd.DataFrame({name: values})
    column = infer_schema(df).columns[0]
    found = detect_column(df[name], column, entities=ENTITIES)
    return found.entity if found else None


@pytest.mark.parametrize("name", ["Emergency no.", "c011"])
def test_one_number_written_with_and_without_the_area_slash(name: str) -> None:
    # A mostly empty emergency column: one contact's numbers, typed each time another way.
    cells = ["310/720 2660", "310.720.2660", "+39 310 720 2660", "310/720 2660", "+39 310 720 2660", "310.720.2660"]
    assert _detect(cells + [None] * 10, name) == E.PHONE_NUMBER


@pytest.mark.parametrize(
    "cells",
    [
        [f"2023/{n:05d}" for n in range(11, 200, 7)],  # case numbers
        [f"{n:05d}/{(n * 37) % 100000:05d}" for n in range(20011, 20400, 13)],  # tax numbers
    ],
)
def test_slashed_codes_stay_no_phones(cells: list[str]) -> None:
    assert _detect(cells, "c004") is None


def test_national_check_never_undoes_a_written_share_that_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    # 80 % written as phones decides the column; a national check at 90 % (below its 95 % bar, so it does not
    # decide) must not take its place (an en_US column at 94.6 % valid was lost so in session 52).
    phones = [f"(212) 555-{n:04d}" for n in range(1200, 1216)]
    sample = ValueSample([*phones, "12345", "67", "890", "4411"], np.ones(20), 20)
    monkeypatch.setattr(column_numbers, "national_phone_evidence", lambda _v: (0.9, "US", "several layouts"))
    score = column_numbers.phone_score(E.PHONE_NUMBER, sample, False, False)
    assert score.values_decide and score.share == pytest.approx(0.8)
