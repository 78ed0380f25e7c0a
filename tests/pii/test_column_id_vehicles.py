"""Vehicle identification numbers under an id header are a car's number, not a national id (column_id_vehicles)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_vehicles import vehicle_numbers
from safe_synthesizer.pii.replace import plan_columns

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
# ISO 3779 transliteration and position weights of the check digit (position 9, North American and Chinese VINs).
_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vins(rng: random.Random, n: int) -> list[str]:
    makers = ("1FT", "2HG", "3VW", "JHM", "KMH", "LSV", "YV1", "ZFA", "VF1", "TRU")
    out = []
    for _ in range(n):
        body = rng.choice(makers) + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0"
        body += rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(_VIN_CHARS)
        body += "".join(rng.choice("0123456789") for _ in range(6))
        check = sum(_VALUE[c] * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11
        out.append(body[:8] + ("X" if check == 10 else str(check)) + body[9:])
    return out


def test_vins_are_vehicle_numbers() -> None:
    rng = random.Random(43201)
    assert vehicle_numbers(_vins(rng, 12)) is not None
    assert vehicle_numbers([*_vins(rng, 5), "keine Angabe"]) is not None


def test_national_ids_and_short_codes_are_not() -> None:
    assert vehicle_numbers(["BADD110313HCMLNS09", "GOMA850101MDFRRL02", "PEJL900215HJCRNS05"]) is None  # CURP
    assert vehicle_numbers(["19871234567890123", "19901234567890456", "19751234567890789"]) is None  # digits only
    assert vehicle_numbers(["5ZK8B3L", "AB12CD3", "1XY2Z3W"]) is None  # Azerbaijani FIN: seven characters
    assert vehicle_numbers(["WBA111YT3GJ5N7D1C"]) is None  # one value says nothing


def test_a_dealers_fin_column_is_no_national_id() -> None:
    rng = random.Random(43202)
    customers = ["Jonas Weber", "Lea Hoffmann", "Finn Schäfer", "Mia Koch", "Paul Richter", "Emma Wolf",
                 "Ben Neumann", "Lina Schwarz"]  # fmt: skip
    plates = [f"B-{rng.choice('AKMX')}{rng.choice('BCLZ')} {rng.randint(10, 9999)}" for _ in customers]
    df = pd.DataFrame({"Kennzeichen": plates, "FIN": _vins(rng, len(customers)), "Kunde": customers})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("FIN") is None
    assert plans["Kunde"] == "name"
