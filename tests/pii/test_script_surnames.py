"""Name columns in scripts the column checks did not read (Armenian, Bengali...) and Slavic family names told
by their ending (Macedonian has no Faker list): ``script_surnames`` through the validators and the detector."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_name_pairs import pair_split_names
from safe_synthesizer.pii.script_surnames import (
    cyrillic_surname_shaped,
    lexicon_family_known,
    lexicon_given_known,
)

ALL = list(KNOWN_ENTITIES)


def _entity(values: list[str], name: str) -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


def _names(locale: str, seed: int, n: int, kind: str) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return [getattr(fake, kind)() for _ in range(n)]


@pytest.mark.parametrize(
    ("value", "given", "family"),
    [
        ("Գաբրիել", True, False),
        ("ԳԱԲՐԻԵԼ", True, False),
        ("Երկանյան", False, True),  # listed, and the -յան ending
        ("Քոչինյան", False, True),
        ("রুদ্র", True, False),
        ("নয়ন", True, False),
        ("Иван", False, False),  # Cyrillic: read by the column checks' own lists
        ("Maria", False, False),
    ],
)
def test_spaced_script_lists_read_for_columns(value: str, given: bool, family: bool) -> None:
    assert lexicon_given_known(value) is given
    assert lexicon_family_known(value) is family


@pytest.mark.parametrize("word", ["Спасовска", "РИСТОВСКИ", "Коцева", "Чулев", "Крстески", "Јовановић", "Шевченко"])
def test_slavic_family_names_by_their_ending(word: str) -> None:
    assert cyrillic_surname_shaped(word)
    assert V.last_name_known(word)


@pytest.mark.parametrize("word", ["Марина", "Лев", "Ева", "Зоран", "Дарија", "Охрид", "Спасов1"])
def test_given_names_and_short_words_are_no_shaped_surname(word: str) -> None:
    assert not cyrillic_surname_shaped(word)


def test_initials_then_a_shaped_surname_and_given_then_shaped_surname_are_full_names() -> None:
    assert V.full_name_known("Михаил Крстески")
    assert not V.full_name_known("Охрид Струмица")


def test_bengali_words_with_vowel_signs_are_name_shaped() -> None:
    assert V.is_name_shaped_any_case("রুদ্র")
    assert V.is_name_shaped_any_case("অর্ণব সেন")


@pytest.mark.parametrize(
    ("locale", "kind", "name", "entity"),
    [
        ("hy_AM", "first_name", "patient.անուն", "first_name"),
        ("hy_AM", "last_name", "ազգանուն", "last_name"),
        ("hy_AM", "first_name", "c000", "first_name"),
        ("hy_AM", "last_name", "c001", "last_name"),
        ("bn_BD", "first_name", "HOMEOWNER_FIRST_NAME", "first_name"),
        ("bn_BD", "last_name", "LNAME", "last_name"),
    ],
)
def test_name_columns_in_armenian_and_bengali(locale: str, kind: str, name: str, entity: str) -> None:
    assert _entity(_names(locale, 3201, 60, kind), name) == entity


def test_upper_case_macedonian_surnames_under_a_header() -> None:
    values = ["СПАСОВСКА", "РИСТОВСКИ", "КОЦЕВА", "ЗАФИРОВСКА", "ЧУЛЕВ", "КРСТЕСКИ", "АРСОВСКА", "НИКОЛОВСКИ"] * 3
    assert _entity(values, "pupil last name") == "last_name"


def test_armenian_given_and_family_columns_found_as_a_pair() -> None:
    n = 24
    df = pd.DataFrame(
        {
            "c000": _names("hy_AM", 3202, n, "first_name"),
            "c001": _names("hy_AM", 3203, n, "last_name"),
            "c002": ["open", "closed", "pending"] * (n // 3),
        }
    )
    found = {c: None for c in df.columns}
    assert {c: d.entity for c, d in pair_split_names(df, list(df.columns), found).items()} == {
        "c000": "first_name",
        "c001": "last_name",
    }


def test_armenian_abbreviated_doctor_is_a_title() -> None:
    from safe_synthesizer.pii.text_script_people import script_person_value

    assert script_person_value("բժ. Լաուրա Զարուբյան") == (True, True)
