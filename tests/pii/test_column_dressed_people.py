"""Person columns of clubs' registers: decorated cells and unlisted names vouched for by coming back."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_dressed_people import (
    dressed_people_columns,
    dressed_people_score,
    name_words,
    read_dressed_person,
)

# Names of Burkina Faso and Madagascar written as a club writes them (not set 42's).
MEMBERS = [
    'Boukary "Bou" Zongo', "ZONGO/BOUKARY MR", "Rasoa Ilboudo", "Ilboudo, Rasoa", 'Tsiry "Tee" Ouedraogo',
    "Tsiry Ouedraogo (2)", "Ouedraogo/Zongo v Ilboudo/Rakoto", "Rakoto (Fanja)", "Fanja Rakoto", "Kiswendsida Zongo",
    "Rakoto/Rakoto v Zongo/Ilboudo", "Aminata Sawadogo (mère)", "Sawadogo, Aminata",
]  # fmt: skip


def test_decorated_club_members_are_people() -> None:
    scored = dressed_people_score(MEMBERS)
    assert scored is not None and scored[0] >= 0.85


def test_partnerships_beside_their_people_are_people_but_firms_alone_are_not() -> None:
    fanciers = ["Verhoeven & Zonen", "Lotte Verhoeven", "Brinkhuis Gebr.", "Sem Brinkhuis", "BRINKHUIS/SEM MR",
                "Anouk Ruitenberg", "Ruitenberg & Zoon", "Daan Ruitenberg (2)"]  # fmt: skip
    assert dressed_people_score(fanciers) is not None
    firms = ["Verhoeven & Zonen", "Brinkhuis Gebr.", "Ruitenberg & Zoon", "Hoekstra & Zonen", "Dijkman Gebr."]
    assert dressed_people_score(firms) is None


def test_products_trees_and_rooms_are_no_people() -> None:
    assert (
        dressed_people_score(["Victoria plum", "Bramley apple", "Lawson cypress", "Douglas fir", "Monterey pine"])
        is None
    )
    assert dressed_people_score(["Room (2)", "Hall (3)", "Studio (2)", "Room (3)", "Kitchen"]) is None
    assert dressed_people_score(["Leeds v York", "Hull v Leeds", "York v Hull"]) is None


def test_name_words_leave_out_titles_kin_and_ordinary_words() -> None:
    assert name_words("Mrs G. Ouedraogo (mum)") == frozenset({"ouedraogo"})
    assert "victoria" not in name_words("Victoria plum")


def test_reading_of_a_pairing_gives_its_families() -> None:
    reading = read_dressed_person("Ouedraogo/Zongo v Ilboudo/Rakoto")
    assert reading is not None and {"ouedraogo", "zongo"} <= reading.family


def test_column_pass_takes_the_members_and_leaves_the_courts() -> None:
    n = len(MEMBERS)
    df = pd.DataFrame({"c001": MEMBERS, "c002": [f"Court {i % 3 + 1}" for i in range(n)]})
    found = dressed_people_columns(df, list(df.columns), {})
    assert set(found) == {"c001"}
    assert found["c001"].entity == "name"


def test_unlisted_names_named_again_in_their_row_are_people() -> None:
    customers = [
        "Adeyemi (Tolu)",
        "Okonjo (Bisi)",
        "Babangida (Musa)",
        "Tolu Adeyemi",
        "Abiola (Wale)",
        "Ekwueme (Obi)",
    ]
    mails = ["tolu.adeyemi@mail.ng", "bisi.okonjo@mail.ng", "musa.babangida@mail.ng", "tolu.adeyemi@mail.ng",
             "wale.abiola@mail.ng", "obi.ekwueme@mail.ng"]  # fmt: skip
    df = pd.DataFrame({"c001": customers, "c002": mails})
    assert set(dressed_people_columns(df, ["c001"], {})) == {"c001"}
    df["c002"] = ["a@b.ng"] * len(customers)
    assert dressed_people_columns(df, ["c001"], {}) == {}


def test_multi_select_lists_and_number_columns_are_no_people() -> None:
    papers = ["Bild", "Die Zeit, Bild", "Hörzu, Süddeutsche", "Süddeutsche", "Bravo, Süddeutsche", "Die Zeit"]
    assert dressed_people_score(papers) is None
    phones = pd.Series(["0612 345 678", "", "number unobtainable", "0698 765 432", "0611 223 344", "ex-directory"])
    assert dressed_people_columns(pd.DataFrame({"c003": phones}), ["c003"], {}) == {}


def test_places_of_one_island_are_no_family_given_names() -> None:
    places = ["Anse Royale, Mahé", "Takamaka, Mahé", "Grand Anse, Praslin", "Beau Vallon, Mahé", "Cascade, Mahé",
              "Baie Lazare, Mahé", "La Passe, La Digue"]  # fmt: skip
    assert dressed_people_score(places * 2) is None
