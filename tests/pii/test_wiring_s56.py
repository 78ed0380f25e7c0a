"""Session 56's rules and review mends wired into the pipeline's PII stage: each test goes through
``detect_table`` / ``replace_pii`` / the text hooks, so it fails when a module exists but is not hooked in.
Values are not set 41's."""

from __future__ import annotations

from unittest import mock

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import text_chunk_context, text_phone_local_numbers
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_family_names import family_findings
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.text_cued_names import cued_name_spans


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_frame_sign_off_and_chat_speaker_both_found_after_the_sign_off_moved() -> None:
    text = "[09:15] Henrike: late, sorry. ~Ingrid"
    found = [text[a:b] for a, b, _ in cued_name_spans(text)]
    assert "Ingrid" in found and "Henrike" in found


def test_replace_reads_the_chunk_phone_columns_once() -> None:
    phones = [f"+690 {7200 + 13 * i}" for i in range(24)]
    note = "to the back door, the customer will ring 7271 if anything is missing."
    notes = [f"Delivered parcel {i} {note}" for i in range(24)]
    df = pd.DataFrame({"phone": phones, "note": notes})
    with mock.patch.object(text_chunk_context, "chunk_phones", wraps=text_phone_local_numbers.chunk_phones) as spy:
        _replaced(df)
    assert spy.call_count >= 1


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_round_book_couples_and_initials_are_names_hidden() -> None:
    names = [
        "Mr & Mrs Krebs", "Mr & Mrs Reising", "LÖCHEL-VOLLBRECHT E.", "Mr & Mrs Freudenberger", "Mr & Mrs Stoll",
        "Mr & Mrs Stoll", "Mr & Mrs Löchel-Vollbrecht", "MISICHER H.", "Mr & Mrs Freudenberger",
    ]  # fmt: skip
    df = pd.DataFrame(
        {
            "c000": ["Mon A", "Mon A", "Tue", "Tue", "Fri", "Mon B", "Mon B", "Fri", "Tue"],
            "c001": ["12", "4", "7", "19", "3", "22", "8", "15", "1"],
            "c004": names,
            "c005": ["£12", "£10", "£15", "£12", "£8", "£12", "£10", "£12", "£15"],
        }
    )
    plans = _plans(df)
    assert plans.get("c004") == "name"
    assert plans.get("c000") is None


def test_households_and_couples_are_names_shown() -> None:
    names = [
        "Fahie family", "Frett family", "Alvera & Dia Creque", "Alvera Creque", "Creque family",
        "Lennox & Shereen Frett", "Myrna & Shereen Fahie", "Sharie & Kye Stoutt", "Fahie family", "Frett family",
    ]  # fmt: skip
    df = pd.DataFrame({"Name": names, "Price": ["10", "12", "8", "10", "12", "8", "10", "12", "8", "10"]})
    assert _plans(df).get("Name") == "name"


def test_names_found_by_their_role_in_the_clause() -> None:
    for text, name in [
        ("dermot rang about the 60th, asked if the hall can move to Weds. call back 890-5358", "dermot"),
        ("hartley owes 3 cleans. left a card. ring 0412 633 279 after 7.", "hartley"),
        ("ROBERT ZUNIGA moved out, new people at the house, ask Wilma for their number.", "Wilma"),
        ("Daan terugbellen op 1759185 over de factuur.", "Daan"),
        ("petra (DOB 13.01.2012) moving up to the jumping group.", "petra"),
    ]:
        assert name in [text[a:b] for a, b, _ in cued_name_spans(text)]
    assert cued_name_spans("Max walked 45 min round the park, all good.") == []


def _det(column: str, entity: str, method: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, 0.8, method, 10, None, "")


def test_classifier_towns_among_the_rows_people_are_surnames() -> None:
    df = pd.DataFrame(
        {
            "c001": ["Marcia", "Lennox", "Marcia", "Kerlyn", "Ronald", "Hubert", "Marcia", "Lennox", "Ronald",
                     "Hubert"],
            "c002": ["Peltier", "Peltier", "Toulon", "Jno Baptiste", "Bruney", "Sanford", "Royer", "Peltier", "Bruney",
                     "Sanford"],
            "c006": ["PELTIER, Delphine (Mrs)", "PELTIER, Delphine (Mrs)", "TOULON, Cherise (Mrs)",
                     "JNO BAPTISTE, Marcia (Mrs)", "BRUNEY, Kertist (Mr)", "SANFORD, Merlyn (Mrs)",
                     "ROYER, Anique (Mrs)", "PELTIER, Garnet (Mr)", "BRUNEY, Kertist (Mr)", "SANFORD, Merlyn (Mrs)"],
        }
    )  # fmt: skip
    found = {
        "c001": _det("c001", "first_name", "values+sparse-given"),
        "c002": _det("c002", "city", "classifier"),
        "c006": _det("c006", "name", "values+people_cells"),
    }
    out = family_findings(df, list(df.columns), found, entities={"first_name", "last_name", "name"})
    assert out["c002"].entity == "last_name"
