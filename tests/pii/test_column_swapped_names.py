"""People written both ways round (``Egede Kuupik`` and ``Kuupik Egede``) that the classifier read as towns."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_swapped_names import swapped_name_findings, swapped_pairs


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.2, "classifier", 14)


_OWNERS = ["Broberg Juaaka", "Paninnguaq Broberg", "Geisler Inuk", "Kuupik Egede", "Egede Kuupik", "Juaaka Broberg",
           "Kleist Ane", "Inuk Geisler", "Minik Broberg", "Frederiksen Aviaja"]  # fmt: skip


def test_pairs_seen_both_ways_round_are_counted() -> None:
    assert swapped_pairs(_OWNERS) == (3, 10)
    assert swapped_pairs(["Egede, Kuupik", "kuupik egede"]) == (1, 2)
    assert swapped_pairs(["Porto Alegre", "Campo Grande", "Rio Verde"]) == (0, 3)


def test_a_town_finding_of_people_written_both_ways_becomes_a_name_finding() -> None:
    df = pd.DataFrame({"c001": _OWNERS, "c002": ["Nuuk", "Sisimiut", "Ilulissat", "Nuuk", "Qaqortoq"] * 2})
    out = swapped_name_findings(df, {"c001": _det("c001", "city"), "c002": _det("c002", "city")})
    assert list(out) == ["c001"]
    assert out["c001"].entity == "name" and out["c001"].method == "classifier+swapped-names"


def test_one_pair_both_ways_or_a_person_finding_is_left_alone() -> None:
    df = pd.DataFrame({"c001": ["Kuupik Egede", "Egede Kuupik", "Nuuk", "Sisimiut", "Ilulissat"]})
    assert swapped_name_findings(df, {"c001": _det("c001", "city")}) == {}
    df = pd.DataFrame({"c001": _OWNERS})
    assert swapped_name_findings(df, {"c001": _det("c001", "name"), "c009": None}) == {}
