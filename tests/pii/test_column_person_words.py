"""Whole names told by where their words stand, with the column names hidden (``column_person_words``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_person_words import positional_names
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

# A water committee's survey in Malawi: Christian given names (listed) or Chewa ones (not), surnames the lists mostly
# lack, typed in any case.
_RESPONDENTS = [
    "Chikondi Banda", "MERCY PHIRI", "grace mwale", "Limbani Chirwa", "Peter Nyirenda", "ESTHER KAMANGA",
    "Kondwani Gondwe", "john mvula", "Patrick Msiska", "Tiyamike Mhango", "JOYCE KUMWENDA", "Elizabeth Zulu",
    "Mary Kachingwe", "Ruth Chisale", "Daniel Ngwira", "lucy mbewe", "James Chaula", "Agnes Nkhoma",
    "Chimwemwe Lungu", "Samuel Tembo",
]  # fmt: skip
# Look-alikes of two or three words: towns opening with the same words, streets closing with the same word,
# colours that fill many rows each.
_TOWNS = ["New Haven", "New Milford", "North Branford", "East Lyme", "Old Saybrook", "New Canaan", "North Haven",
          "East Haddam", "Old Lyme", "New Britain"] * 2  # fmt: skip
_STREETS = ["Victoria Road", "Albert Road", "Church Road", "Station Road", "George Road", "Mill Road",
            "Queen Road", "Park Road", "Elm Road", "Grace Road"] * 2  # fmt: skip
_COLOURS = ["Dark Green", "Light Brown", "Pale Rose", "Dark Grey", "Light Green"] * 4


def _sample(values: list[str]):
    return sample_values(pd.Series(values), 500, 0)


def test_survey_respondents_are_whole_names() -> None:
    assert positional_names(_sample(_RESPONDENTS)) is not None


def test_towns_streets_and_colours_are_not() -> None:
    for values in (_TOWNS, _STREETS, _COLOURS):
        assert positional_names(_sample(values)) is None, values[0]


def test_plan_with_names_hidden_finds_the_respondent_column() -> None:
    df = pd.DataFrame(
        {
            "c000": [f"uuid-{i:04d}" for i in range(20)],
            "c001": _RESPONDENTS,
            "c002": _STREETS,
            "c003": _COLOURS,
            "c004": [str(3 + i % 7) for i in range(20)],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    assert plans.get("c003") is None
