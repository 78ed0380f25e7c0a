"""Codes of no place (s41, PL): a header naming a lock's PIN, an envelope, client or account number or a reference
vetoes a postcode; a firm's lettered series and a row's leading key are no postcodes with the names hidden."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_postcode_vetoes import vetoes_postcode
from safe_synthesizer.pii.place_pairs import pair_places

# Slovenian towns and streets (four-digit postcodes 1000-9265).
_TOWNS = ["Kranj", "Celje", "Koper", "Velenje", "Ptuj", "Trbovlje", "Kamnik", "Jesenice", "Domžale", "Izola",
          "Škofja Loka", "Murska Sobota", "Nova Gorica", "Novo Mesto"]  # fmt: skip
_STREETS = ["Prešernova ulica", "Cankarjeva cesta", "Trg svobode", "Gregorčičeva ulica", "Kidričeva cesta"]
_FIRST = ["Mojca", "Andrej", "Nina", "Jure", "Petra", "Matej", "Urška", "Blaž", "Tina", "Rok"]
_LAST = ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kos", "Vidmar", "Golob", "Turk"]


_NO_PLACE = ("Door PIN", "Alarm code", "Key safe code", "Card last 4", "Envelope No", "N° enveloppe",
             "Cód. cliente", "AccountNumber", "Referencia", "Kundennummer", "Código puerta", "Digicode")  # fmt: skip


def test_headers_naming_a_code_of_no_place_veto_a_postcode() -> None:
    for name in _NO_PLACE:
        assert vetoes_postcode(name), name


def test_postcode_headers_stay_postcodes() -> None:
    for name in ("PIN Code", "PIN", "pincode", "Postal Code", "Customer ZIP code", "Account postcode", "CP", "PLZ"):
        assert not vetoes_postcode(name), name


def _clients(seed: int, rows: int = 24) -> pd.DataFrame:
    """A physio's clients: the client's own number first, the names, the street, the town, the postcode."""
    rng = random.Random(seed)
    people = [(rng.choice(_FIRST), rng.choice(_LAST), rng.choice(_TOWNS)) for _ in range(rows)]
    return pd.DataFrame({
        "c000": [f"{rng.randrange(10**6):06d}" for _ in people],
        "c001": [first for first, _, _ in people],
        "c002": [last for _, last, _ in people],
        "c003": [f"{rng.choice(_STREETS)} {rng.randrange(1, 80)}" for _ in people],
        "c004": [town for _, _, town in people],
    })  # fmt: skip


def test_the_row_key_before_the_names_is_no_postcode() -> None:
    df = _clients(41)
    found = {"c001": "first_name", "c002": "last_name", "c003": "street_address", "c004": "city"}
    assert "c000" not in pair_places(df, list(df.columns), found)


def test_a_code_after_the_names_beside_the_address_is_still_a_postcode() -> None:
    df = _clients(42)
    df = df[["c001", "c002", "c003", "c000", "c004"]]  # the code between the street and the town: the address's
    found = {"c001": "first_name", "c002": "last_name", "c003": "street_address"}
    assert pair_places(df, list(df.columns), found)["c000"].entity == "postcode"


def test_a_header_naming_a_door_pin_lends_no_side() -> None:
    df = _clients(43).rename(columns={"c000": "Türcode"})[["c001", "c002", "c003", "c004", "Türcode"]]
    found = {"c001": "first_name", "c002": "last_name", "c003": "street_address"}
    assert "Türcode" not in pair_places(df, list(df.columns), found)


def test_a_firms_lettered_series_beside_employers_is_no_postcode() -> None:
    rng = random.Random(44)
    firms = ["Gorenje", "Krka", "Lek", "Petrol", "Mercator", "Elan", "Akrapovič", "Hella", "Kolektor", "Cinkarna"]
    df = pd.DataFrame({
        "c000": [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(30)],
        "c001": [f"R-{rng.randrange(10000, 99999)}" for _ in range(30)],
        "c002": [rng.choice(firms) for _ in range(30)],
    })  # fmt: skip
    assert pair_places(df, list(df.columns), {"c000": "name"}) == {}


def test_country_prefixed_postcodes_still_pair() -> None:
    rng = random.Random(45)
    towns = [rng.choice(_TOWNS) for _ in range(30)]
    codes = {t: f"SI-{1000 + 37 * i}" for i, t in enumerate(_TOWNS)}
    df = pd.DataFrame({"c000": [codes[t] for t in towns], "c001": towns})
    assert {c: f.entity for c, f in pair_places(df, ["c000", "c001"], {}).items()} == {
        "c000": "postcode", "c001": "city",
    }  # fmt: skip


def _vet_clients(seed: int, rows: int = 36) -> pd.DataFrame:
    """A vet's clients: names, street, a district line for a few, the town, the postcode, the phone, and the pet's
    insurance number for the insured pets only."""
    rng = random.Random(seed)
    towns = [rng.choice(_TOWNS) for _ in range(rows)]
    codes = {t: str(1000 + 211 * i) for i, t in enumerate(_TOWNS)}
    return pd.DataFrame({
        "c000": [rng.choice(_FIRST) for _ in towns],
        "c001": [rng.choice(_LAST) for _ in towns],
        "c002": [f"{rng.choice(_STREETS)} {rng.randrange(1, 80)}" for _ in towns],
        "c003": [rng.choice(_TOWNS) if rng.random() < 0.3 else None for _ in towns],
        "c004": towns,
        "c005": [codes[t] for t in towns],
        "c006": [f"0{rng.randrange(30, 70)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}" for _ in towns],
        "c007": [f"{rng.randrange(10**7, 10**8)}" if rng.random() < 0.4 else None for _ in towns],
    })  # fmt: skip


def test_a_sparse_policy_number_is_no_second_postcode_of_a_sparse_town_line() -> None:
    df = _vet_clients(47)
    # The district line is found as towns too: two town columns side by side are one address's.
    found = {"c000": "first_name", "c001": "last_name", "c002": "street_address", "c003": "city", "c004": "city"}
    out = pair_places(df, list(df.columns), found)
    assert out["c005"].entity == "postcode" and "c007" not in out


def test_a_door_pin_column_beside_the_postcode_is_no_postcode() -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    rng = random.Random(46)
    df = pd.DataFrame({
        "Postal Code": [str(rng.randrange(10000, 99999)) for _ in range(40)],
        "Door PIN": [f"{rng.randrange(10**5):05d}" for _ in range(40)],
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans.get("Door PIN") is None and plans["Postal Code"] == "postcode"


def test_measures_and_standings_are_no_postcodes():
    # Session 49: a chess club's ratings paired with the town column as its postcode.
    for header in ("Rating", "FIDE rating", "Elo", "elo_std", "DWZ", "Wertungszahl", "Classement", "Punteggio",
                   "golfHandicap", "Ranking Points"):  # fmt: skip
        assert vetoes_postcode(header), header
    for header in ("Postcode", "Club postcode", "PLZ", "Rating postcode"):
        assert not vetoes_postcode(header), header
