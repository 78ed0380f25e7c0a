"""Session 67 (helper PI): phone columns a spreadsheet wrote behind a service code (``#31#0612345678``, ``*67 (201)
935-4972``, ``141 07406 858784``), grouped in thousands (``7,406,858,784``) or without their trunk ``0``
(``15746184562`` beside ``+49 1574 6184562``), through the PII stage: found with their headers hidden, and faked in
the same dress. Fails without the wiring of ``/work/s67docs/wiring_PI.md`` (``phone_cell_artefacts`` reading
:mod:`phone_service_codes` and :mod:`phone_thousands`, ``column_phone_undressed`` reading :mod:`phone_trunk_zero`)."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.phone_cell_artefacts import clean, dress
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Gail Harvey", "Tom Baker", "Anna Weiss", "Lukas Brandt", "Mia Keller", "Jonas Vogel", "Lea Hartmann",
           "Paul Fischer", "Emma Schulz", "Ben Wagner", "Lina Becker", "Felix Hoffmann"]  # fmt: skip
_WITHHELD = ["#31#0116901615", "#31#0799012227", "0114 693120", "020 2166080", "#31#0203422118",
             "#31#0706906469", "020 3222666", "#31#0202260375", "#31#0726521351", "#31#0202098066",
             "*67 (201) 935-4972", "141 07406 858784"]  # fmt: skip
_AMOUNTS = ["2,085,047,424", "(206) 237-7507", "(208) 504-7424", "2,062,377,507", "2,015,956,342", "(203) 813-5330",
            "2,018,699,163", "(201) 431-5748", "2,014,431,893", "(212) 555-0147", "2,125,550,123",
            "(718) 963-3997"]  # fmt: skip
_TRUNK = ["#31#015746184562", "15746184562", "+49 1574 6184562", "#31#015600548765", "15730307779",
          "+49 15600 548765", "+49 1511 2077878", "15114979908", "+49 1515 5124439", "15190305317",
          "#31#015137219823", "+49 1523 5878466"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_shared_clean_up_reads_the_dress() -> None:
    assert clean("#31#0612345678") == "0612345678"
    assert clean("*67 (201) 935-4972") == "(201) 935-4972"
    assert clean("141 07406 858784") == "07406 858784"
    assert clean("7,406,858,784") == "7406858784"
    assert clean("#1234567890") == "#1234567890"  # an order number's hash stays
    assert clean("1,234,567") == "1,234,567"  # an amount of seven digits stays
    assert dress("#31#0612345678", "0687654321") == "#31#0687654321"
    assert dress("*67 (201) 935-4972", "(212) 555-0147") == "*67 (212) 555-0147"
    assert dress("7,406,858,784", "2125550147") == "2,125,550,147"


def test_withheld_grouped_and_trunkless_columns_found_hidden() -> None:
    for values in (_WITHHELD, _AMOUNTS, _TRUNK):
        df = pd.DataFrame({"c000": _PEOPLE, "c001": values})
        assert _plans(df).get("c001") == "phone_number", values[0]


def test_the_fakes_keep_the_code_and_the_grouping() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Phone": _WITHHELD, "Tel": _AMOUNTS})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for original, fake in zip(_WITHHELD, out["Phone"].tolist(), strict=True):
        assert fake != original
        assert fake[:4] == original[:4] if original[:1] in "#*1" else True, (original, fake)
    for original, fake in zip(_AMOUNTS, out["Tel"].tolist(), strict=True):
        assert fake != original
        if "," in original:
            assert re.fullmatch(r"\d{1,3}(?:,\d{3})+", fake), (original, fake)
