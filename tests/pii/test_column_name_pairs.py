"""Split first/last name columns of a small export found as neighbours (``column_name_pairs``)."""

from __future__ import annotations

import pandas as pd
from faker import Faker

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_name_pairs import pair_split_names


def _people(n: int, seed: int, locale: str = "de_DE") -> pd.DataFrame:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return pd.DataFrame(
        {
            "ref": [f"R-{1000 + i}" for i in range(n)],
            "c001": [fake.first_name() for _ in range(n)],
            "c002": [fake.last_name() for _ in range(n)],
            "status": ["open", "closed", "pending"] * (n // 3) + ["open"] * (n % 3),
        }
    )


def test_a_small_export_of_given_beside_family_names_is_found_from_the_pair() -> None:
    df = _people(15, seed=31)
    found = pair_split_names(df, list(df.columns), found={c: None for c in df.columns})
    assert {c: d.entity for c, d in found.items()} == {"c001": E.FIRST_NAME, "c002": E.LAST_NAME}
    assert all(d.method == "values+pair" and "other name part" in d.evidence for d in found.values())


def test_columns_already_decided_or_not_side_by_side_are_left_alone() -> None:
    df = _people(15, seed=32)
    apart = df[["c001", "ref", "c002", "status"]]
    assert pair_split_names(apart, list(apart.columns), found={c: None for c in apart.columns}) == {}


def test_repeated_levels_of_names_are_categories_not_people() -> None:
    df = _people(15, seed=33)
    df["c001"] = ["Anna", "Peter", "Maria"] * 5
    df["c002"] = ["Müller", "Schmidt", "Weber"] * 5
    assert pair_split_names(df, list(df.columns), found={c: None for c in df.columns}) == {}


def test_unlisted_given_names_beside_family_names_by_their_ending() -> None:
    # Macedonian: no Faker list; 3 in 10 given names are in the Russian/Bulgarian lists, the family names are told by
    # -ски/-ска/-ова/-ев.
    given = ["Дарија", "Александар", "Зоран", "Михаил", "Снежана", "Горан", "Билјана", "Елена", "Јована", "Марко"]
    family = ["СПАСОВСКА", "РИСТОВСКИ", "КОЦЕВА", "ЗАФИРОВСКА", "ЧУЛЕВ", "КРСТЕСКИ", "АРСОВСКА", "ТРАЈКОВСКИ"]
    df = pd.DataFrame({"c001": given * 2, "c002": (family * 3)[:20], "c003": ["a", "b"] * 10})
    found = pair_split_names(df, list(df.columns), found={c: None for c in df.columns})
    assert {c: d.entity for c, d in found.items()} == {"c001": E.FIRST_NAME, "c002": E.LAST_NAME}


def test_towns_beside_family_names_are_no_given_names() -> None:
    towns = ["Охрид", "Куманово", "Струмица", "Битола", "Велес", "Штип", "Кичево", "Гевгелија"] * 3
    family = ["СПАСОВСКА", "РИСТОВСКИ", "КОЦЕВА", "ЗАФИРОВСКА", "ЧУЛЕВ", "КРСТЕСКИ", "АРСОВСКА", "ТРАЈКОВСКИ"] * 3
    df = pd.DataFrame({"c001": towns, "c002": family})
    found = pair_split_names(df, list(df.columns), found={c: None for c in df.columns})
    assert "c001" not in found


# An invented given-name stock no list holds, beside family names found already, with e-mail addresses that spell
# the given names (one population of names).
_UNLISTED_GIVEN = ["Tavuko", "Merinde", "Soluka", "Pirawe", "Kenduro", "Lomasi", "Wetunde", "Ravoki", "Nasimbe"]


def _unlisted_split(n: int, second: list[str]) -> tuple[pd.DataFrame, dict]:
    from safe_synthesizer.pii.column_detector import ColumnDetection

    given = [_UNLISTED_GIVEN[i * 4 % 9] for i in range(n)]
    family = [["Relimba", "Ostavu", "Kanepo", "Talangi", "Vuketa"][i * 3 % 5] for i in range(n)]
    df = pd.DataFrame(
        {
            "c001": family,
            "c002": second if second else given,
            "c003": [f"{g.lower()}.{f.lower()}@mail.example" for g, f in zip(given, family, strict=True)],
        }
    )
    found = {
        "c001": ColumnDetection("c001", E.LAST_NAME, 0.9, 1.0, "values", n),
        "c002": None,
        "c003": ColumnDetection("c003", E.EMAIL, 1.0, 1.0, "values", n),
    }
    return df, found


def test_unlisted_given_names_beside_family_names_told_by_the_tables_other_person_columns() -> None:
    df, found = _unlisted_split(30, [])
    out = pair_split_names(df, ["c001", "c002", "c003"], found)
    assert out["c002"].entity == E.FIRST_NAME


def test_a_category_beside_family_names_is_in_no_person_column() -> None:
    levels = ["Tongan", "Fijian", "Samoan", "Niuean", "Tuvaluan", "Kiribati", "Nauruan", "Palauan", "Marshallese"]
    df, found = _unlisted_split(30, [levels[i * 2 % 9] for i in range(30)])
    assert "c002" not in pair_split_names(df, ["c001", "c002", "c003"], found)
