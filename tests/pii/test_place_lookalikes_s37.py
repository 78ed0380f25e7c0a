"""Place look-alikes of session 37: makers beside serial numbers are no town/postcode pair (:mod:`place_pairs`),
and burial grounds are no one's town (:mod:`column_lookalikes`)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.place_pairs import pair_places
from safe_synthesizer.pii.replace import plan_columns

MAKERS = ["Kawai", "Broadwood", "Petrof", "Fazioli", "Knight", "Bösendorfer", "Chappell", "Yamaha", "Sauter"]


def test_makers_beside_serials_are_no_place_pair() -> None:
    rng = random.Random(37001)
    serials = [str(rng.randint(100000, 599999)) for _ in range(24)]
    df = pd.DataFrame({"c001": serials, "c002": [MAKERS[i % 9] for i in range(24)]})
    assert pair_places(df, ["c001", "c002"], {}) == {}


def test_unlisted_towns_one_per_row_still_pair() -> None:
    # Towns no list knows, nearly one per row beside unique codes: still a postcode/town pair.
    rng = random.Random(37002)
    stems = ("Kerbel", "Wiltor", "Mausel", "Drenk", "Pollin", "Sarvik")
    towns = [f"{w}{s}" for w in stems for s in ("ach", "ingen", "heim", "dorf")]
    df = pd.DataFrame({"zip": [str(rng.randint(1000, 9999)) for _ in range(24)], "c002": towns})
    out = pair_places(df, ["zip", "c002"], {})
    assert out.get("c002") is not None and out["c002"].entity == "city"


CEMETERIES = ["Park Street Cemetery", "St Mark's Churchyard", "Church Lane Cemetery", "Woodland Way Memorial Park",
              "Highgate Road Burial Ground"]  # fmt: skip


def test_cemetery_values_are_no_town() -> None:
    series = pd.Series([CEMETERIES[i % 5] for i in range(24)])
    assert lookalike_reason(series, "Place", "city") is not None


def test_cemetery_header_is_no_town() -> None:
    # Twelve grounds, two rows each: too many levels for a category of places, yet no one's home.
    grounds = ["Zorgvlied", "Westerveld", "Crooswijk", "Soestbergen", "Rusthof", "Daalwijk", "Moscowa", "Kovelswade",
               "Tongerlo", "Heiderust", "Vredenhof", "Eikenhove"]  # fmt: skip
    series = pd.Series(grounds * 2)
    assert lookalike_reason(series, "<b>Begraafplaats</b>", "city") is not None
    assert lookalike_reason(series, "Woonplaats", "city") is None


def test_plan_leaves_the_cemetery_column() -> None:
    df = pd.DataFrame({"<b>Begraafplaats</b>": [CEMETERIES[i % 5] for i in range(24)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert "<b>Begraafplaats</b>" not in plans
