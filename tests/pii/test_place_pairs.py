"""Postcode and town columns found as a pair, for countries no town list covers (set 14's misses:
Luxembourg, Iceland, Chile), and the look-alikes that must stay untouched."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.place_pairs import pair_places
from safe_synthesizer.pii.replace import plan_columns

# Faroese villages and 3-digit codes: in no gazetteer the detector reads.
_FAROE = ["Tórshavn", "Klaksvík", "Runavík", "Tvøroyri", "Fuglafjørður", "Vágur", "Sandavágur", "Miðvágur"]
_MALTA = ["Birkirkara", "Mosta", "Qormi", "Żabbar", "Naxxar", "Marsaskala", "Żejtun", "Swieqi"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _table(codes: list[str], towns: list[str], n: int = 24) -> pd.DataFrame:
    # Row i: code k = i mod len(codes) and town k mod len(towns), so one town per code.
    rows = [(codes[i % len(codes)], towns[i % len(codes) % len(towns)], f"{10 + i * 7 % 40}.50") for i in range(n)]
    return pd.DataFrame(rows, columns=["c001", "c002", "c003"])


def test_bare_codes_beside_unlisted_towns_are_postcode_and_town() -> None:
    codes = ["100", "700", "620", "800", "530", "900", "370", "360"]
    plans = _plans(_table(codes, _FAROE))
    assert plans.get("c001") == "postcode"
    assert plans.get("c002") == "city"


def test_country_prefixed_codes_before_the_town_column() -> None:
    codes = ["MT-1010", "MT-2021", "MT-3302", "MT-4404", "MT-5050", "MT-6011", "MT-7070", "MT-8012"]
    found = pair_places(_table(["BKR 1010", "MST 2021", "QRM 3302", "ZBR 4404", "NXR 5050", "MSK 6011",
                                "ZTN 7070", "SWQ 8012"], _MALTA), ["c001", "c002", "c003"], {})
    assert {c: f.entity for c, f in found.items()} == {"c001": "postcode", "c002": "city"}
    # ``MT-1010``: a prefix of two letters before 4-5 digits, as ``L-1234`` or ``LV-1050``.
    assert set(pair_places(_table(codes, _MALTA), ["c001", "c002", "c003"], {})) == {"c001", "c002"}


def test_a_detected_postcode_lends_its_side_and_town_is_added() -> None:
    df = _table(["2101390", "6551800", "2457000", "4308270", "7135970", "1133280"], _FAROE)
    found = pair_places(df, ["c001", "c002", "c003"], {"c001": "postcode"})
    assert set(found) == {"c002"} and found["c002"].entity == "city"


def test_reference_numbers_beside_pet_names_stay() -> None:
    refs = ["PET-8318571", "PET-4705096", "PET-2328920", "PET-9063227", "PET-2282229", "PET-9433844"]
    pets = ["Bella", "Teddy", "Luna", "Max", "Coco", "Charlie"]
    assert pair_places(_table(refs, pets), ["c001", "c002", "c003"], {}) == {}


def test_room_numbers_beside_wards_and_years_beside_venues_stay() -> None:
    rooms = ["101", "102", "103", "201", "202", "203", "301", "302"]
    wards = ["Cardiology", "Oncology", "Maternity", "Geriatrics", "Surgery"]
    mixed = pd.DataFrame({"c001": [rooms[i % 8] for i in range(40)], "c002": [wards[i % 5] for i in range(40)]})
    assert pair_places(mixed, ["c001", "c002"], {}) == {}
    years = ["2019", "2020", "2021", "2022", "2023", "2018"]
    assert pair_places(_table(years, _FAROE), ["c001", "c002", "c003"], {}) == {}


def test_people_beside_ids_stay() -> None:
    ids = ["40211", "40212", "40213", "40214", "40215", "40216", "40217"]
    people = ["Maria Lopez", "John Smith", "Anna Berg", "Peter Hansen", "Laura Rossi", "Karl Weber", "Eva Novak"]
    assert pair_places(_table(ids, people), ["c001", "c002", "c003"], {}) == {}


def test_a_column_detected_as_something_else_is_never_relabelled() -> None:
    df = _table(["100", "700", "620", "800", "530", "900"], _FAROE)
    assert pair_places(df, ["c001", "c002", "c003"], {"c002": "last_name"}) == {}


def test_eircodes_of_mixed_letters_and_digits_beside_a_town_column() -> None:
    codes = ["Y38 PAA5", "T48 P43N", "X52 0892", "P86 RN7D", "V20 T7VN", "A88 VHPF", "D02 X285"]
    towns = ["Bray", "Navan", "Tuam", "Birr", "Cobh", "Kells", "Naas"]
    found = pair_places(_table(codes, towns), ["c001", "c002", "c003"], {"c002": "city"})
    assert set(found) == {"c001"} and found["c001"].entity == "postcode"
