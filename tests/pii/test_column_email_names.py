"""Name columns of a small table told by the same rows' e-mail addresses (``column_email_names``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_email_names import email_linked_names
from safe_synthesizer.pii.replace import plan_columns

# Given names and invented surnames no list holds; addresses built as people build them.
_PEOPLE = [
    ("ORTWIN", "KLAMBACHER", "ortwin.klambacher@web.de"),
    ("HELKE", "TRÜMPELMANN", "htruempelmann@gmx.de"),
    ("JOST", "WÄCHTELER", "jost_waechteler@t-online.de"),
    ("BIRTE", "ZANGEMEISTER", "birte.zangemeister@posteo.de"),
    ("ROLF", "QUASTENBERG", "rquastenberg@web.de"),
    ("SÖNKE", "MEHRTENSEN", "soenke.mehrtensen@gmx.de"),
    ("ULLA", "FRIEBOLD", "ullafriebold@icloud.com"),
    ("WIEBKE", "HAGEDÜNN", "drachenfee77@gmx.de"),  # an address unrelated to the name
    ("KNUT", "LOSSAGK", "k.lossagk@web.de"),
    ("MAREN", "STEINHÖVEL", "maren.steinhoevel@outlook.com"),
    ("GESA", "BRODTMANN", "gbrodtmann@t-online.de"),
]


def _table(rows: int = 16) -> pd.DataFrame:
    people = [_PEOPLE[i % len(_PEOPLE)] for i in range(rows)]
    staff = ["Jens", "Kai", "Jens", "Uwe"]
    brands = ["Stanley FatMax", "Makita", "Bosch Professional", "Kärcher"]
    return pd.DataFrame(
        {
            "c000": [p[0] for p in people],
            "c001": [p[1] for p in people],
            "c002": [p[2] for p in people],
            "c003": [staff[i % 4] for i in range(rows)],
            "c004": [brands[i % 4] for i in range(rows)],
            "c005": [f"{1000 + 7 * i}" for i in range(rows)],
        }
    )


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_given_names_and_unlisted_surnames_found_by_the_rows_addresses() -> None:
    plans = _plans(_table())
    assert plans.get("c000") == E.FIRST_NAME
    assert plans.get("c001") == E.LAST_NAME
    assert plans.get("c002") == E.EMAIL


def test_staff_brands_and_numbers_are_not_linked() -> None:
    plans = _plans(_table())
    assert plans.get("c003") is None
    assert plans.get("c004") is None
    assert plans.get("c005") is None


def test_full_names_opened_by_the_given_name_or_its_initial() -> None:
    df = _table()
    df["c000"] = [f"{g.title()} {s.title()}" for g, s in zip(df["c000"], df["c001"], strict=True)]
    df = df.drop(columns=["c001"])
    email = ColumnDetection("c002", E.EMAIL, 1.0, 1.0, "values", 16)
    out = email_linked_names(df, list(df.columns), {"c002": email})
    assert {c: d.entity for c, d in out.items()} == {"c000": E.NAME}


def test_double_surnames_stay_surnames() -> None:
    df = pd.DataFrame(
        {
            "a": ["Elif", "Laurens", "Cato", "Nout", "Fenna", "Rik"],
            "b": ["VAN SPREEUWEL-VAN LUINENBURG", "HOES-STERKMAN", "DE GROOT", "TUITHOF", "VAN DAM-KRUIK", "REHORST"],
            "m": [
                "elif_vanspreeuwelvanluinenburg@yahoo.com",
                "laurens_hoessterkman@icloud.com",
                "cato.degroot@home.nl",
                "ntuithof@kpnmail.nl",
                "fenna.vandamkruik@ziggo.nl",
                "rik_rehorst@gmail.com",
            ],
        }
    )
    email = ColumnDetection("m", E.EMAIL, 1.0, 1.0, "values", 6)
    out = email_linked_names(df, ["a", "b", "m"], {"m": email})
    assert {c: d.entity for c, d in out.items()} == {"a": E.FIRST_NAME, "b": E.LAST_NAME}


def test_no_address_column_no_finding() -> None:
    df = _table().drop(columns=["c002"])
    assert email_linked_names(df, list(df.columns), {}) == {}


def test_handles_equal_to_the_local_part_are_not_names() -> None:
    handles = ["skyrunner", "bluefox", "nightowl", "pixelpete", "moonbeam", "quickstep"]
    df = pd.DataFrame({"h": handles, "m": [f"{h}@mail.com" for h in handles]})
    email = ColumnDetection("m", E.EMAIL, 1.0, 1.0, "values", 6)
    assert email_linked_names(df, ["h", "m"], {"m": email}) == {}


def test_an_initial_opening_the_address_links_the_given_name_through_the_surname() -> None:
    # Every address is an initial and the surname: the given names show only as their initials.
    givens = ["Patricia", "Oskar", "Wenke", "Ruth", "Ilse", "Dirk"]
    families = ["Jennings", "Klambach", "Trüber", "Ostwald", "Brenner", "Vosskuhl"]
    df = pd.DataFrame(
        {
            "g": givens,
            "f": families,
            "m": [f"{g[0]}{f}@mail.de".lower().replace("ü", "ue") for g, f in zip(givens, families, strict=True)],
        }
    )
    email = ColumnDetection("m", E.EMAIL, 1.0, 1.0, "values", 6)
    out = email_linked_names(df, ["g", "f", "m"], {"m": email})
    assert {c: d.entity for c, d in out.items()} == {"g": E.FIRST_NAME, "f": E.LAST_NAME}


def test_firms_named_after_their_owners_are_not_people() -> None:
    owners = ["Brenner", "Ostwald", "Klambach", "Vosskuhl", "Jennings", "Trautmann"]
    df = pd.DataFrame(
        {
            "firm": [f"{o} GmbH" if i % 2 else f"{o} & Söhne KG" for i, o in enumerate(owners)],
            "m": [f"info.{o.lower()}@firma.de" for o in owners],
        }
    )
    email = ColumnDetection("m", E.EMAIL, 1.0, 1.0, "values", 6)
    assert email_linked_names(df, ["firm", "m"], {"m": email}) == {}
