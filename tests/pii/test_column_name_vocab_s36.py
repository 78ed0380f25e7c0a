"""Name columns told by the words a full-name column shares with its given-name and surname columns (session 36)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

# Names no Faker list holds (Serbian Cyrillic, Mongolian, Angolan), for tables of 24 rows.
SERBIAN = (
    [
        "Душан",
        "Милош",
        "Јована",
        "Милица",
        "Драгана",
        "Весна",
        "Бранко",
        "Зоран",
        "Снежана",
        "Ненад",
        "Дејан",
        "Тијана",
        "Ђорђе",
        "Вук",
        "Сава",
    ],
    [
        "Јовановић",
        "Петровић",
        "Ђорђевић",
        "Стојановић",
        "Илић",
        "Станковић",
        "Павловић",
        "Томић",
        "Симић",
        "Лазић",
        "Ристић",
        "Живковић",
    ],
)
MONGOLIAN = (
    [
        "Ганбаатар",
        "Тэмүүжин",
        "Энхбаяр",
        "Болд",
        "Мөнхбат",
        "Оюунчимэг",
        "Цэцэг",
        "Номин",
        "Сарангэрэл",
        "Хулан",
        "Баярмаа",
        "Ганзориг",
    ],
    [
        "Баатар",
        "Дорж",
        "Ганбат",
        "Батсүх",
        "Лхагва",
        "Очир",
        "Пүрэв",
        "Жаргал",
        "Сүрэн",
        "Цэрэн",
        "Дамдин",
        "Мягмар",
        "Гомбо",
        "Түмэн",
    ],
)
ANGOLAN = (
    [
        "Manuel",
        "Madalena",
        "Domingas",
        "Joaquim",
        "Francisca",
        "Adão",
        "Esperança",
        "Graciano",
        "Celestino",
        "Albertina",
        "Justino",
        "Benvinda",
    ],
    [
        "Mateta",
        "Quissanga",
        "Kiala",
        "Cassoma",
        "Tchipilica",
        "Muteka",
        "Cangombe",
        "Lutonda",
        "Bumba",
        "Chilala",
        "Nzinga",
        "Kalandula",
    ],
)


def _table(names: tuple[list[str], list[str]], seed: int, upper_family: bool = False, rows: int = 24) -> pd.DataFrame:
    rng = random.Random(seed)
    given, family = names

    def fam() -> str:
        word = rng.choice(family)
        return word.upper() if upper_family else word

    return pd.DataFrame(
        {
            "c000": [f"K{seed}{i:03d}" for i in range(rows)],
            "c001": [rng.choice(given) for _ in range(rows)],
            "c002": [fam() for _ in range(rows)],
            "c003": [f"{rng.choice(given)} {fam()}" for _ in range(rows)],
            "c004": [str(rng.randint(1, 40)) for _ in range(rows)],
        }
    )


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


@pytest.mark.parametrize(("names", "upper"), [(SERBIAN, False), (MONGOLIAN, True), (ANGOLAN, True)])
def test_unlisted_given_family_and_full_names_are_planned(names, upper):
    plans = _plans(_table(names, 36501, upper_family=upper))
    assert plans.get("c001") == "first_name"
    assert plans.get("c002") == "last_name"
    assert plans.get("c003") == "name"
    assert plans.get("c004") is None


def test_part_kind_from_column_order_when_nothing_else_tells():
    df = _table(SERBIAN, 36502)
    df = df[["c000", "c002", "c001", "c003", "c004"]].set_axis(["c000", "c001", "c002", "c003", "c004"], axis=1)
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    found = vocab_names(df, list(df.columns), dict.fromkeys(df.columns))
    # Surnames by their ending are no evidence here; the family names' lists hold none: the order decides.
    assert {c: d.entity for c, d in found.items()} in (
        {"c001": "first_name", "c002": "last_name", "c003": "name"},
        {"c001": "last_name", "c002": "first_name", "c003": "name"},
    )
    assert found["c003"].method == "values+vocab"


def test_no_whole_column_means_no_finding():
    df = _table(SERBIAN, 36503).drop(columns=["c003"])
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    assert vocab_names(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_lookalikes_share_no_name_words():
    rng = random.Random(36504)
    given, family = SERBIAN
    rows = 24
    df = pd.DataFrame(
        {
            "full": [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(rows)],
            # a firm repeats its legal form in every cell; staff names repeat on most rows; pets are pet names
            "firm": [f"{rng.choice(family)} ДОО" for _ in range(rows)],
            "staff": [rng.choice(["Вук Илић", "Сава Томић", "Весна Лазић"]) for _ in range(rows)],
            "pet": [
                rng.choice(["Рекс", "Мица", "Жућа", "Боби", "Луна", "Макс", "Цица", "Медо", "Гара", "Шарко"])
                for _ in range(rows)
            ],
            "product": [f"{rng.choice(given)} lamp {rng.randint(2, 9)}" for _ in range(rows)],
        }
    )
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    found = vocab_names(df, list(df.columns), dict.fromkeys(df.columns))
    assert set(found) <= {"full"}
    assert not found  # no part column: the full names alone are not told by shared words


def test_firm_column_is_no_whole_column():
    rng = random.Random(36505)
    given, family = SERBIAN
    rows = 24
    df = pd.DataFrame(
        {
            "given": [rng.choice(given) for _ in range(rows)],
            "family": [rng.choice(family) for _ in range(rows)],
            "firm": [f"{rng.choice(given)} {rng.choice(family)} ДОО" for _ in range(rows)],
        }
    )
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    assert vocab_names(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_two_full_name_columns_sharing_given_and_family_names_are_names():
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    rng = random.Random(36506)
    given, family = MONGOLIAN
    rows = 24
    df = pd.DataFrame(
        {
            "client": [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(rows)],
            "visits": [str(rng.randint(1, 9)) for _ in range(rows)],
            # the emergency contact written family name first
            "contact": [f"{rng.choice(family)} {rng.choice(given)}" for _ in range(rows)],
        }
    )
    found = vocab_names(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"client": "name", "contact": "name"}
    assert _plans(df.set_axis(["c000", "c001", "c002"], axis=1)).get("c000") == "name"


def test_two_columns_of_given_names_at_both_ends_are_no_twins():
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    rng = random.Random(36507)
    given = SERBIAN[0]
    rows = 24
    df = pd.DataFrame(
        {
            "a": [f"{rng.choice(given)} {rng.choice(given)}" for _ in range(rows)],
            "b": [f"{rng.choice(given)} {rng.choice(given)}" for _ in range(rows)],
        }
    )
    assert vocab_names(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_surnames_by_their_ending_decide_the_kind_when_full_names_are_written_family_first():
    from safe_synthesizer.pii.column_name_vocab import vocab_names

    rng = random.Random(36508)
    given, family = SERBIAN
    rows = 24
    df = pd.DataFrame(
        {
            "given": [rng.choice(given) for _ in range(rows)],
            "visits": [str(rng.randint(1, 9)) for _ in range(rows)],
            "family": [rng.choice(family) for _ in range(rows)],
            # family name first, and the part columns not side by side: neither order nor position says which
            "contact": [f"{rng.choice(family)} {rng.choice(given)}" for _ in range(rows)],
        }
    )
    found = vocab_names(df, list(df.columns), dict.fromkeys(df.columns))
    assert {c: d.entity for c, d in found.items()} == {"given": "first_name", "family": "last_name", "contact": "name"}
