"""The town column of the address block (session 43): unlisted towns beside the people's street lines, past a sparse
second-line column, in a shop's order export whose regular customers repeat."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_block_towns import block_town_columns
from safe_synthesizer.pii.place_pairs import pair_places

# Towns of Cape Verde (no list of ours knows them all), streets of Praia and Mindelo.
_TOWNS = ["Assomada", "Pedra Badejo", "Tarrafal", "Porto Novo", "Ribeira Brava", "Espargos", "Sal Rei",
          "Vila do Maio", "Cidade Velha", "Calheta", "Pombas", "Nova Sintra"]  # fmt: skip
_STREETS = ["Rua Serpa Pinto", "Avenida Amílcar Cabral", "Rua de Lisboa", "Rua Patrice Lumumba", "Achada Santo António"]


def _orders(rows: int = 90, seed: int = 43021) -> pd.DataFrame:
    rng = random.Random(seed)
    customers = [(f"{rng.choice(_STREETS)} {rng.randint(1, 300)}", rng.choice(_TOWNS)) for _ in range(80)]
    picked = [rng.choice(customers) for _ in range(rows)]  # regular customers order again
    return pd.DataFrame(
        {
            "c000": range(7001, 7001 + rows),
            "c001": [s for s, _ in picked],
            "c002": [f"Apto {rng.randint(1, 40)}" if rng.random() < 0.2 else None for _ in range(rows)],
            "c003": [t for _, t in picked],
            "c004": ["CV"] * rows,
        }
    )


def test_town_past_a_sparse_second_line_of_repeat_customers() -> None:
    df = _orders()
    found = block_town_columns(df, list(df.columns), {"c001": "street_address"})
    assert found["c003"].entity == "city"
    assert pair_places(df, list(df.columns), {"c001": "street_address"})["c003"].entity == "city"


def test_a_branch_street_repeated_over_every_row_lends_no_town() -> None:
    df = _orders()
    df["c001"] = "Rua Serpa Pinto 12"
    assert block_town_columns(df, list(df.columns), {"c001": "street_address"}) == {}


def test_four_towns_of_a_small_country_past_a_sparse_postcode() -> None:
    """Street lines of homes, a postcode written on a few rows, then four towns only: the block's town."""
    rng = random.Random(47)
    towns = ["Assomada", "Tarrafal", "Espargos", "Sal Rei"]
    rows = 40
    df = pd.DataFrame(
        {
            "c000": [f"{rng.choice(_STREETS)} {rng.randint(1, 300)}" for _ in range(rows)],
            "c001": [f"{rng.randint(1, 9)}{rng.randint(100, 999)}" if rng.random() < 0.2 else "" for _ in range(rows)],
            "c002": [rng.choice(towns) for _ in range(rows)],
        }
    )
    assert block_town_columns(df, list(df.columns), {"c000": "street_address"})["c002"].entity == "city"
    df["c002"] = [rng.choice(towns[:3]) for _ in range(rows)]  # three: a branch's or a region's few
    assert block_town_columns(df, list(df.columns), {"c000": "street_address"}) == {}
