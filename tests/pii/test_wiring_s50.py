"""End-to-end checks of session 50's wiring: a question header naming where a person lives is a town cue, and
Vietnamese street lines of short syllables are places, not codes; a people-list column is not undone as prose."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import replace as replace_module
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.replace import plan_columns

_TOWNS = ["Zomba", "Mangochi", "Karonga", "Dedza", "Salima"]
_PEOPLE = ["Chikondi Banda", "Thoko Phiri", "Mphatso Mwale", "Kondwani Chirwa", "Limbani Nkhoma", "Tiyamike Gondwe"]


def test_a_header_asking_where_someone_lives_plans_its_column_as_towns() -> None:
    rows = 42
    df = pd.DataFrame(
        {
            "Full name": [_PEOPLE[i % 6] + ("" if i < 6 else f" {chr(65 + i % 26)}.") for i in range(rows)],
            "Where do you live now?": [_TOWNS[i % 5] for i in range(rows)],
            "Coming?": ["Yes" if i % 3 else "No" for i in range(rows)],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Where do you live now?") == E.CITY


def test_vietnamese_street_lines_of_short_syllables_are_streets_not_codes() -> None:
    values = ["Số 7/68 Ngõ 23 Bạch Đằng", "243 Hẻm 46 Phố số 4", "29 Hẻm 81 Dân Chủ", "78 phố 53", "12 Ngõ 4 Huế",
              "5 Hẻm 9 Lê Lợi", "31 phố 7"]  # fmt: skip
    df = pd.DataFrame({"c001": values})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") in {E.ADDRESS, E.STREET_ADDRESS}


def test_a_people_list_detection_is_not_undone_as_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    # Long lists of partners ("Paul De Smet & Joren Bruneel & Tim Vandevelde & K. Raes") read as prose by their
    # token count; the people-list rule (column_people_lists) has typed them names and the plan must keep that.
    lists = [
        "Paul De Smet & Joren Bruneel & Tim Vandevelde & K. Raes",
        "Lisette Van Hove & N. Van den Bergh & Sylvie Devos",
        None,
        "Kris Raes & I. Vaes & Viviane Claessens & Tim Vandevelde",
    ] * 6
    df = pd.DataFrame({"Playing With": lists})
    listed = ColumnDetection("Playing With", E.NAME, 0.8, 1.0, "values+people-list", 18, None, "lists of people")
    monkeypatch.setattr(replace_module, "detect_table", lambda *a, **k: {"Playing With": listed})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Playing With") == E.NAME


def _kennel(rows: int = 18) -> pd.DataFrame:
    given = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Mia", "Lucas", "Grace", "Owen"]
    family = ["Hartley", "Pemberton", "Ashworth", "Fairclough", "Whitmore", "Lindqvist", "Okafor", "Brannigan"]
    breeds = ["Jack Russell", "Border Collie", "Labrador", "Maine Coon", "Cocker Spaniel"]
    return pd.DataFrame(
        {
            "Booking No": [510 + i for i in range(rows)],
            "Owner": [f"{family[(i * 5) % 8].upper()}, {given[i % 12]}" for i in range(rows)],
            "Owner tel": [f"07700 9{(i * 7919) % 100000:05d}" for i in range(rows)],
            "Pet": [["Rocky", "Bella", "Max", "Luna", "Bruno", "Milo"][i % 6] for i in range(rows)],
            "Breed": [breeds[(i * 7) % 5] for i in range(rows)],
            "Block": [["Oak", "Elm", "Ash"][i % 3] for i in range(rows)],
            "Emergency contact": [
                f"{given[(i + 4) % 12]} {family[(i * 2) % 8]}" if i % 3 == 0 else None for i in range(rows)
            ],
            "Nights": [1 + i % 6 for i in range(rows)],
        }
    )


def test_a_kennel_breed_column_is_no_person_column_shown_or_hidden() -> None:
    # The learned classifier reads Jack Russell, Border Collie as people beside the owners; the breed veto drops it.
    shown = _kennel()
    hidden = shown.set_axis([f"c{i:03d}" for i in range(shown.shape[1])], axis=1)
    for frame, breed, owner in ((shown, "Breed", "Owner"), (hidden, "c004", "c001")):
        plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
        assert plans.get(breed) is None and plans.get(owner) == E.NAME, plans
