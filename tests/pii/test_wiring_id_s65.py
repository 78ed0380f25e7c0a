"""Session 65, helper ID: end-to-end check of the wiring in ``/work/s65docs/wiring_ID.md`` (the residue check over
a faked column's fakes, :mod:`fake_residues`, in ``replace_engine``).

``test_no_childs_name_left_in_a_parents_fake`` FAILS without the wiring (the children's names are left in the
parents' fakes) and passes with it; the other two hold either way: the dress the session-64 check faked (Turkish
titles, a code system's tails, an LDAP ``OU=``) stays as written with the wiring in.
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_no_childs_name_left_in_a_parents_fake() -> None:
    parents = ["Maria Vidal", "Joan Fabre", "Clara Carrière", "Pèire Lafon", "Loís Carrière", "Cristina Serres"]
    children = ["Joana", "Margarida", "Jòrdi", "Loïsa", "Cristina", "Bernat"]
    df = pd.DataFrame(
        {
            "Parent": [f"{parents[i % 6]} (parent de {children[(i * 5) % 6]})" for i in range(18)],
            "Pool": ["Jubilee Pool", "Victoria Baths", "Ponds Forge"] * 6,
        }
    )
    out = _replaced(df)
    for before, after in zip(df["Parent"], out["Parent"], strict=True):
        child = before.split("de ")[-1].rstrip(")")
        assert f"de {child})" not in after, "a child's name kept in the parent's fake"
        assert after.endswith(")") and " (parent de " in after


def test_code_tails_and_directory_units_stay_dress() -> None:
    cells = [
        "CN=Olga Brandt,OU=Users", "Hanne Vogt · K5521", "CN=Jonas Weber,OU=Members", "Ilse Roth · K1187",
        "CN=Ilse Roth,OU=Users", "Mats Krüger", "CN=Fiete Haas,OU=Contacts", "Olga Brandt · K7310",
        "Jonas Weber", "Fiete Haas · K2093", "Hanne Vogt", "Mats Krüger · K6604",
    ]  # fmt: skip
    df = pd.DataFrame({"c000": [f"2024-05-{i + 1:02d}" for i in range(12)], "c001": cells,
                       "c002": [f"Table {i % 3 + 1}" for i in range(12)]})  # fmt: skip
    out = _replaced(df)["c001"].tolist()
    for before, after in zip(cells, out, strict=True):
        if "OU=" in before:
            assert after.endswith(before[before.index(",OU=") :]), after
        if " · K" in before:
            assert after.endswith(before[before.index(" · K") :]), after


def test_dotted_titles_kept_before_a_fake() -> None:
    titles = ("Yrd. Doç.", "Doç.", "Arş. Gör.", "Öğr.")
    names = ["Mevlüt Durmuş", "Kasim Yüksel", "Hasret Alemdar", "Melihcan Arsoy", "Cavit Sezgin", "Nades Durdu",
             "Tevs Gülen", "Dilsitan Soylu", "Kutun Öcalan", "Nazimet Zorlu", "Deniz Aksu",
             "Taçnur Akgündüz"]  # fmt: skip
    values = [f"{titles[i % 4]} {n}" if i % 2 == 0 else n for i, n in enumerate(names * 2)]
    df = pd.DataFrame({"ad_soyad": values})
    out = _replaced(df)["ad_soyad"].tolist()
    for before, after in zip(values, out, strict=True):
        title = next((t for t in titles if before.startswith(t + " ")), None)
        if title:
            assert after.startswith(title + " "), (before, after)
