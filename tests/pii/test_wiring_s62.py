"""End-to-end tests of session 62's wiring: each fails without its hook (through plan_columns / replace_pii)."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_person_cells_in_machine_dress_are_found_and_faked_in_their_dress() -> None:
    guests = [
        "CN=Olga Brandt,OU=Users", "Jonas%20Weber", "N:Krüger;Mats;;;", "Fiete+Haas", "CN=Jonas Weber,OU=Members",
        "Hanne Vogt", "N:Brandt;Olga;;;", "Mats%20Krüger", "CN=Ilse Roth,OU=Users", "Ilse+Roth", "Hanne Vogt",
        "CN=Fiete Haas,OU=Contacts",
    ]  # fmt: skip
    df = pd.DataFrame({"c000": [f"2024-05-{i + 1:02d}" for i in range(12)], "c001": guests,
                       "c002": [f"Table {i % 3 + 1}" for i in range(12)]})  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    text = " ".join(out)
    for word in ("Olga", "Brandt", "Jonas", "Weber", "Krüger", "Mats", "Fiete", "Haas", "Ilse", "Roth", "Vogt"):
        assert word not in text
    assert out[0].startswith("CN=") and out[0].endswith(",OU=Users") and "%20" in out[1] and "+" in out[3]
    assert out[2].startswith("N:") and out[2].endswith(";;;")
    # one person, one fake across dresses: Jonas Weber percent-encoded and in a DN
    assert out[1].replace("%20", " ") == out[4][3:].split(",OU=")[0]
