"""Header cues added in session 40: Outlook's "Birthday" field in the languages it is exported in."""

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.replace import plan_columns


@pytest.mark.parametrize(
    "header", ["Compleanno", "Anniversaire", "Verjaardag", "Cumpleaños", "Födelsedag", "Syntymäpäivä", "Doğum günü"]
)
def test_outlook_birthday_field_in_other_languages(header: str) -> None:
    assert "date_of_birth" in cue_hints(header)


@pytest.mark.parametrize("header", ["Anniversaire de mariage", "Wedding anniversary", "Anniversario"])
def test_a_wedding_day_is_no_birth_date(header: str) -> None:
    assert "date_of_birth" not in cue_hints(header)


def test_a_translated_birthday_column_is_planned_as_birth_dates() -> None:
    df = pd.DataFrame(
        {
            "Nome": ["Ada", "Bruno", "Carla", "Dario", "Elsa", "Fabio"],
            "Compleanno": ["14/03/1961", "0/0/00", "2/11/1978", "0/0/00", "14/03/1961", "30/5/1990"],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Compleanno") == "date_of_birth"


def test_everyday_words_of_other_languages_abbreviate_no_cue_except_as_its_first_letters():
    # French "acte" is no "achternaam", Czech "stav" no birth date; Dutch "telefoon" still cuts its cue short.
    assert cue_hints("Nature de l acte") == set()
    assert cue_hints("stav") == set()
    assert cue_hints("Telefoon") == {"phone_number"}
    assert cue_hints("PSTLZ") == {"postcode"}


def test_number_in_romance_and_finnish_headers_is_no_romanian_name():
    # "Número de pedido", "Numéro où vous joindre": numero begins with Romanian "nume" (name), and means number.
    assert cue_hints("Número de pedido") == set()
    assert cue_hints("Numéro de téléphone") == {"phone_number"}
    assert cue_hints("Nume") >= {"last_name"}
