"""Helper AD's session 62 hooks, end to end through ``replace_pii`` / ``plan_columns``."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_street_before_a_phone_across_a_stop_is_replaced_in_notes() -> None:
    streets = ["Laurierhof 31", "Brinkpad 7", "Molenstraat 112", "Dorpsbaan 58", "Kerkweg 4", "Esdoornlaan 90"]
    phones = ["06 45127833", "06 21987345", "06 33451209", "06 18273645", "06 50617283", "06 29384756"]
    people = ["Sanne de Wit", "Bram Visser", "Lotte Smit", "Daan Mulder", "Eva Bos", "Thijs Kok"]
    notes = [
        f"Home visit: {who} has the puppy on the sofa again, garden secure, {s}. {p}"
        for who, s, p in zip(people, streets, phones, strict=True)
    ]
    df = pd.DataFrame({"c000": [f"L{i}" for i in range(6)], "c001": notes})
    out = " ".join(_replaced(df)["c001"].tolist())
    for street in streets:
        assert street.split()[0] not in out


def test_address_cells_with_postcodes_are_addresses_not_postcodes() -> None:
    cells = [
        "Rodovia Lopes, 586, 81720514 Aragão de Moreira", "Área Nunes, 61, 62096-562 Costela",
        "Travessa Mariana Gomes, 76, 53214-618 Mendes de Cavalcante", "Parque Otávio Sousa, 83906595 Melo das Flores",
        "Estação de Barros, 78, 74841-246 Camargo Grande", "Recanto Azevedo, 19, 80894592 Vargas",
        "Setor Dias, 27, 67811-859 Oliveira de Fonseca", "Loteamento de Moura, 88, 55949316 Brito Alegre",
        "Chácara Ribeiro, 12, 30140-071 Belo Horizonte", "Vila Teixeira, 4, 01310100 São Paulo",
    ]  # fmt: skip
    df = pd.DataFrame({"c000": [f"T{i}" for i in range(10)], "c001": cells, "c002": [str(i * 7) for i in range(10)]})
    assert _plans(df).get("c001") == "address"


def test_mostly_empty_column_of_numbers_naming_their_document_is_an_id_column() -> None:
    people = ["Rana Haddad", "Omar Khoury", "Lina Saleh", "Karim Nassar", "Maya Aziz", "Tarek Fares"] * 2
    ids = [""] * 12
    ids[3], ids[8] = "03911745502 [passport]", "05120468833 (issued 2019)"
    df = pd.DataFrame(
        {
            "c000": [f"W-{100 + i}" for i in range(12)],
            "c001": people,
            "c002": ["Breguet", "Omega", "Seiko", "Rolex", "Longines", "Tissot"] * 2,
            "c003": ids,
        }
    )
    assert _plans(df).get("c003") == "national_id"
    out = _replaced(df)["c003"].tolist()
    assert "03911745502" not in out[3] and "05120468833" not in out[8]


def test_street_after_a_verb_of_dwelling_is_replaced_in_notes() -> None:
    people = ["Marc Petit", "Julie Roux", "Henri Blanc", "Chloé Moreau", "Louis Garnier", "Inès Faure"]
    streets = ["allée Berlioz", "avenue Monnet", "cours Mirabeau", "impasse Ravel", "allée Debussy", "avenue Fauré"]
    notes = [
        f"Changement d'adresse : {who} habite désormais {street}. Prévenir la compta, merci."
        for who, street in zip(people, streets, strict=True)
    ]
    df = pd.DataFrame({"c000": [f"C{i}" for i in range(6)], "c001": notes})
    out = " ".join(_replaced(df)["c001"].tolist())
    for street in streets:
        assert street.split()[1] not in out


def test_ids_with_an_issue_year_beside_them_stay_ids_not_phones() -> None:
    ids = ["285-37-8404 (issued 2019)", "№ 664-02-4595", "531-22-9087 (issued 2021)", "402-18-7731",
           "№ 219-64-0358", "617-03-5512 (issued 2015)", "348-91-2276", "№ 505-47-1180"]  # fmt: skip
    df = pd.DataFrame({"Class": [f"K{i % 3}" for i in range(8)], "X-ID-Seen": ids})
    assert _plans(df).get("X-ID-Seen") in ("ssn", "national_id")
