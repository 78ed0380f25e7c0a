"""Prose columns with inline addresses stay free text (issue 11, the note-as-address defect)."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.text_prose import is_prose_value, prose_share, prose_words

_VERBS = ("Visited", "Saw her at", "Home visit to", "Dropped the meds at", "Checked on him at")
_TAILS = ("if worse.", "if the pain returns.", "to book a review.", "should the swelling come back.", "with questions.")


def _notes(n: int = 60) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(1)
    return [
        f"{_VERBS[i % 5]} {fake.street_address()}, {fake.city()} {fake.postcode()}; call {fake.phone_number()} "
        f"{_TAILS[i % 5]}"
        for i in range(n)
    ]


def test_note_with_inline_address_is_prose() -> None:
    note = "Visited 12 High Street, Leeds LS1 4AB; call 0113 496 0000 if worse."
    assert prose_words(note) == 3  # "call", "if", "worse" (capitalised "Visited" is not counted)
    assert is_prose_value(note)
    assert not is_prose_value("12 rue de la Paix, 75002 Paris")
    assert not is_prose_value("Calle de San Bernardo 12, piso 3, puerta 2, 28015 Madrid")


def test_note_column_is_free_text_not_address() -> None:
    df = pd.DataFrame({"id": range(60), "note": _notes()})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans["note"] == "free_text"


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "cs_CZ", "nl_NL"])
def test_address_columns_are_not_prose(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(0)
    assert prose_share([fake.address() for _ in range(200)]) == 0.0


def test_lower_case_cells_count_function_words_only() -> None:
    assert not is_prose_value("calle de lino córdoba 73\npiso 3\nla rioja, 06761")
    assert is_prose_value("visited 12 high street, leeds ls1 4ab; call 0113 496 0000 if it gets worse or is back")
