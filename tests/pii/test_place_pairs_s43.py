"""Pairs found apart need a layout some country writes its postcodes in (session 43): eight random digits and car
plates beside a table's town column are no postcodes."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places

# Bolivian towns, one per client (no postcode column: Bolivia has none).
_TOWNS = ["Cochabamba", "Sucre", "Tarija", "Oruro", "Potosí", "Trinidad", "Cobija", "Riberalta", "Yacuiba",
          "Montero", "Quillacollo", "Sacaba", "Camiri", "Villazón", "Tupiza", "Uyuni", "Guayaramerín", "Viacha",
          "Warnes", "Bermejo"]  # fmt: skip


def _table(code: str, rows: int = 20, seed: int = 43011) -> pd.DataFrame:
    rng = random.Random(seed)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"

    def one() -> str:
        if code == "ticket":
            return str(rng.randint(10_000_000, 99_999_999))
        if code == "plate":
            return "".join(rng.choice(letters) for _ in range(3)) + f" {rng.randint(0, 9999):04d}"
        return str(rng.randint(1000, 9999))

    return pd.DataFrame(
        {
            "c000": [one() for _ in range(rows)],
            "client": [rng.choice(["Ana Quispe", "Luis Mamani", "Rosa Choque", "Juan Flores"]) for _ in range(rows)],
            "street": [f"Calle {rng.choice(['Sucre', 'Bolívar', 'Junín', 'Ayacucho'])} {rng.randint(1, 900)}"
                       for _ in range(rows)],
            "town": _TOWNS[:rows],
            "email": [f"c{i}@correo.bo" for i in range(rows)],
        }
    )  # fmt: skip


def test_ticket_numbers_and_plates_apart_from_the_town_are_no_postcodes() -> None:
    for code in ("ticket", "plate"):
        df = _table(code)
        found = pair_places(df, list(df.columns), {"street": "street_address", "email": "email"})
        assert "c000" not in found, (code, found)


def test_four_digit_codes_apart_from_the_town_still_pair() -> None:
    df = _table("four")
    found = pair_places(df, list(df.columns), {"street": "street_address", "email": "email"})
    assert found["c000"].entity == "postcode"
