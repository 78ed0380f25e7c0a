"""Town findings whose cells are homes by landmark, box or street word become address findings."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_town_homes import homes_not_towns

_HOMES = [
    "près du Grand Marché", "Yantala, derrière la pharmacie Yantala", "Rue YN 215, Gamkallé",
    "Avenue du Général de Gaulle, Lazaret", "en face de l'école Mission", "n.d.", "près du Grand Marché",
]  # fmt: skip


def _town(name: str) -> ColumnDetection:
    return ColumnDetection(name, "city", 0.8, 0.8, "classifier", 7)


def test_a_town_finding_of_homes_is_an_address_finding() -> None:
    df = pd.DataFrame({"c005": _HOMES})
    changed = homes_not_towns(df, {"c005": _town("c005")})
    assert changed["c005"].entity in ("address", "street_address")


def test_towns_stay_towns_and_a_town_header_keeps_its_finding() -> None:
    df = pd.DataFrame({"c006": ["Niamey", "Maradi", "Zinder", "Dosso", "Tahoua", "Agadez", "Niamey"], "Ville": _HOMES})
    assert homes_not_towns(df, {"c006": _town("c006"), "Ville": _town("Ville")}) == {}
