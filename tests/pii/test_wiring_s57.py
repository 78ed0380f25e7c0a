"""Session 57's rules wired into the pipeline's PII stage: each test goes through ``replace_pii`` /
``detect_table`` / the text hooks, so it fails when a module exists but is not hooked in. Values are not set 42's."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_thread_sender_and_bare_signoffs_replaced() -> None:
    notes = [
        "Me: still on for Friday? / graham: yep, graham x / Me: great",
        "Priya: outside now / Me: coming down / Priya: ta",
        "parcel not collected, rang twice, no reply - Solène",
        "boiler checked, needs a part, back tues lorraine x",
    ] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("graham", "Priya", "Solène", "lorraine"):
        assert name not in out


def test_thread_saved_local_number_replaced() -> None:
    phones = [f"+47 9{i}12 34{i}7" for i in range(10)]
    notes = [f"Me: is 8 ok? / Me: still there? / Me: 9{i}2345{i}7 saved" for i in range(10)]
    df = pd.DataFrame({"phone": phones, "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(f"9{i}2345{i}7" not in out[i] for i in range(10))


def test_club_members_with_nicknames_pairings_and_their_helpers_are_names_hidden() -> None:
    members = [
        'Boukary "Bou" Zongo', "ZONGO/BOUKARY MR", "Rasoa Ilboudo", "Ilboudo, Rasoa", 'Tsiry "Tee" Ouedraogo',
        "Tsiry Ouedraogo (2)", "Ouedraogo/Zongo v Ilboudo/Rakoto", "Rakoto (Fanja)", "Fanja Rakoto",
        "Kiswendsida Zongo", "Rakoto/Rakoto v Zongo/Ilboudo", "Aminata Sawadogo (mère)", "Sawadogo, Aminata",
        'Boukary "Bou" Zongo',
    ]  # fmt: skip
    helpers = ["", "", "RASOA ZONGO", "", "", "", "Tsiry Ilboudo", "", "", "", "", "FANJA SAWADOGO", "", ""]
    df = pd.DataFrame(
        {
            "c000": [f"Court {i % 3 + 1}" for i in range(14)],
            "c001": members,
            "c002": [f"{9 + i % 8}:00" for i in range(14)],
            "c003": helpers,
        }
    )
    plans = _plans(df)
    assert plans.get("c001") == "name"
    assert plans.get("c003") == "name"
    assert plans.get("c000") is None
    out = _replaced(df)
    assert not set(out["c001"]) & set(members)


def test_pick_ups_destinations_and_a_trophy_named_after_people_are_no_names_hidden() -> None:
    r = random.Random(3)
    people = ["HUGHES/OWEN MR", "PRICE/MEGAN MRS", "SHAH/PRIYA MS", "EVANS/DANIEL MR", "WALSH/LIAM MR",
              "TURNER/SOPHIE MRS", "OKAFOR/RUTH MRS", "NOWAK/TOMASZ MR", "RUIZ/ANA MS", "KOWALSKI/LENA MS"]  # fmt: skip
    stops = ["Duke of York", "Coach stop 7", "King William IV", "Lord Raglan car park", "Red Lion", "Asda Superstore"]
    trips = ["Warwick Castle", "Bath Abbey", "Stratford market", "Roald Dahl Museum", "Kew Gardens"]
    n = 20
    df = pd.DataFrame({
        "c000": [f"{1 + i}" for i in range(n)],
        "c001": [r.choice(people) for _ in range(n)],
        "c002": [r.choice(stops) for _ in range(n)],
        "c003": [f"+44 7700 9{r.randint(10000, 99999)}" for _ in range(n)],
        "c004": [r.choice(trips) for _ in range(n)],
        "c005": [r.choice(["", "", "", "Jackie Chan Plate"]) for _ in range(n)],
    })  # fmt: skip
    plans = _plans(df)
    assert plans.get("c001") == "name"
    assert plans.get("c002") is None and plans.get("c004") is None and plans.get("c005") is None


def test_haircut_styles_named_after_people_are_no_names_hidden() -> None:
    r = random.Random(5)
    clients = ["Ruth Okafor", "Lena Kowalski", "Tomasz Nowak", "Ana Ruiz", "Megan Price", "Owen Hughes",
               "Priya Shah", "Daniel Evans", "Sophie Turner", "Liam Walsh", "Grace Byrne", "Aaron Fox"]  # fmt: skip
    styles = ["Paul Weller", "mod cut #2", "Tom Hardy crop", "David Bowie", "flat top", "Harry Kane", "Steve Martin",
              "George Clooney", "taper fade"]  # fmt: skip
    stops = ["Rose and Crown", "Coach stop 7", "Marquis of Granby", "Admiral Rodney car park", "Clock Tower",
             "Asda Superstore"]  # fmt: skip
    n = 24
    df = pd.DataFrame({
        "c000": [f"2026-11-{1 + i % 28:02d}" for i in range(n)],
        "c001": [f"{9 + i % 8}:{'15' if i % 2 else '45'}" for i in range(n)],
        "c002": [r.choice(clients) for _ in range(n)],
        "c003": [f"07700 9{r.randint(10000, 99999)}" for _ in range(n)],
        "c004": [r.choice(["Skin fade", "Beard trim", "Hot towel shave", "Gents cut"]) for _ in range(n)],
        "c005": [r.choice(styles) for _ in range(n)],
        "c006": [r.choice(stops) for _ in range(n)],
        "c007": [r.choice(["12.00", "15.00", "18.00"]) for _ in range(n)],
    })  # fmt: skip
    plans = _plans(df)
    assert plans.get("c002") == "name" and plans.get("c003") == "phone_number"
    assert plans.get("c005") is None


def _dressed_mobiles() -> list[str]:
    numbers = [f"0161 496 0{n:03d}" for n in (112, 347, 509, 681, 723, 835, 914, 268, 450, 599, 776, 803)]
    notes = ("(after 7pm)", "- evenings", "(work)", "", "(husband's)", "ext. 4", "", "- weekends")
    return [f"{n} {notes[i % len(notes)]}".strip() if i % 3 else f"mob {n}" for i, n in enumerate(numbers)]


def test_labelled_phone_cells_found_hidden_and_faked_valid_with_their_words() -> None:
    cells = _dressed_mobiles()
    df = pd.DataFrame({"c000": [f"R{i:03d}" for i in range(12)], "c001": cells})
    assert _plans(df).get("c001") == "phone_number"
    out = _replaced(df)
    for old, new in zip(cells, out["c001"], strict=True):
        assert new != old
        number = new.partition(" (")[0] if "(" in new else new
        if old.startswith("mob "):
            assert new.startswith("mob ")
            number = new[4:]
        if "(" in old:
            assert new.endswith(old[old.index("(") :])
        if " - " in old:
            assert new.endswith(old[old.index(" - ") :])
            number = new[: new.index(" - ")]
        number = number.split(" ext.")[0]
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, "GB")), new


def test_names_by_their_clause_and_list_members_replaced() -> None:
    notes = [
        "Booked twice already. If jolene rings (0712 558 201) take a deposit.",
        "Promemoria inviato. ornella paga lunedì",
        "Gate code changed. dwayne home after 4.",
        "Herinnering naar van den Hoogeveen gestuurd, graag snel betalen.",
        "Present: moussa, Garba, Mme Leclerc et Abdoulkarim. Apologies from Irène.",
        "Thanks to trần, Bùi, Mr Phạm and trần for helping out today.",
    ]
    df = pd.DataFrame({"note": notes, "amount": ["12", "8", "15", "10", "9", "11"]})
    out = " ".join(_replaced(df)["note"].tolist())
    for name in ("jolene", "ornella", "dwayne", "Hoogeveen", "moussa", "Abdoulkarim", "trần"):
        assert name not in out, name
    for word in ("deposit", "lunedì", "Present", "helping"):
        assert word in out


def test_round_days_beside_the_streets_are_no_towns_hidden() -> None:
    streets = ["12 Larch Close", "7 Mill Lane", "48 Station Road", "3 Orchard Way", "91 Church Street",
               "15 Park Avenue", "22 Kingsway", "5 Beech Grove", "30 High Street", "8 Willow Drive", "61 Manor Road",
               "2 Elm Terrace"]  # fmt: skip
    df = pd.DataFrame(
        {
            "c000": ["Tue", "Wed", "Sat", "Thu", "Tue", "Fri", "Mon", "Sat", "Wed", "Thu", "Fri", "Mon"],
            "c001": streets,
            "c002": [
                "Hart",
                "Nolan",
                "Pryce",
                "Quill",
                "Rowe",
                "Stone",
                "Tate",
                "Vance",
                "Wade",
                "Yates",
                "Zeal",
                "Abel",
            ],
            "c003": ["2 semi", "1 whole", "3 semi", "1 skimmed", "2 whole", "1 semi"] * 2,
        }
    )
    plans = _plans(df)
    assert plans.get("c001") == "street_address"
    assert plans.get("c000") is None


def test_kaya_street_column_is_streets_hidden() -> None:
    lines = ["Kaya Flamboyan 18", "Kaya Arubano 7", "Kaya Sabana 102", "Kaminda Sta. Rosa 4", "Kaya Korona 33",
             "Kaya Lora 9", "Kaya Palma 51", "Kaya Sero Largu 12"]  # fmt: skip
    df = pd.DataFrame({"c000": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Mon", "Tue"], "c001": lines,
                       "c002": ["2 semi", "1 whole"] * 4})  # fmt: skip
    assert _plans(df).get("c001") == "street_address"


def test_notes_streets_after_motion_and_addressee_are_replaced() -> None:
    notes = [
        "Returned: letter to Terry Quinn, Lambert Road - not known.",
        "Ringing at Tollcross Road Friday 6pm, ask sam.",
        "nuevo cliente Rosa Gil, Pasadizo Lucía Ferrándiz. 2 litros.",
        "Ok for Tuesday, thanks.",
    ]
    df = pd.DataFrame({"name": ["Ana Lobo", "Terry Quinn", "Sam Hale", "Rosa Gil"], "note": notes})
    out = _replaced(df)["note"].tolist()
    for word, text in zip(["Lambert Road", "Tollcross", "Pasadizo"], out, strict=False):
        assert word not in text, text


def test_number_after_a_verb_of_calling_replaced_in_notes() -> None:
    numbers = ["4481207", "3390254", "5527718", "6604391", "2218840", "7735102"]
    notes = [f"wants the usual trim before the holiday, text him on {n}" for n in numbers]
    notes += ["paid cash, no tip", "running late, rebooked for the Friday slot"] * 3
    df = pd.DataFrame({"visit": [f"V{i:02d}" for i in range(12)], "notes": notes})
    out = _replaced(df)
    for number, new in zip(numbers, out["notes"][:6], strict=True):
        assert number not in new
        assert "text him on " in new
