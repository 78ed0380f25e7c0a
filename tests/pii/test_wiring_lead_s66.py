"""Session 66, lead: a birth-date column read out in words is replaced, not only found."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.not_known_cells import not_known_keys

SPOKEN = [
    "first of May nineteen eighty-seven",
    "twelfth of June nineteen ninety",
    "third of March two thousand and four",
    "twenty-first of September nineteen seventy-one",
    "ninth of March nineteen sixty",
    "fourth of July nineteen fifty-five",
    "second of April nineteen ninety-eight",
]


def test_a_spoken_birth_date_is_a_value_and_a_missing_word_is_not() -> None:
    assert not_known_keys([*SPOKEN, "n/a", "unknown"], E.DATE_OF_BIRTH) == {"n/a", "unknown"}


def test_a_spoken_birth_date_column_is_faked_in_words() -> None:
    names = ["Ann Lee", "Tom Hart", "Maria Gomez", "John Smith", "Eva Berg", "Paul Klee", "Rita Ora", "Sam Neill"]
    df = pd.DataFrame({"Name": names * 2, "Date of birth": [*SPOKEN, "n/a"] * 2})
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    faked = result.data["Date of birth"].tolist()
    assert not set(faked) & set(SPOKEN)  # no original birth date left
    assert faked.count("n/a") == 2  # the missing word stays a missing word
    assert all(" of " in f and not any(ch.isdigit() for ch in f) for f in faked if f != "n/a")  # still in words
