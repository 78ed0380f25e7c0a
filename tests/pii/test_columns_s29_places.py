"""Session 29 place columns: bare street names with a number, addresses ending in a long or short
postcode and a town, notes and pasted forms that are not addresses, and place cues of more languages."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators.places import is_address_any, is_form_or_note, is_named_street


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


@pytest.mark.parametrize(
    "value",
    [
        "Bakkavegur 17, 410 Hnífsdalur",
        "Los Cerezos 1280 Depto. 41, 8320000 Talcahuano",
        "Ulica Kralja Zvonimira 5, 21000 Split",
        "Rue Sauvage 9, L-4220 Esch-sur-Alzette",
        "Haugavegur 3b, íbúð 2, 220 Kópavogur",
    ],
)
def test_street_name_and_number_then_code_and_town_is_an_address(value: str) -> None:
    assert is_address_any(value)


@pytest.mark.parametrize(
    "value",
    [
        "Room 12, 300 guests",
        "Name: Jonas Petraitis\nPhone: 8 612 34567 Street: Liepų g. 4 City: Kaunas\nBorn: 1980-04-02",
        "Night handover. Bay 3: Ona Kazlauskienė settled, obs stable. Daughter rang at 2am, wants a call back "
        "on 8 612 34567, lives at Liepų g. 4, 44312 Kaunas. Dr Jonaitis to review on the round.",
    ],
)
def test_notes_forms_and_counts_are_not_addresses(value: str) -> None:
    assert not is_address_any(value)


def test_form_or_note_by_labels_or_length() -> None:
    assert is_form_or_note("Nimi: Aino Virtanen Osoite: Kuusitie 4 Puhelin: 040 1234567")
    assert not is_form_or_note("Kuusitie 4 B 12, 00270 Helsinki")


def test_named_street_shapes() -> None:
    assert is_named_street("Gornji grad 4a") and is_named_street("Trg bana 12")
    assert not is_named_street("ok") and not is_named_street("4 Gornji grad x")


_STREETS = ["Gornji grad 4a", "Trg bana 12", "Jurjevska 31", "Medvedgradska 7", "Pantovčak 102",
            "Ilica 55", "Tkalčićeva 19b", "Bosanska 8", "Zelengaj 3", "Mlinarska 40"]  # fmt: skip


def test_a_street_column_of_bare_names_and_numbers_is_detected_by_its_cue() -> None:
    df = pd.DataFrame({"owner_street": _STREETS * 3, "berth_len": [str(8 + i % 9) for i in range(30)]})
    assert _plans(df).get("owner_street") == "street_address"


def test_bays_and_rooms_without_a_cue_are_no_streets() -> None:
    bays = [f"{w} {n}" for w, n in zip(["Bay", "Room", "Pier", "Gate", "Hall"] * 6, range(30), strict=True)]
    assert "c001" not in _plans(pd.DataFrame({"c001": bays, "c002": [str(i) for i in range(30)]}))


def test_an_address_column_of_bare_street_names_is_an_address() -> None:
    towns = ["Hnífsdalur", "Grindavík", "Hveragerði", "Siglufjörður", "Dalvík"]
    values = [f"{s}, {100 + 37 * i} {towns[i % 5]}" for i, s in enumerate(_STREETS * 3)]
    assert _plans(pd.DataFrame({"heimilisfang": values})).get("heimilisfang") == "address"
    assert _plans(pd.DataFrame({"c003": values})).get("c003") == "address"


def test_a_notes_column_of_forms_is_free_text_not_an_address() -> None:
    forms = [
        f"Sukunimi / Etunimi: {s.upper()} /\nAino Puhelin:\n+358 40 {1234560 + i} Katuosoite: Kuusitie {i} "
        f"Paikkakunta: Kuopio\nSyntymäaika: 0{1 + i % 9}.03.1980"
        for i, s in enumerate(["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen"] * 4)
    ] + ["ok", "", "n/a"] * 3
    plans = _plans(pd.DataFrame({"c_huomiot": forms}))
    assert plans.get("c_huomiot") != "address"


@pytest.mark.parametrize(
    ("name", "entity"),
    [("Bær", "city"), ("sveitarfélag", "city"), ("comuna_1", "city"), ("póstnúmer", "postcode"),
     ("pcode", "postcode"), ("sihtnumber", "postcode"), ("postiindeks", "postcode"), ("heimilisfang", "address"),
     ("adresas", "address"), ("gatvė", "street_address"), ("iela", "street_address")],
)  # fmt: skip
def test_place_cues_of_more_languages(name: str, entity: str) -> None:
    assert entity in cue_hints(name)


@pytest.mark.parametrize("name", ["stadium", "grade", "gradient"])
def test_short_town_words_do_not_cue_other_columns(name: str) -> None:
    assert "city" not in cue_hints(name)


@pytest.mark.parametrize("value", ["Питу Гули 4в", "Лондонска 0б/4", "Аристотел 7а"])
def test_named_street_house_letter_of_any_alphabet(value):
    # Set 17's Macedonian street column was read 46% street lines: the house letter had to be Latin.
    assert is_named_street(value)
