"""Session 63 wiring of AD's id-part readers: id columns of (id, residue) cells, ids with expiries are no phones."""

import json

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_entity_consistency import consistent_findings
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_id_column_of_ids_with_expiries_and_places_hidden_header() -> None:
    people = ["Nimal Perera", "Kumari Silva", "Ruwan Fernando", "Dilani Jayasuriya", "Saman Kumara", "Anoma Wijesinghe"]
    ids = ["ID: 200411223344", "", "300918765432 / exp. 2034", "", "4411223344 – Kandy", ""]
    df = pd.DataFrame({"c000": people * 3, "c001": ids * 3, "c002": [f"{8 + i % 4}:30" for i in range(18)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "national_id"
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist())
    assert not any(v in out for v in ("200411223344", "300918765432", "4411223344"))


def test_an_id_column_with_expiries_stays_ids_whatever_its_numbers_dial() -> None:
    def det(column: str, entity: str, locale: str) -> ColumnDetection:
        return ColumnDetection(column, entity, 0.9, 0.9, "values", 20, locale, "")

    df = pd.DataFrame(
        {"c001": ["Aline Moreau"] * 5, "c002": ["621 547 389", "631 225 901 / exp. 2031", "ID: 621 547 389", "", ""]}
    )
    found = {"c001": det("c001", "name", "de_DE"), "c002": det("c002", "national_id", "en_CA")}
    assert consistent_findings(df, found, region="US") == {}


def test_address_records_hidden_header_found_and_faked_field_by_field() -> None:
    records = [
        '{"street": "Lindenallee 14", "city": "Bautzen", "zip": "02625"}',
        "nicht bekannt",
        '{"street": "Am Markt 3", "city": "Kamenz", "zip": "01917"}',
        '{"street": "Gartenweg 7a", "city": "Hoyerswerda", "zip": "02977"}',
    ]
    people = ["Jan Nowak", "Marja Krawc", "Pětr Šołta", "Hana Wjelan"]
    df = pd.DataFrame({"c000": people * 4, "c001": records * 4, "c002": [f"{8 + i % 4}:30" for i in range(16)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") in ("address", "street_address")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    for before, after in zip(records * 4, out, strict=True):
        if before.startswith("{"):
            old, new = json.loads(before), json.loads(after)
            assert list(new) == list(old)
            assert all(new[k] != old[k] for k in ("street", "city"))
