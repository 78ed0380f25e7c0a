"""Whole addresses known by their layers: a numbered head unique to each value, a locality shared by many."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_layers import layered_address_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_TOWNS = ["Kerema", "Popondetta", "Wabag", "Kimbe", "Vanimo"]
_WARDS = ["Tatana", "Kila Kila", "Badili", "Hanuabada", "Kaugere", "Six Mile"]


def _plots(n: int, seed: int, town_first: bool = False, case: str = "") -> list[str]:
    """Land-parcel addresses of a made-up country: ``Portion 12, Allotment 3, Tatana, Kerema``."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        head = f"Portion {rng.randint(1, 400)}, Allotment {rng.randint(1, 60)}, {rng.choice(_WARDS)}"
        town = rng.choice(_TOWNS)
        cell = f"{town}, {head}" if town_first else f"{head}, {town}"
        out.append(cell.lower() if case == "lower" else cell.upper() if case == "upper" else cell)
    return out


def _score(cells: list[str]):
    return layered_address_score(sample_values(pd.Series(cells), 500, 0))


def test_parcel_addresses_of_any_words_are_found() -> None:
    for cells in (_plots(40, 1), _plots(12, 2), _plots(300, 3), _plots(40, 4, case="lower"), _plots(40, 5, True)):
        score = _score(cells)
        assert score is not None and score.values_decide and score.share >= 0.9


def test_village_addresses_in_another_script_with_a_postcode_part() -> None:
    rng = random.Random(7)
    villages = ["ນາໄຊ", "ໂພນສະຫວັນ", "ດົງໂດກ", "ສີສັງວອນ", "ທາດຫລວງ", "ໜອງບອນ", "ຊຽງດາ"]
    towns = ["ວຽງຈັນ", "ປາກເຊ", "ຫຼວງພະບາງ"]
    cells = [
        f"ບ້ານ{rng.choice(villages)}, ໜ່ວຍ {rng.randint(1, 30)}, ເຮືອນ {rng.randint(1, 300):03d}, {rng.choice(towns)}"
        + (f", {rng.randint(1, 9):02d}000" if rng.random() < 0.3 else "")
        for _ in range(30)
    ]
    assert _score(cells) is not None


def test_house_and_street_then_postcode_and_town() -> None:
    rng = random.Random(3)
    streets = ["NIZAMI", "Ş.MƏMMƏDOVA", "FÜZULİ", "ÜZEYİR HACIBƏYOV", "A.ƏLİYEV", "CAVID", "SABIR", "HÜSÜ HACIYEV"]
    towns = ["Gəncə", "Lənkəran", "Quba", "Şirvan"]
    cells = [
        f"{rng.randint(1, 90)} {rng.choice(streets)}, AZ{rng.randint(1000, 5999)} {rng.choice(towns)}"
        for _ in range(30)
    ]
    assert _score(cells) is not None


def test_look_alikes_are_not_addresses() -> None:
    rng = random.Random(11)
    sizes = [f"Size {rng.choice([38, 40, 42, 44])}, {rng.choice(['Blue', 'Black', 'Grey'])}" for _ in range(40)]
    drugs = [f"{d} {m}mg, {f}" for d in ("Paracetamol", "Ibuprofen", "Amoxicillin") for m in (100, 250, 500, 750)
             for f in ("Tablet", "Capsule", "Syrup")]  # fmt: skip
    people = [f"{s.upper()}, {g}" for s in ("Weber", "Kila", "Moyo", "Persaud") for g in ("Anna", "Tom", "Rui")]
    bins = [f"Row {rng.randint(1, 30)}, Shelf {rng.randint(1, 9)}" for _ in range(40)]
    branches = ["Section 4, Lot 2, Boroko, Port Moresby", "Section 9, Lot 11, Waigani, Port Moresby"] * 20
    prose = [f"Called back on day {rng.randint(1, 28)}, left a message, will try again" for _ in range(20)]
    for cells in (sizes, drugs, people, bins, branches, prose):
        assert _score(cells) is None, cells[:2]


