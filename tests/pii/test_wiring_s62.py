"""End-to-end tests of session 62's wiring: each fails without its hook (through plan_columns / replace_pii)."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_person_cells_in_machine_dress_are_found_and_faked_in_their_dress() -> None:
    guests = [
        "CN=Olga Brandt,OU=Users", "Jonas%20Weber", "N:Krüger;Mats;;;", "Fiete+Haas", "CN=Jonas Weber,OU=Members",
        "Hanne Vogt", "N:Brandt;Olga;;;", "Mats%20Krüger", "CN=Ilse Roth,OU=Users", "Ilse+Roth", "Hanne Vogt",
        "CN=Fiete Haas,OU=Contacts",
    ]  # fmt: skip
    df = pd.DataFrame({"c000": [f"2024-05-{i + 1:02d}" for i in range(12)], "c001": guests,
                       "c002": [f"Table {i % 3 + 1}" for i in range(12)]})  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    text = " ".join(out)
    for word in ("Olga", "Brandt", "Jonas", "Weber", "Krüger", "Mats", "Fiete", "Haas", "Ilse", "Roth", "Vogt"):
        assert word not in text
    assert out[0].startswith("CN=") and out[0].endswith(",OU=Users") and "%20" in out[1] and "+" in out[3]
    assert out[2].startswith("N:") and out[2].endswith(";;;")
    # one person, one fake across dresses: Jonas Weber percent-encoded and in a DN
    assert out[1].replace("%20", " ") == out[4][3:].split(",OU=")[0]


def test_role_and_dressed_headers_make_people_columns() -> None:
    people = ["Hama Issoufou", "Salamatou Issoufou", "Hadiza Oumarou", "Boubacar Saidou", "Mariama Hama",
              "Issaka Tahirou"]  # fmt: skip
    for header in ("X-Skipper", "Helmsman", "Opdrachtnemer"):
        df = pd.DataFrame({"Boat": [f"Laser {i % 7}" for i in range(18)], header: [people[i % 6] for i in range(18)],
                           "Race": [f"R{i % 4}" for i in range(18)], "Points": [i % 9 for i in range(18)]})  # fmt: skip
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get(header) == "name", header


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_hidden_phone_column_in_brackets_of_any_kind_and_letters_for_digits_is_faked_in_its_dress() -> None:
    phones = ["[0542] 761 25 33", "O532 817 74 37", "(O412) 617 75 71", "0532 958 08 77", "{0542} 269 71 92",
              "0542 875 93 57", "[0532] 369 82 94", "O533 369 82 94", "0482 107 13 00",
              "(O412) 156 76 O7"] * 2  # fmt: skip
    df = pd.DataFrame({"c000": [f"B-{i:03d}" for i in range(20)], "c001": phones})
    assert _plans(df).get("c001") == "phone_number"
    out = _replaced(df)["c001"].tolist()
    assert not set(out) & set(phones)
    assert out[0].startswith("[") and out[0].endswith(tuple("0123456789")) and out[4].startswith("{")


def test_note_numbers_in_square_brackets_and_after_a_telephone_word_are_replaced() -> None:
    notes = ["ford doing well on buses; kids great with her. [07299] 975858",
             "Motlhokomedi wa bana: Lauren May, mogala 74 036 564",
             "Tiaʻi tamariʻi: Thomas Poirier, niuniu 87 45 56 00",
             "picked up at 4, all fine"] * 3  # fmt: skip
    df = pd.DataFrame({"id": list(range(12)), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for number in ("975858", "74 036 564", "87 45 56 00"):
        assert number not in out
    assert "picked up at 4, all fine" in out


def test_the_rows_people_in_machine_dress_are_found_in_their_notes() -> None:
    people = [
        "CN=Wiebke Tamsen,OU=Users", "CN=Okko Rahlfs,OU=Members", "N:Lührs;Ilka;;;", "Tjark%20Ubben",
        "Swantje+Harms", "CN=Hauke Ennen,OU=Users", "Imke%20Folkerts", "N:Janssen;Eike;;;",
        "CN=Gesche Poppinga,OU=Users", "Fenna+Tjaden",
    ]  # fmt: skip
    notes = [
        "keys left with wiebke at the desk", "", "ilka rang, late", "tjark paid cash", "",
        "spoke to hauke about the gate", "", "eike to bring the form", "gesche away till may",
        "gave fenna the spare key",
    ]  # fmt: skip
    df = pd.DataFrame({"c000": people, "c001": [f"{i + 1}" for i in range(10)], "c002": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c002"].tolist()
    text = " ".join(out).lower()
    for word in ("wiebke", "ilka", "tjark", "hauke", "eike", "gesche"):
        assert word not in text, word


def test_people_with_birth_year_asides_are_a_name_column() -> None:
    people = ["Mele Tupou (b. 1961)", "Sione Vea", "Losaline Fifita (b. 1990)", "Tevita Kata", "Ana Tupou (b. 1975)",
              "Viliami Fonua (b. 1982)", "Sione Vea (b. 1959)", "Mele Fifita"]  # fmt: skip
    df = pd.DataFrame({"Entry": [f"E{i:03d}" for i in range(16)], "Exhibitor": [people[i % 8] for i in range(16)],
                       "Class": [("Novice", "Open", "Junior")[i % 3] for i in range(16)],
                       "Points": [i % 9 for i in range(16)]})  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Exhibitor") == "name"
