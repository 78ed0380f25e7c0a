"""Postcode and town columns apart in a table whose street lines were found (s39, PP): a form's fields put the
address's parts in any order; a clinic's few towns repeated over every row stay a category."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places

_TOWNS = ["Tvøroyri", "Klaksvík", "Runavík", "Vágur", "Sandavágur", "Miðvágur", "Fuglafjørður", "Eiði", "Hvalba"]
_STREETS = ["Niels Finsens gøta 5", "Dalavegur 12", "Heygsvegur 3", "Undir Fjalli 40", "Bakkavegur 7",
            "Skúlavegur 19", "Gøtugøta 2", "Tjarnarvegur 11", "Fjarðavegur 28", "Vegurin Langi 6"]  # fmt: skip


def _table(clinic_towns: bool = False) -> pd.DataFrame:
    """18 rows of 12 patients (six come back): town, a status, the code, the street, the clinic's town."""
    order = list(range(12)) + list(range(6))
    return pd.DataFrame({
        "c000": [_TOWNS[i % len(_TOWNS)] for i in order],
        "c001": [["seen", "booked", "cancelled"][i % 3] for i in order],
        "c002": [str(100 + 37 * (i % len(_TOWNS))) for i in order],
        "c003": [_STREETS[i % len(_STREETS)] for i in order],
        "c004": [["Vágur", "Klaksvík", "Runavík"][i % 3] for i in order],
    })  # fmt: skip


def test_town_and_postcode_apart_beside_found_streets() -> None:
    found = pair_places(_table(), ["c000", "c001", "c002", "c003", "c004"], {"c003": "street_address"})
    assert found["c000"].entity == "city" and found["c002"].entity == "postcode"
    assert "c004" not in found  # the clinic's three towns over every row


def test_apart_they_say_nothing_without_a_street() -> None:
    found = pair_places(_table(), ["c000", "c001", "c002", "c003", "c004"], {})
    assert "c000" not in found
