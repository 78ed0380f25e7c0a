"""Session 54's rules wired into the pipeline's PII stage: each test goes through ``detect_table`` /
``replace_pii`` / the text hooks, so it fails when a module exists but is not hooked in. Values are not set 39's."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.text_streets import street_spans


def _found(df: pd.DataFrame) -> dict[str, str | None]:
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    return {column: None if d is None else d.entity for column, d in found.items()}


def test_pubs_and_practices_named_after_people_are_no_people() -> None:
    rng = random.Random(5)
    firsts = ["Gary", "Linda", "Paul", "Sharon", "Dean", "Tracy", "Wayne", "Julie", "Craig", "Karen", "Lee", "Donna"]
    lasts = ["Hughes", "Walsh", "Barker", "Doyle", "Fletcher", "Holt", "Marsh", "Pearce", "Rowe", "Shaw", "Tate",
             "Wood"]  # fmt: skip
    pubs = ["The Red Lion", "The King's Head", "Queen Anne", "Lord Raglan", "The Duke of York", "Royal Oak",
            "Prince of Wales", "Admiral Benbow"]  # fmt: skip
    practices = ["Harvey Medical Centre", "Lister House Surgery", "Dr Shah's Practice", "Cavell Health Centre",
                 "Parkside Surgery"]  # fmt: skip
    n = 30
    df = pd.DataFrame(
        {
            "player": [f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(n)],
            "c1": [rng.choice(pubs) for _ in range(n)],
            "GP": [rng.choice(practices) for _ in range(n)],
            "average": [f"{rng.uniform(30, 90):.2f}" for _ in range(n)],
        }
    )
    found = _found(df)
    assert found["player"] == "name"
    assert found["c1"] is None
    assert found["GP"] is None


def test_next_of_kin_with_relation_and_family_drop_offs_are_people() -> None:
    kin = ["friend - Leonard Clarke", None, "nephew - Frances Finch-Williams", "niece - Gordon Parry", None,
           "neighbour - Stuart Bishop", "son - Callum Cooke", "daughter - Donna Warren", None,
           "friend - Leonard Clarke"]  # fmt: skip
    df = pd.DataFrame(
        {
            "c001": ["Hilgers", "Brüls", "Offermann", "Hilgers", "Hilgers", "Offermann", "Hilgers", "Hilgers",
                     "Offermann", "Brüls"],
            "c002": ["E. Hilgers", "M. Brüls", "M. Offermann", "E. Hilgers", "E. Hilgers", "M. Offermann",
                     "E. Hilgers", "E. Hilgers", "M. Offermann", "M. Brüls"],
            "c003": kin,
        }
    )  # fmt: skip
    found = _found(df)
    assert found["c002"] == "name"
    assert found["c003"] == "name"


def test_unnumbered_places_after_an_address_cue_are_streets() -> None:
    for text, street in (
        ("Back from holiday. Lives Airport Road, walks over.", "Airport Road"),
        ("[01/02/26, 09:00] Tom: I'm outside Khubetsoana, where r u", "Khubetsoana"),
        ("Paper left at MacDonald-Herd Street again, Lee complained.", "MacDonald-Herd Street"),
        ("new client at Ha Tšosane starts wed", "Ha Tšosane"),
    ):
        assert [text[s:e] for s, e, _ in street_spans(text)] == [street]


def test_a_childminders_register_hidden_keeps_no_child_name_or_family_surname() -> None:
    visits = [0, 1, 0, 2, 3, 1, 4, 2, 0, 3, 2, 1, 4, 0]
    child = ["Josephine", "Oliver", "Marcus", "Leon", "Billy"]
    family = ["Phillips", "Palmer", "Knight", "Simpson", "Davey"]
    parent = ["Norman Phillips", "Sharon Palmer", "Arthur Knight", "Ian Simpson", "Darren Davey"]
    df = pd.DataFrame(
        {
            "c000": [f"0{i % 9 + 1}/05/2026" for i in range(len(visits))],
            "c001": [child[i] for i in visits],
            "c002": [family[i] for i in visits],
            "c003": [parent[i] for i in visits],
            "c004": [["Peppa", "Elsa", "Bluey", "Moana"][i % 4] for i in range(len(visits))],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "first_name"
    assert plans.get("c002") == "last_name"
    assert plans.get("c004") is None


def test_one_word_names_in_person_slots_chat_senders_and_other_scripts_are_replaced() -> None:
    notes = [
        "[02/05/26, 18:40] delores stoutt: anyone got Bryant's number? mine is 2073096983",
        "[12/03/26, 09:14] Lindsey Humphreys: running late, can Kelli cover?",
        "Minutes: Adelaida Arroyo elected treasurer, Eli seconded. Bank to be updated.",
        "Handover: 1) Phillip Lawson rang, wants call back. 7) Porter paid cash. 3) Parcel for Kiara in the back.",
        "Apologies: मोहन महाजन and अरुण जाधव. Actions: महाजन to write to the council.",
        "Quiet week, nothing to report.",
    ]
    df = pd.DataFrame({"id": range(len(notes)), "note": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["note"].tolist()
    for word in ("delores", "Bryant", "Kelli", "Eli ", "Porter", "Kiara", "महाजन"):
        assert not any(word in o for o in out), word
    assert out[-1] == notes[-1]
