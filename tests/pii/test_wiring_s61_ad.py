"""Session 61 AD wiring: dressed id columns found and faked with their dressing kept (through ``replace_pii``)."""

from __future__ import annotations

import pandas as pd
from stdnum.es import dni

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(number: int) -> str:
    return f"{number:08d}{_LETTERS[number % 23]}"


def _table() -> pd.DataFrame:
    ids = [_dni(13_572_468 + 7_919 * i) for i in range(10)]
    cells = [[f"NIC/ {d}", f"{d} (exp. 203{i % 9}-0{i % 9 + 1})", d, f"DOC/ {d}"][i % 4] for i, d in enumerate(ids)]
    cells = [c if i % 2 == 0 else "" for i, c in enumerate(cells * 2)]
    n = len(cells)
    return pd.DataFrame({
        "c000": [f"Kayak {i % 6}" for i in range(n)],
        "c001": ["Ana García", "Luis Pérez", "Marta Ruiz", "Jorge Gil", "Sara Vidal"] * (n // 5),
        "c002": cells,
        "c003": [f"{9 + i % 8}:00" for i in range(n)],
    })  # fmt: skip


def test_dressed_id_column_found_and_faked_with_its_dressing() -> None:
    df = _table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "national_id"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c002"].tolist()
    for before, after in zip(df["c002"], out, strict=True):
        if not before:
            continue
        core = before.split("/ ")[-1].split(" (")[0]
        assert core not in after
        for word in ("NIC/ ", "DOC/ ", " (exp. "):
            assert (word in before) == (word in after)
        assert dni.is_valid(after.split("/ ")[-1].split(" (")[0])


def test_labelled_address_cells_found_and_replaced_with_their_labels() -> None:
    streets = ["en face de la mosquée Fayçal", "BP 3996", "Quartier Pellel", "derrière le marché Madina", "Kaloum"]
    towns = ["Boké", "Conakry", "Labé", "Kindia", "Mamou"]
    cells = [f"Street: {s}, Town: {t}" for s, t in zip(streets * 3, towns * 3, strict=True)]
    df = pd.DataFrame({
        "c000": [f"Kayak {i % 4}" for i in range(15)],
        "c001": ["Awa Diallo", "Mamadou Bah", "Fatou Camara", "Ibrahima Sow", "Aissatou Barry"] * 3,
        "c002": cells,
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") in ("address", "street_address")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c002"].tolist()
    for street in ("mosquée Fayçal", "BP 3996", "Pellel", "Madina"):
        assert street not in " ".join(out)
    assert all(cell.startswith("Street: ") and ", Town: " in cell for cell in out)  # hook 4


def test_landmark_and_box_homes_under_a_hidden_header_are_addresses() -> None:
    homes = ["près du Grand Marché", "Yantala, derrière la pharmacie Yantala", "BP 8794", "Rue YN 215, Gamkallé",
             "à côté de la mosquée de Koira Kano", "Avenue du Général de Gaulle, Gamkallé",
             "en face de l'école Mission", "n.d.", "Lazaret"] * 2  # fmt: skip
    df = pd.DataFrame({
        "c000": [f"2024-05-{i + 1:02d}" for i in range(18)],
        "c001": ["Moussa Issoufou", "Aïcha Abdou", "Hadiza Moussa", "Ibrahim Saley", "Zeinabou Hamani", "Ali Garba"]
        * 3,
        "c002": homes,
        "c003": ["Niamey", "Maradi", "Zinder", "Dosso", "Tahoua", "Agadez"] * 3,
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") in ("address", "street_address")
