"""A postcode column between a street column and a town column (session 36): the town is the town, and the
streets written without numbers are not taken for a second town (set 21's fi_FI and sk_SK rounds)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places

_FI_STREETS = [
    "Koivukatu",
    "Pajupolku",
    "Kalliotie",
    "Kuusikuja",
    "Rantakatu",
    "Harjutie",
    "Sammalpolku",
    "Myllykuja",
    "Kirkkokatu",
    "Lehtotie",
    "Ketokuja",
    "Niittypolku",
]
_FI_TOWNS = [
    "Kuopio",
    "Lahti",
    "Porvoo",
    "Rauma",
    "Kajaani",
    "Savonlinna",
    "Imatra",
    "Kotka",
    "Seinäjoki",
    "Hamina",
    "Raahe",
    "Iisalmi",
]
_SK_STREETS = [
    "Lipová",
    "Hlavná",
    "Mlynská",
    "Jánošíkova",
    "Kollárova",
    "Poľná",
    "Dlhá",
    "Školská",
    "Záhradná",
    "Krátka",
    "Štúrova",
    "Slnečná",
]
_SK_TOWNS = [
    "Trnava",
    "Nitra",
    "Žilina",
    "Poprad",
    "Martin",
    "Zvolen",
    "Levice",
    "Senica",
    "Piešťany",
    "Humenné",
    "Bardejov",
    "Michalovce",
]


def _round(streets: list[str], towns: list[str], codes: list[str]) -> pd.DataFrame:
    n = 24
    return pd.DataFrame(
        {
            "c000": [str(2 + i * 5 % 80) for i in range(n)],
            "c001": [streets[i % 12] for i in range(n)],
            "c002": [codes[i % 12] for i in range(n)],
            "c003": [towns[i % 12] for i in range(n)],
        }
    )


def test_finnish_streets_beside_a_postcode_are_not_a_second_town() -> None:
    codes = [f"{10000 + 6173 * k % 89999:05d}" for k in range(12)]
    found = pair_places(_round(_FI_STREETS, _FI_TOWNS, codes), ["c000", "c001", "c002", "c003"], {})
    assert found["c003"].entity == "city"
    assert "c001" not in found


def test_slovak_streets_beside_a_found_town_are_not_its_town() -> None:
    codes = [f"{(811 + 47 * k) % 999:03d} {10 + 7 * k % 89:02d}" for k in range(12)]
    df = _round(_SK_STREETS, _SK_TOWNS, codes)
    found = pair_places(df, ["c000", "c001", "c002", "c003"], {"c003": "city"})
    assert "c001" not in found
    assert found["c002"].entity == "postcode"


def test_one_town_column_beside_its_postcodes_is_still_found() -> None:
    codes = [f"{10000 + 6173 * k % 89999:05d}" for k in range(12)]
    df = _round(_FI_STREETS, _FI_TOWNS, codes).drop(columns=["c001"])
    found = pair_places(df, ["c000", "c002", "c003"], {})
    assert found["c003"].entity == "city" and found["c002"].entity == "postcode"


def test_streets_between_a_found_town_and_the_postcode_are_not_a_second_town() -> None:
    """``town, street, postcode``: the postcode's only place-word neighbour is the street column."""
    codes = [f"{(811 + 47 * k) % 999:03d} {10 + 7 * k % 89:02d}" for k in range(12)]
    df = _round(_SK_STREETS, _SK_TOWNS, codes)[["c000", "c003", "c001", "c002"]]
    found = pair_places(df, ["c000", "c003", "c001", "c002"], {"c003": "city"})
    assert "c001" not in found


def test_finnish_streets_alone_beside_a_postcode_are_no_town() -> None:
    codes = [f"{10000 + 6173 * k % 89999:05d}" for k in range(12)]
    df = _round(_FI_STREETS, _FI_TOWNS, codes)[["c000", "c001", "c002"]]
    assert "c001" not in pair_places(df, ["c000", "c001", "c002"], {})


def test_a_code_column_beside_streets_without_numbers_is_still_a_postcode() -> None:
    codes = [f"{10000 + 6173 * k % 89999:05d}" for k in range(12)]
    df = _round(_FI_STREETS, _FI_TOWNS, codes)[["c000", "c001", "c002"]]
    assert pair_places(df, ["c000", "c001", "c002"], {})["c002"].entity == "postcode"


_LT_TOWNS = ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Mažeikiai"]


def _lt_table(n: int = 24) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c001": [f"LT-{(i * 3719) % 90000 + 10000:05d}" for i in range(n)],
            "c002": [_LT_TOWNS[(i * 5) % len(_LT_TOWNS)] for i in range(n)],
            "c003": [f"{(i * 48271 + 7) % 10**8:08d}" for i in range(n)],
        }
    )


def test_codes_of_another_layout_beside_a_found_postcode_column_are_no_postcodes() -> None:
    # Eight-digit padlock serials beside the town of a table whose postcodes are ``LT-12345``.
    df = _lt_table()
    found = pair_places(df, list(df.columns), {"c001": "postcode", "c002": "city"})
    assert "c003" not in found


def test_a_second_postcode_column_of_the_same_layout_still_pairs() -> None:
    df = _lt_table()
    df["c003"] = [f"LT-{(i * 7919) % 90000 + 10000:05d}" for i in range(len(df))]
    df["c004"] = [_LT_TOWNS[(i * 3) % len(_LT_TOWNS)] for i in range(len(df))]
    found = pair_places(df, list(df.columns), {"c001": "postcode", "c002": "city"})
    assert found.get("c003") is not None and found["c003"].entity == "postcode"
