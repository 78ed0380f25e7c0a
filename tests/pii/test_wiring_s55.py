"""Session 55's rules wired into the pipeline's PII stage: each test goes through ``detect_table`` /
``replace_pii`` / the text hooks, so it fails when a module exists but is not hooked in. Values are not set 40's."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced_notes(notes: list[str]) -> list[str]:
    df = pd.DataFrame({"id": range(len(notes)), "note": notes})
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["note"].tolist()


def test_sign_offs_chat_speakers_and_message_senders_are_replaced() -> None:
    notes = [
        "Invoice sent twice, customer unhappy. ~ingrid",
        "Boiler serviced, flue checked. Cheers, Raymond",
        "[09:15] Henrike: on my way [09:16] us: ok, see you",
        "SMS 11:20 - gustavo here, the van is booked for Friday",
        "Quiet week, nothing to report. Thanks x",
    ]
    out = _replaced_notes(notes)
    for word in ("ingrid", "Raymond", "Henrike", "gustavo"):
        assert not any(word in o for o in out), word
    assert out[-1] == notes[-1]
    assert "us: ok" in out[2]


def test_hidden_column_of_worded_spanish_numbers_is_phones() -> None:
    values = [
        "Mob: 610 63 34 11", "+34 635 50 86 59", "M: 612 37 17 92", "+34 624 10 62 44 - home",
        "+34 639 03 99 23 (work)", "☎ +34 612 06 93 34", "+34 612 73 37 97 / WhatsApp", "697 97 67 96 (WA)",
        "607 00 16 13 (work)", "666 73 92 61 / WhatsApp", "Tel. +34 632 68 61 43", "612 97 37 63 - home",
        "tel 647 68 73 83", "+34 655 55 07 80", "+34 612 75 80 76", "Ph: 612 66 32 00",
    ]  # fmt: skip
    df = pd.DataFrame({"c001": [f"Socio {i}" for i in range(16)], "c010": values})
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c010"] is not None and found["c010"].entity == "phone_number"


def test_saint_kitts_local_numbers_in_notes() -> None:
    df = pd.DataFrame(
        {
            "Member": ["Shirlene Hobson", "Modesto Liburd", "Carla Browne", "Dane Nisbett", "Ena Phipps"],
            "Phone": ["(869) 662-4120", "+1 869-663-8011", "8694652222", "(869) 466-1234", "+1 869-765-4321"],
            "Notes": [
                "SMS 14:07 - the van is late, use 763-7441",
                "Lost property: blue scarf, claimed by Mrs Floyd (662-7522).",
                "Paid 250-300 grams of nails, order 662-4455.",
                "Lane 4 booked for 12 people.",
                "",
            ],
        }
    )
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Notes"].tolist()
    for value in ("763-7441", "662-7522"):
        assert not any(value in str(n) for n in out), value
    assert any("order 662-4455" in str(n) for n in out) and "Lane 4 booked for 12 people." in out


def test_register_member_written_given_then_family_in_brackets_is_a_name_column() -> None:
    df = pd.DataFrame({
        "Loan no": [f"L{i:03d}" for i in range(12)],
        "Member": ["Hulda (Fritsch)", "Ronny (Schlosser)", "Edwin (Wulf)", "Nico (Lange)", "Ronny (Schlosser)", "n/a",
                   "Jochem (Keudel)", "Edwin (Wulf)", "Murat (Patberg)", "Mirja (Stahr)", "Gretel (Hartung)",
                   "Nico (Lange)"],
        "Tool": ["Makita drill", "Henry hoover", "Bosch sander", "Makita drill", "Stihl strimmer", "Henry hoover",
                 "Bosch sander", "Makita drill", "Stihl strimmer", "Henry hoover", "Bosch sander", "Makita drill"],
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Member") == "name"
    assert "Tool" not in plans


def test_names_in_sentence_slots_and_roll_items_are_replaced() -> None:
    notes = [
        "Loan extended for sandra davis, call back on 2013439133 if the drill is needed.",
        "Near miss - beth martinez tripped over a cable.",
        "Rang the house, no answer. Told Laure to check it.",
        "Rota: Andres, Mrs Glenn, William Ralph + Curry on Saturday",
        "Rota: Mrs Sullivan, Mr Fernandez & May on Saturday",
    ]
    out = _replaced_notes(notes)
    for word in ("sandra", "davis", "beth", "martinez", "Laure", "Curry"):
        assert not any(word in o for o in out), word
    assert "May on Saturday" in out[-1]


def test_club_licences_towers_and_methods_are_no_pii() -> None:
    rng = random.Random(55301)
    n = 40
    methods = ("Grandsire Doubles", "Stedman Triples", "Plain Bob Minor", "Kent Treble Bob", "Little Bob",
               "Plain Hunt", "Cambridge Surprise Major")  # fmt: skip
    towers = ("St Mary the Virgin", "St Peter & St Paul", "All Saints", "Holy Trinity", "St Andrew", "Christ Church")
    df = pd.DataFrame(
        {
            "Licence no": [f"{rng.choice(('BJA', 'LIC', 'J'))}{rng.randint(10000, 99999)}" for _ in range(n)],
            "Tower": [rng.choice(towers) for _ in range(n)],
            "Methods rung": [", ".join(rng.sample(methods, rng.randint(1, 3))) for _ in range(n)],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Licence no") is None
    assert plans.get("Tower") is None
    assert plans.get("Methods rung") in (None, "free_text")  # never a street or a town
