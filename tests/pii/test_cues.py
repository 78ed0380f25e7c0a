"""Column-name cues: the right entity for telling names, nothing for ordinary ones."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cues import cued_entities, tokens


def test_tokens_split_camel_snake_and_spaces():
    assert tokens("nameFirst") == {"name", "first"}
    assert tokens("e-mail_Address") == {"e", "mail", "address"}
    assert tokens("IPAddress") == {"ip", "address"}


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("nameFirst", "first_name"),
        ("nameLast", "last_name"),
        ("nameGiven", "first_name"),
        ("customer_name", "name"),
        ("birthCity", "city"),
        ("deathState", "state"),
        ("Phone Number", "phone_number"),
        ("email_address", "email"),
        ("dob", "date_of_birth"),
        ("birth_date", "date_of_birth"),
        ("zip", "postcode"),
        ("credit_card_number", "credit_debit_card"),
        ("ssn", "ssn"),
    ],
)
def test_cue_matches(column, entity):
    assert entity in cued_entities(column)


@pytest.mark.parametrize(
    "column",
    ["Division Name", "Class Name", "Department Name", "workclass", "native-country", "birthYear",
     "playerID", "last_login", "occupation", "race", "Review Text"],
)  # fmt: skip
def test_no_cue_for_ordinary_columns(column):
    assert cued_entities(column) == set()


def test_email_address_is_not_a_street_address():
    assert cued_entities("email_address") == {"email"}
