"""An unseen-layout id right after the street column is the block's postcode (column_block_codes)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_block_codes import block_code_postcodes
from safe_synthesizer.pii.column_detector import ColumnDetection


def _det(name: str, entity: str, method: str = "values") -> ColumnDetection:
    return ColumnDetection(name, entity, 0.9, 0.9, method, 5)


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c004": ["No. 6, Khaghani St.", "No. 135, Mirza-ye Shirazi St.", "No. 134, Nazar Ave."],
            "c005": ["85290-89848", "15905-27134", "82153-22991"],
            "c006": ["Isfahan", "Tehran", "Isfahan"],
        }
    )


def test_unseen_layout_id_after_the_street_is_a_postcode() -> None:
    found = {"c004": _det("c004", "street_address"), "c005": _det("c005", "national_id", "values+table"), "c006": None}
    out = block_code_postcodes(_frame(), found)
    assert out["c005"].entity == "postcode"


def test_checked_ids_and_ids_elsewhere_stay() -> None:
    checked = {"c004": _det("c004", "street_address"), "c005": _det("c005", "national_id")}
    assert block_code_postcodes(_frame(), checked) == {}
    no_street = {"c004": None, "c005": _det("c005", "national_id", "values+table")}
    assert block_code_postcodes(_frame(), no_street) == {}
    lettered = _frame().assign(c005=["AB 123456 C", "CD 654321 A", "EF 111111 B"])
    found = {"c004": _det("c004", "street_address"), "c005": _det("c005", "national_id", "values+table")}
    assert block_code_postcodes(lettered, found) == {}
