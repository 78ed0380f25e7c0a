"""Wiring of helper PC's session-54 modules (column_phone_marked in phone_score, phone_list_short in fake_phones,
one default for the written share that decides): each test fails unwired."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_numbers
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.phone_list_short import short_list_parts
from safe_synthesizer.pii.phones import fake_phones

ENTITIES = [E.PHONE_NUMBER, E.NATIONAL_ID, E.POSTCODE, E.SSN, E.CREDIT_DEBIT_CARD, E.IP_ADDRESS]


def _detect(values: list[str]):
    df = pd.DataFrame({"c007": values})
    return detect_column(df["c007"], infer_schema(df)["c007"], entities=ENTITIES)


def test_hidden_column_of_tagged_numbers_dialled_once_is_phones():
    # Omani numbers tagged with their line, one dialled ``00 968``, a word among them (a clerk's column).
    values = [
        "9134 5521 (w)", "92 48 17 06", "00 968 9911 2040", "9577 3412 (m)", "93 21 08 44", "9260 1187 (h)",
        "9911 2040 (home)", "91 77 32 05", "nk", "9644 0218 (w)", "92 48 17 06",
    ]  # fmt: skip
    found = _detect(values)
    assert found is not None and found.entity == E.PHONE_NUMBER


def test_hidden_column_of_belizean_numbers_with_words_is_phones():
    values = [
        "nk", "621-4408 (home)", "6105533", "622-9071 (h)", "6278812", "(+501) 610-5533", "6221944", "declined",
        "(+501) 627-8812", "6690213", "629-3317 (h)", "6021176",
    ]  # fmt: skip
    found = _detect(values)
    assert found is not None and found.entity == E.PHONE_NUMBER


def test_hidden_column_of_tagged_short_numbers_with_one_dialled():
    values = [
        "7350", "+690 7293", "7305 (h)", "+690 7299", "7354", "7291 (m)", "7387", "+690 7206", "7351 (w)", "7220",
    ]  # fmt: skip
    found = _detect(values)
    assert found is not None and found.entity == E.PHONE_NUMBER


def test_two_short_numbers_in_a_cell_get_a_valid_fake_each():
    values = ["+682 74 464 or 29/138", "79/539 / +682 23 520", "51 200 & 22 134"]
    fakes = fake_phones(values, np.random.default_rng(0), region="CK", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value
        assert short_list_parts(fake, "CK") is not None, fake  # each part a valid Cook Islands number


def test_one_default_decides_the_written_share():
    assert ReplacePiiParameters().min_column_confidence == column_numbers.MIN_WRITTEN_DECIDES
    with open(column_numbers.__file__, encoding="utf-8") as source:
        assert "MIN_WRITTEN_DECIDES = 0.7" not in source.read()
