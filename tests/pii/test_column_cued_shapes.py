"""A column whose name says street, postcode or name is found when its values agree in shape, any script."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_cued_shapes import cued_shape_score
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.replace import plan_columns

_HEBREW_STREETS = ["צופית 78", "הצאלון 49", "חלמיש 86", "החרמון 25", "יונה 99", "כהנא 01", "יששכר 29", "ההגנה 49"]
_MARATHI_STREETS = ["37 निलेश जाधव", "74/911 गवळी", "73/32 शिंदे", "71/986 चौगुले", "8 सुनील पाटील", "9 संदीप गोरे"]
_CHILE_CODES = ["1895360", "5733270", "4143650", "6458050", "8036090", "3859920", "4538820", "8331890"]
_BENGALI_CODES = ["২৬৭৪", "৯৩২৭", "৪২০৯", "৯৭১৯", "৭৫৫৬", "৩৭২৬", "৯৯৯২", "৬০৯৫"]
_HINDI_NAMES = ["सिंह, कैलाश", "जयरामन, मोहना", "भटनागर, राहुल", "प्रधान, गोपाल", "आचार्य, अनिश", "मिस्त्री, मनीषा"]
_AMHARIC_NAMES = ["ዮ. ታደሰ", "ሀ. መንግሥቱ", "ብ. ገብሬ", "ሰ. አበበ", "ማ. በቀለ", "ዳ. ከበደ", "ዮ. ወልዴ", "ብ. ከበደ"]


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(list(values), np.ones(len(values)), len(values))


@pytest.mark.parametrize(
    ("entity", "values"),
    [
        ("street_address", _HEBREW_STREETS),
        ("street_address", _MARATHI_STREETS),
        ("postcode", _CHILE_CODES),
        ("postcode", _BENGALI_CODES),
        ("name", _HINDI_NAMES),
        ("name", _AMHARIC_NAMES),
    ],
)
def test_values_of_the_named_entity_agree_in_shape(entity: str, values: list[str]) -> None:
    score = cued_shape_score(entity, _sample(values))
    assert score is not None and score.share >= 0.8 * 0.8
    assert not score.values_decide  # the name decides: hidden, nothing changes


@pytest.mark.parametrize(
    ("entity", "values"),
    [
        ("postcode", ["12.50", "1,200", "7", "300000", "45.5", "9", "18.75", "2"]),  # amounts
        ("postcode", ["1895360", "AB12", "77-1", "X9", "500300", "Q1W2E3", "12", "993"]),  # no one layout
        ("name", ["Deluxe Room", "Garden Suite", "Blue Lagoon", "Sunset View", "Oak Lodge", "Pine Cabin"]),  # Latin
        ("name", ["सिंह 12", "कैलाश 7", "राहुल 3", "गोपाल 9", "अनिश 1", "मनीषा 4"]),  # numbered
        ("street_address", ["12", "14", "7", "9", "33", "41"]),  # house numbers alone
        ("city", ["צופית", "הצאלון", "חלמיש", "החרמון", "יונה", "כהנא"]),  # not an entity of this module
    ],
)
def test_values_of_another_shape_do_not_agree(entity: str, values: list[str]) -> None:
    assert cued_shape_score(entity, _sample(values)) is None


def test_a_rota_of_few_names_repeated_over_rows_is_no_name_column() -> None:
    values = _HINDI_NAMES[:2]
    assert cued_shape_score("name", ValueSample(values, np.array([12.0, 12.0]), 2)) is None


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _table(columns: dict[str, list[str]], n: int = 24) -> pd.DataFrame:
    return pd.DataFrame({k: [v[i % len(v)] for i in range(n)] for k, v in columns.items()})


def test_named_columns_of_any_script_are_planned_and_hidden_ones_are_not() -> None:
    shown = _table({"fullname": _HINDI_NAMES, "street": _HEBREW_STREETS, "postcode": _CHILE_CODES})
    plans = _plans(shown)
    assert plans.get("fullname") == "name"
    assert plans.get("street") == "street_address"
    assert plans.get("postcode") == "postcode"
    hidden = shown.set_axis(["c001", "c002", "c003"], axis=1)
    # Values alone never decide by shape: with the names hidden these stay unplanned by this module.
    assert "street_address" not in _plans(hidden).values()


def test_a_postcode_column_under_an_address_path_stays_a_postcode_column() -> None:
    # ``customer__address__postcode`` cues street, address and postcode: the postcode check wins over a shape.
    codes = ["M5 5SY", "NE8R 3ZQ", "L51 5QW", "E39 0ZL", "N79 7QS", "SL18 6GA", "KY1 2QJ", "WS94 2PW"]
    assert _plans(_table({"customer__address__postcode": codes})).get("customer__address__postcode") == "postcode"
