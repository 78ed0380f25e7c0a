"""Session 58's readers wired into the pipeline's PII stage: each test goes through ``replace_pii`` /
``plan_columns`` / the text hooks, so it fails when a module exists but is not hooked in. Values are not set 43's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_rescue
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


# DB: one date reader for birth dates in any layout (columns, fakes in the same layout, cued dates in notes).
_BORN = ["1951-Nov-13", "05 / 10 / 1949", "27th of November 1962", "Oct 08 1976", "1983 10 08", "11.Dec.1958",
         "1944-Feb-29", "17 / 09 / 1938", "2nd of April 1998", "Jun 30 1969", "1990 01 30", "2.Apr.1971",
         "1966-Jul-09", "22 / 10 / 1963", "19th of August 1955", "Mar 12 1947", "2001 05 05", "14.Oct.1953",
         "1986-Sep-21", "09 / 11 / 1982", "3rd of March 1979", "Dec 01 1960", "1974 07 11", "28.Jan.1992"]  # fmt: skip


def test_birth_date_column_in_unlisted_layouts_found_and_faked_in_its_layout() -> None:
    df = pd.DataFrame({"Date of birth": _BORN, "Score": [str(300 + 7 * i) for i in range(len(_BORN))]})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    out = _replaced(df)["Date of birth"].tolist()
    assert all(a != b for a, b in zip(_BORN, out, strict=True))
    for before, after in zip(_BORN, out, strict=True):
        old, new = read_date(before), read_date(after)
        assert new is not None and new.order == old.order


def test_birth_date_column_in_unlisted_layouts_found_hidden() -> None:
    df = pd.DataFrame({"c001": _BORN, "c002": [str(300 + 7 * i) for i in range(len(_BORN))]})
    assert _plans(df).get("c001") == "date_of_birth"


def test_cued_birth_dates_in_notes_replaced_in_any_layout() -> None:
    notes = ["Welcome, Rosel! Geburtstag: 22 / 10 / 1971.", "Karl (b. 1969 09 15) shot a 512.",
             "Mrs Parkes: renewal due, DOB 1992-Aug-19, see desk", "Geburtstag: 11.May.1957. Danke!"] * 3  # fmt: skip
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for value in ("22 / 10 / 1971", "1969 09 15", "1992-Aug-19", "11.May.1957"):
        assert value not in out


# PP: the learned classifier's person answers on a category of brands and on phone numbers are not kept.
class _AlwaysName:
    def predict(self, x: np.ndarray) -> tuple[str, float]:
        return "name", 0.97


def test_classifier_names_on_phones_and_on_labels_are_not_kept(monkeypatch) -> None:
    monkeypatch.setattr(column_rescue, "load_classifier", lambda: _AlwaysName())
    given = ["Aline", "Jean", "Lucie", "Marc", "Nadia", "Olivier", "Pauline", "Rémi", "Sophie", "Théo", "Yasmine"]
    family = ["Moreau", "Petit", "Roux", "Garnier", "Faure", "Blanc", "Mercier", "Lambert", "Girard"]
    clients = [f"{given[i % 11]} {family[(i * 7) % 9]}" for i in range(40)]
    labels = ["Coco Chanel", "Yves Laurent", "Benetton", "Lacoste", "Jil Sander", "Marks & Spencer"]
    df = pd.DataFrame({
        "c000": clients,
        "c001": [labels[i % 6] for i in range(40)],
        "c002": [f"06 {20 + i} 31 44 {50 + i}" + (f" - demander {given[i % 11]}" if i % 2 else "") for i in range(40)],
    })  # fmt: skip
    plans = _plans(df)
    assert plans.get("c000") == "name"
    assert plans.get("c001") is None
    assert plans.get("c002") in (None, "phone_number")


# AD: address cells read part by part: P.O. boxes and house lines of a small place, territory addresses, hidden.
def test_small_tables_box_lines_and_territory_addresses_are_replaced_hidden() -> None:
    boxes = ["Postboks 77", "Hus 4", "Hus 21", "Storgata 9", "Postboks 310", "Hus 8", "Fjellveien 3"]
    homes = [
        "Unit 4, Room 12, Adamstown, Pitcairn PCRN 1ZZ",
        "7 Bounty Road, Adamstown, Pitcairn PCRN 1ZZ",
        "Unit 9, Room 3, Adamstown, Pitcairn PCRN 1ZZ",
        "Unit 2, Room 40, Adamstown, Pitcairn PCRN 1ZZ",
    ]
    for cells in (boxes, homes):
        df = pd.DataFrame({"c000": [f"T{i:03d}" for i in range(len(cells))], "c001": cells, "c002": range(len(cells))})
        out = _replaced(df)
        assert not set(out["c001"]) & set(cells)


# TN: capitalised names by their slot (owner, actor), other scripts in a Latin note, more titles, acronym ids.
def test_opening_owner_actor_other_script_cue_and_acronym_id_are_replaced() -> None:
    notes = [
        "Kjærsgaard's kayak scraped the reef at Tobermory - £40 fix.",
        "Surf log: WAIHAPE caught 4 clean rides, ready for level 3.",
        "ring 박은숙 back about the deposit!! 0193 441 2207",
        "Rota for June: 한영철 + 량 + 류",
        "Tutti avvisati. Chiamare Mons. Pettinaroli al mattino.",
        "Collected by K. Rhodes, showed ID (NHI no QRT4410) at the desk.",
    ] * 2
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for value in ("Kjærsgaard", "WAIHAPE", "박은숙", "한영철", "Pettinaroli", "QRT4410"):
        assert value not in out


# NC: person cells read by slots: pairs ``Surname - Surname``, ``Surname Given (title)``, hidden headers.
def test_bridge_pairs_surname_given_and_nicknames_are_names_hidden() -> None:
    ns = [
        "Ibrahim - Elsheikh",
        "Elhassan - Elnour",
        "Elamin - Ibrahim",
        "Hamad - Elhassan",
        "Eltayeb - Yousif",
        "Mahgoub - Elamin",
        "Yousif - Hamad",
        "Elnour - Mahgoub",
        "Elsheikh - Eltayeb",
        "Ibrahim - Hamad",
    ]
    ew = [
        "Wähner - Elfriede",
        "Scholz Paola (Frau)",
        "Noack - Herwig",
        "Höfig - Mariele",
        "Holt Elfriede (Frau)",
        "Patberg - Lieschen",
        "Köhler Helge (Herr)",
        "Steuer - Arnulf",
        "Noack Herwig (Herr)",
        "Wähner Elfriede (Frau)",
    ]
    df = pd.DataFrame({
        "c000": [f"Board {i + 1}" for i in range(10)],
        "c001": ns,
        "c002": ew,
        "c003": [f"{50 + 3 * i}%" for i in range(10)],
    })  # fmt: skip
    plans = _plans(df)
    assert plans.get("c001") == "name" and plans.get("c002") == "name"
    assert "c000" not in plans and "c003" not in plans
    out = _replaced(df)
    assert not set(out["c001"]) & set(ns)
    assert not set(out["c002"]) & set(ew)


# PH: phone cells as numbers plus any words (found hidden, faked valid with their words), a number alone in a note.
def test_phone_cells_with_any_words_found_hidden_faked_with_their_words() -> None:
    people = ["Anouk", "Bram", "Sanne", "Joost", "Lieke", "Thijs"]
    cells = [
        f"06 {21 + i}{i % 10}4{i % 10}7{i % 10}{i % 10} - navragen bij {people[i % 6]}"
        if i % 3
        else f"Nederland: 06 {31 + i}4{i % 10}8{i % 10}2{i % 10}"
        for i in range(12)
    ]
    df = pd.DataFrame({"c000": [f"R{i:03d}" for i in range(12)], "c001": cells})
    assert _plans(df).get("c001") == "phone_number"
    out = _replaced(df)["c001"].tolist()
    for old, new in zip(cells, out, strict=True):
        assert new != old
        if " - navragen bij " in old:
            number, _, person = new.partition(" - navragen bij ")
            assert person and person not in people
        else:
            assert new.startswith("Nederland: ")
            number = new.removeprefix("Nederland: ")
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, "NL")), new


def test_number_alone_at_a_note_end_replaced() -> None:
    phones = [f"+227 9{i} 2{i} 4{i} 1{i}" for i in range(10)]
    notes = [f"Keys left at the desk for the van!! 9{i} 3{i} 7{i} 2{i}" for i in range(10)]
    df = pd.DataFrame({"phone": phones, "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(f"9{i} 3{i} 7{i} 2{i}" not in out[i] for i in range(10))
    assert all(o.startswith("Keys left at the desk for the van!! ") for o in out)


# AD: a street after a place preposition of any language in a note.
def test_streets_after_place_words_in_notes_are_replaced() -> None:
    notes = ["Logs left round the side at Birkenweg 12. Thanks", "Logs dropped at venelle Morin. Call first",
             "Collect from 세종대로 8 tomorrow."] * 4  # fmt: skip
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"])
    for street in ("Birkenweg 12", "venelle Morin", "세종대로 8"):
        assert street not in out


# TL: lower-case names by the role they fill in a note's sentence.
def test_lower_case_names_in_person_roles_are_replaced() -> None:
    notes = [
        "okafor turned up late, court 2 idle. brother tunde not pleased.",
        "bin 4 full / wiremu off sick / van back at 3",
        "Duty: P. Osei; Hamid Karimi; tembo lwazi; Mrs Allen.",
        "Rang about the boiler, 0161 496 0000 ta siosaia",
    ] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("okafor", "tunde", "wiremu", "tembo lwazi", "siosaia"):
        assert name not in out
    for word in ("court 2 idle", "bin 4 full", "van back at 3", "Rang about the boiler"):
        assert word in out


def test_hidden_phone_column_of_the_country_its_cells_name() -> None:
    given = ["Serah", "Jimmy", "Leina", "Kalo", "Mele", "Tom", "Rose", "Willie", "Anna", "Joel", "Nancy", "Peter"]
    family = ["Tari", "Kalsakau", "Natapei", "Vohor", "Molisa", "Sope", "Kilman", "Carcasses", "Salwai"]
    numbers = [f"5{9 if i % 2 else 7}{i % 10} {3017 + 413 * i:04d}" for i in range(14)]
    cells = [f"Vanuatu: {n}" if i % 2 else n for i, n in enumerate(numbers)]
    df = pd.DataFrame(
        {
            "c000": [f"{given[i % 12]} {family[i % 9]}" for i in range(14)],
            "c001": [f"B{i:03d}" for i in range(14)],
            "c002": cells,
        }
    )
    assert _plans(df).get("c002") == "phone_number"