def test_a_hidden_column_of_them_is_planned_as_an_address() -> None:
    rng = random.Random(5)
    df = pd.DataFrame({"c000": _plots(30, 9), "c001": [f"{rng.randint(1, 900)}.00" for _ in range(30)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") == "address"
    assert plans.get("c001") is None


def test_village_unit_house_lines_of_a_small_table() -> None:
    """No town at the end: the village leads, some villages come once, a street line or two among them."""
    rng = random.Random(21)
    villages = ["Kampong Cham Krom", "Phum Thmey", "Kampong Luong", "Phum Chas", "Boeung Trabek", "Tuol Sangke"]
    cells = [f"{rng.choice(villages)}, Unit {rng.randint(1, 30)}, House {rng.randint(1, 300):03d}" for _ in range(22)]
    cells += ["Phum Sre Ampil, Unit 4, House 017", "14 Monivong Boulevard"]
    assert _score(cells) is not None


_HOODS = ["Kpota", "Dékoungbé", "Yénawa", "Ahouanlèko", "Zongo", "Tokplégbé"]
_CITIES = ["Savalou", "Dassa", "Kandi", "Natitingou"]


def test_one_word_home_units_and_lettered_house_numbers() -> None:
    """``Lot 52, Kpota`` (a home's unit word alone before the number), ``Parcelle 9, ...``, ``Mahonie 17-B, ...``."""
    rng = random.Random(31)
    lots = [
        f"{rng.choice(['Lot', 'Parcelle', 'lot'])} {rng.randint(10, 3000)}, {rng.choice(_HOODS)}" for _ in range(30)
    ]
    assert _score(lots) is not None
    streets = ["Mahonie", "Sabana Blanco", "Kibaima", "Wayaca", "Sero Colorado", "Brasil"]
    dashed = [
        f"{rng.choice(streets)} {rng.randint(1, 250)}{rng.choice(['', '-A', '-B', 'C'])}, {rng.choice(_CITIES)}"
        for _ in range(25)
    ]
    assert _score(dashed) is not None
    dotted = [f"rue {rng.randint(1, 14)}.{rng.randint(100, 400)}, {rng.choice(_HOODS)}" for _ in range(20)]
    assert _score(dotted) is not None


def test_one_word_streets_ride_along_with_named_ones() -> None:
    """Most heads name a street by two words; the rest by one (``Wayaca 58, Kandi``): all homes of one layout."""
    rng = random.Random(41)
    two = ["Sabana Blanco", "Sero Colorado", "Piedra Plat", "Cura Cabai"]
    cells = [f"{rng.choice(two)} {rng.randint(1, 250)}, {rng.choice(_CITIES)}" for _ in range(24)]
    cells += [f"Wayaca {rng.randint(1, 250)}, {rng.choice(_CITIES)}" for _ in range(10)]
    assert _score(cells) is not None


def test_one_word_heads_of_one_word_are_no_homes() -> None:
    rng = random.Random(43)
    tables = [f"Table {rng.randint(1, 40)}, {rng.choice(['Terrace', 'Garden', 'Main Hall'])}" for _ in range(40)]
    grades = [f"Grade {rng.randint(1, 12)}, {rng.choice(['Maple', 'Oak', 'Birch'])} Class" for _ in range(40)]
    for cells in (tables, grades):
        assert _score(cells) is None, cells[:2]


def test_a_few_placeholder_cells_do_not_hide_the_column() -> None:
    rng = random.Random(51)
    two = ["Sabana Blanco", "Sero Colorado", "Piedra Plat", "Cura Cabai"]
    cells = [f"{rng.choice(two)} {rng.randint(1, 250)}, {rng.choice(_CITIES)}" for _ in range(30)]
    assert _score([*cells, "see notes", "onbekend", "no tiene", "TBC"]) is not None
    words = ["see notes", "unknown", "moved away", "tbc", "ask office", "n/a", "no fixed abode", "left"] * 3
    assert _score(cells[:10] + words) is None  # mostly remarks: no address column


def test_house_numbers_written_n_degree() -> None:
    # Central African addresses number the house ``n°12`` (session 49): avenue, quarter and commune layers.
    rng = random.Random(49)
    quarters = ["Q. Moungali", "Q. Ouenzé", "Q. Talangaï", "Q. Poto-Poto", "Q. Bacongo"]
    values = [
        f"n°{rng.randint(1, 300)}, avenue {rng.choice(['de la Paix', 'Matsoua', 'Loutassi'])}, {rng.choice(quarters)}"
        for _ in range(30)
    ]
    assert layered_address_score(sample_values(pd.Series(values), 500, 0)) is not None
