"""Session 59 wiring: each helper module reached end to end through plan_columns / replace_pii (every test fails
on the session-start code)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


# PF: a dense register column mixing person forms is a name column, hidden headers.
SINGERS = [
    "Marek [Holloway]", "marek_holloway41", "Tavish [Brennock]", "tbrennock", "Holloway, S. (Senna)",
    "Prof. T. Brennock FRCS", "senna.holloway", "Quill, A. (Ailsa)", "Ailsa [Quill]", "aquill",
    "Rev. M. Holloway MSc", "Dunmore, P. (Petra)", "petra_dunmore7", "Petra [Dunmore]",
]  # fmt: skip


def test_register_mixing_person_forms_is_replaced_hidden() -> None:
    df = pd.DataFrame({"c000": [f"R{i}" for i in range(14)], "c001": SINGERS, "c002": [str(60 + i) for i in range(14)]})
    assert _plans(df).get("c001") == "name"
    assert not set(_replaced(df)["c001"]) & set(SINGERS)


# AD: address cells in layouts the part reader left whole; long address cells; gazetteer towns.
def test_address_cells_by_a_locality_label_or_a_cross_street_are_address_columns_hidden() -> None:
    labelled = ["KADUGLI: opposite the grain store", "DILLING: behind the mosque", "TALODI: Hai Salam 4",
                "KADUGLI: near the water tower", "DILLING: Hai Jebel", "TALODI: behind the mosque",
                "KADUGLI: Hai Salam 9", "DILLING: opposite the grain store", "TALODI: near the water tower",
                "KADUGLI: Hai Tadamon 17", "DILLING: behind the clinic", "TALODI: Hai Salam 4"]  # fmt: skip
    corners = ["Gral. Díaz 881 c/ Yegros / Limpio / 110201", "Compañía Yataity / Guairá",
               "Ayolas 1203 e/ Humaitá / Asunción / 001208", "Cerro León 455 c/ Colón / Limpio / 110201",
               "Compañía Yataity / Guairá", "Palma 730 c/ Alberdi / Asunción / 001208",
               "Iturbe 1904 e/ Manduvirá / Luque / 110101", "Compañía Naranjaty / Paraguarí",
               "Gral. Díaz 881 c/ Yegros / Limpio / 110201", "Colón 2210 c/ Ayolas / Asunción / 001208",
               "Yegros 640 e/ Herrera / San Lorenzo / 111101", "Iturbe 1904 e/ Manduvirá / Luque / 110101"]  # fmt: skip
    df = pd.DataFrame({"c000": [f"M{i}" for i in range(12)], "c001": labelled, "c002": corners,
                       "c003": [f"{1 + i % 4} kg" for i in range(12)]})  # fmt: skip
    plans = _plans(df)
    assert plans.get("c001") == "address"
    assert plans.get("c002") == "address"
    assert not set(_replaced(df)["c002"]) & set(corners)


def test_long_address_cells_stay_addresses_not_free_text() -> None:
    towns = ["PA20 4XY Ceann Loch Mòr", "HS3 2RT Baile nan Cailleach", "IV40 8QP Tobar an Dùin"]
    streets = ["Sràid na Drochaid", "Rathad a' Chladaich", "Sràid an Eilein", "Rathad na Mara"]
    cells = [f"{towns[i % 3]}; {3 + 7 * i % 40} {streets[i % 4]}" for i in range(14)]
    df = pd.DataFrame({"Boat": [f"B{i}" for i in range(14)], "Address": cells})
    assert _plans(df).get("Address") in ("address", "street_address")


def test_towns_the_gazetteer_names_beside_street_lines_are_a_town_column_hidden() -> None:
    towns = ["Nuuk", "Nuuk", "Qaqortoq", "Nuuk", "Ilulissat", "Nuuk", "Sisimiut", "Nuuk", "Qaqortoq", "Nuuk",
             "Ilulissat", "Nuuk"]  # fmt: skip
    streets = ["Aqqusinersuaq 4", "Hus 12", "Imaneq 21", "Hus 3", "Aqqusinersuaq 9", "Hus 40", "Imaneq 2", "Hus 7",
               "Qullilerfik 11", "Hus 18", "Imaneq 5", "Hus 22"]  # fmt: skip
    df = pd.DataFrame({"c000": [f"K{i}" for i in range(12)], "c001": streets, "c002": towns})
    assert _plans(df).get("c002") == "city"
    out = _replaced(df)
    assert (out["c002"] != df["c002"]).mean() > 0.5


# SC: a mostly empty finder column and a junk-filled phone column, hidden headers.
def _sparse(values: list[str], n: int) -> list[str]:
    out = [""] * n
    for i, v in enumerate(values):
        out[i * (n // len(values))] = v
    return out


def test_mostly_empty_finder_and_junk_filled_phone_are_replaced_hidden() -> None:
    clients = ["Gülay Baum-Schwital", "Pedro Kade", "Irmtraut Krebs", "Danny Köster", "Aloisia Naser"] * 6
    finders = ["Irmtraut Krebs (née Smith)", "Aloisia [Naser]", "Baum-Schwital, G. (Gülay)", "Danny Köster"]
    phones = ["0151 2734 5561", "(none given)", "0176 7746 1776", "no data", "0160 9912 3345", "0171 2345 678"]
    df = pd.DataFrame({"c000": clients, "c001": [f"Fox {i}" for i in range(30)],
                       "c002": _sparse(finders, 30), "c003": _sparse(phones, 30)})  # fmt: skip
    plans = _plans(df)
    assert plans.get("c002") == "name" and plans.get("c003") == "phone_number"
    assert not {v for v in _replaced(df)["c002"] if v} & set(finders)


# TX: names in notes by the slot only a person fills, in any case.
def test_names_in_person_slots_of_notes_replaced() -> None:
    notes = [
        "Gate code changed, see board. 0612 998 221 xx marguerite",
        "Rang at 09:15 from 0722 441 908 (HALVORSEN) - left a message.",
        "Parcel signed for by lucinda (gate 4); driver left.",
        "Boxes sorted - OYELARAN asked for the keys back.",
        "ingrid brought the spare chairs back on Monday.",
        "Lunch at McDonald's after the shift; staff brought cakes.",
    ] * 2
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("marguerite", "HALVORSEN", "lucinda", "OYELARAN", "ingrid"):
        assert name not in out
    assert "McDonald's" in out and "staff brought cakes" in out
