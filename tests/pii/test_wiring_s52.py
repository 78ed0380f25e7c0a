"""Session 52's rules wired into the pipeline's PII stage: each test goes through ``plan_columns`` /
``replace_pii`` / the text-name hooks, so it fails when a module exists but is not hooked in."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_lookalikes import organisations
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_streets import street_spans
from safe_synthesizer.pii.validators.phones import is_phone_any


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_plus_one_of_lone_given_and_full_names_is_a_person_column() -> None:
    given = ["Laura", "Owen", "Priya", "Tom", "Grace", "Amy", "Daniel", "Sophie"]
    family = ["Bennett", "Hughes", "Shah"]
    guests = [f"{g} {f}" for f in family for g in given]
    plus = [""] * 24
    plus[3], plus[9], plus[17] = "Nancy", "Lee Cameron", "Gregory"
    df = pd.DataFrame({"c000": guests, "c001": ["vegan", "halal", "GF"] * 8, "c002": plus})
    plans = _plans(df)
    assert plans.get("c002") in ("name", "first_name")
    assert plans.get("c001") is None


def test_surnames_with_the_given_name_initial_are_no_firms() -> None:
    borrowers = ["Robertson G.", "Stokes M.", "Collins P.", "Hughes G.", "Lewis M.", "Burke A.", "Ward P."] * 3
    assert organisations(borrowers) is None
    assert organisations(["Barrios Co.", "Smith Co.", "Jones Co.", "Lee Ltd.", "Hart Co."] * 3) is not None


def test_bracketed_country_codes_and_labels_are_phones() -> None:
    assert is_phone_any("(+49) 01513 8328480")
    assert is_phone_any("(+1) (208) 811-3558")
    assert is_phone_any("+4915084927024; +4937567643 (h)")
    assert not is_phone_any("(EUR) 1 250")
    assert not is_phone_any("1 250 000 (EUR)")


def test_a_hidden_column_with_bracketed_country_codes_is_found() -> None:
    values = ["(+44) 07455 766398", "+447320145002", "(+44) 07582 684314", "+447409811090", "(+44) 07804 913037",
              "+447205080902", "(+44) 07404 366422", "+447493521139", "(+44) 07405 510053", "+447407836058",
              "(+44) 07401 351080", "+447404366422", "(+44) 07418 226547", "+447493521140", "(+44) 07455 766399",
              "+447320145012"]  # fmt: skip
    df = pd.DataFrame({"c000": [f"Row {i}" for i in range(16)], "c001": values})
    assert _plans(df).get("c001") in ("phone_number", "fax_number")


def test_lower_case_names_in_slots_and_after_handling_cues_are_cued() -> None:
    for text, name in [
        ("[09:41] gordon ashby: anyone got the hall key?\n[09:43] Priya: I do", "gordon ashby"),
        ("Helpers Sunday - Marcus Bell (door), tamsin whitlock (tea), Ivy Rahman (float).", "tamsin whitlock"),
        ("Box 3 was returned by ottokar lindqvist on Monday.", "ottokar lindqvist"),
        ("Chased marlene oyelaran by phone, no answer.", "marlene oyelaran"),
    ]:
        assert name in [text[a:b] for a, b, _ in name_pair_spans(text)]


def test_a_returned_by_name_leaves_the_notes_column() -> None:
    notes = [f"Box {i} was returned by ottokar lindqvist on Monday, shelf {i % 4} checked." for i in range(24)]
    df = pd.DataFrame({"id": range(24), "notes": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert not out["notes"].str.contains("lindqvist").any()


def test_lone_cued_names_in_name_pairs() -> None:
    for text, word in [
        ("Overdue letter returned. Borrower Burke born 30-Sep-1933, phone +44 7449 763502.", "Burke"),
        ("Attendance Thurs: Kerry. Apologies: Phiri. Bring the scores back please.", "Phiri"),
        ("[18:40] Garry: Anthony paid?\n[18:41] Cameron: yes to GB96VBWT67833917833913 yesterday", "Cameron"),
        ("Email invoice to a@b.com on collection. Checked by Momodou.", "Momodou"),
        ("Rappel demandé : rendez-vous à déplacer. Merci, Kalolaine", "Kalolaine"),
    ]:
        assert word in [text[s:e] for s, e, _ in name_pair_spans(text)], text


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


def test_streets_named_alone_are_street_spans() -> None:
    assert _streets("Rückruf erbeten. Wohnt jetzt in der Wilmsenstraße. Gruß Petra") == ["Wilmsenstraße"]
    assert _streets("Picked up from Henrike-Gnatz-Platz; mum asked about test dates") == ["Henrike-Gnatz-Platz"]
    assert _streets("Parking permit needed outside пер. Кочубея. Deposit paid") == ["пер. Кочубея"]
    assert _streets("Llamar a Ana. Vive en Pasaje de Calista Garay. Un saludo") == ["Pasaje de Calista Garay"]
    assert _streets("Wir treffen uns am Marktplatz.") == []


_HOMES = [
    ("Dario Penn", "dpenn@example.com", "P.O. Box 7712", "Port Selby"),
    ("Lune Acker", "lune.acker@example.com", "Marsh Point, near the old jetty", "Amaru"),
    ("Orin Tebb", "otebb@example.com", "14 Saltpond Road", "Keel Town"),
    ("Kesi Marl", "kesi.marl@example.com", "Upper Fennick, behind the clinic", "Port Selby"),
    ("Ada Voss", "avoss@example.com", "Lot 12, Greyridge Estate", "Amaru"),
    ("Tam Holt", "tam.holt@example.com", "Coral Gap, by the water tank", "Keel Town"),
    ("Rhea Quint", "rquint@example.com", "opposite the fish market", "Port Selby"),
    ("Ivo Brand", "ivo.brand@example.com", "9 Harbour Street", "Amaru"),
]


def test_landmark_street_and_island_postcode_hidden() -> None:
    rows = [_HOMES[i] for i in [0, 1, 2, 3, 4, 5, 6, 7, 1, 3, 0, 6]]
    df = pd.DataFrame(
        {
            "c000": [f"T{500 + i}" for i in range(len(rows))],
            "c001": [r[0] for r in rows],
            "c002": [r[1] for r in rows],
            "c003": [r[2] for r in rows],
            "c004": ["TKCA 1ZZ"] * len(rows),
            "c005": ["Puncture", "Brakes", "Chain", "Service"] * 3,
        }
    )
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c003"] is not None and found["c003"].entity in ("street_address", "address")
    assert found["c004"] is not None and found["c004"].entity == "postcode"
    assert found["c005"] is None
