"""A town and its postcode with an empty column between them (a shop's ``Ship State`` where the country has no
states) are still a pair, as they are with a state column between them."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places

_FAROE = ["Tórshavn", "Klaksvík", "Runavík", "Tvøroyri", "Fuglafjørður", "Vágur", "Sandavágur", "Miðvágur"]
_CODES = ["100", "700", "620", "800", "530", "900", "370", "360"]


def _table(middle: list[str | None]) -> pd.DataFrame:
    n = len(middle)
    return pd.DataFrame(
        {
            "c001": [_FAROE[i % 8] for i in range(n)],
            "c002": middle,
            "c003": [_CODES[i % 8] for i in range(n)],
            "c004": [f"{10 + i * 7 % 40}.50" for i in range(n)],
        }
    )


def test_an_empty_column_between_town_and_postcode_keeps_them_a_pair() -> None:
    found = pair_places(_table([None] * 24), ["c001", "c002", "c003", "c004"], {"c001": "city"})
    assert "c003" in found and found["c003"].entity == "postcode"


def test_a_filled_column_between_them_still_parts_them() -> None:
    middle = [f"{i * 13 % 97} items" for i in range(24)]
    found = pair_places(_table(middle), ["c001", "c002", "c003", "c004"], {"c001": "city"})
    assert "c003" not in found
