"""Towns of countries Faker lists none for (Latvia, Lithuania, Estonia, Ireland), decided from values."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_towns import small_country_town

ENTITIES = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS]


def _detect(values: list[str]):
    df = pd.DataFrame({"c004": values})
    return detect_column(df["c004"], infer_schema(df)["c004"], entities=ENTITIES)


@pytest.mark.parametrize(
    ("towns", "locale"),
    [
        (["liepāja", "valmiera", "rīga", "jūrmala", "cēsis", "daugavpils", "jelgava", "rēzekne"], "lv_LV"),
        (["alytus", "panevėžys", "utena", "kaunas", "vilnius", "klaipėda", "šiauliai"], "lt_LT"),
        (["GALWAY", "ENNIS", "LIMERICK", "DROGHEDA", "LETTERKENNY", "SLIGO", "NAAS"], "en_IE"),
        (["Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Tallinn"], "et_EE"),
    ],
)
def test_a_few_towns_of_a_small_country_are_a_town_column_of_its_locale(towns, locale):
    rng = random.Random(1)
    det = _detect([rng.choice(towns) for _ in range(60)])
    assert det is not None and det.entity == E.CITY and det.locale == locale


def test_towns_read_in_any_case_and_without_accents():
    assert small_country_town("PANEVEZYS") == "lt_LT"
    assert small_country_town("Liepaja") == "lv_LV"
    assert small_country_town("Springfield") is None


def test_a_category_with_a_town_among_other_levels_is_no_town_column():
    rng = random.Random(2)
    levels = ["cardiology", "oncology", "maternity", "galway", "surgery", "paediatrics", "radiology"]
    assert _detect([rng.choice(levels) for _ in range(60)]) is None
