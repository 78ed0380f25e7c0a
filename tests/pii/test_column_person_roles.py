"""Headers that name a person by role (spouse, referrer, addressee, account holder, guardian, name gone by)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_person_roles import person_role_cues
from safe_synthesizer.pii.cues import tokens


@pytest.mark.parametrize(
    "header",
    ["Spouse", "Wife", "Cónyuge", "Conjoint(e)", "Echtgeno(o)t(e)", "Ehepartner/in", "Małżonek", "Coniuge",
     "Referred By", "referredBy", "Empfohlen von", "POAttentionTo", "Attn", "z. Hd.", "t.a.v.", "BankAccountName",
     "Account holder", "Kontoinhaber", "Titulaire du compte", "Erziehungsberechtigte/r 2", "Tuteur légal"],
)  # fmt: skip
def test_person_named_by_role(header: str) -> None:
    assert person_role_cues(tokens(header)) == {E.NAME}


@pytest.mark.parametrize("header", ["Preferred Name", "Preferred Forename", "Known As", "Prénom usuel"])
def test_name_gone_by_is_a_given_name(header: str) -> None:
    assert person_role_cues(tokens(header)) == {E.FIRST_NAME}


@pytest.mark.parametrize(
    "header", ["Referral Source", "Account Name", "Partner ID", "Client ID", "Email", "Wifi", "Status", "c005"]
)
def test_other_headers_name_no_role(header: str) -> None:
    assert person_role_cues(tokens(header)) == set()


def test_spouse_and_attention_headers_find_their_people() -> None:
    people = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.IBAN]
    df = pd.DataFrame(
        {
            "Małżonek": ["Halina", "Bogdan Wrona", None, "Jadwiga", "Zenon Piątek", None],
            "Attn": [None, "Greta Lindahl", None, None, "Oskar Fahlberg", None],
            "BankAccountName": ["Ingvar Sjöholm", None, "Britta Ekdahl", None, None, None],
        }
    )
    schema = infer_schema(df)
    for header in df.columns:
        det = detect_column(df[header], schema[header], entities=people)
        assert det is not None and det.entity == E.NAME, (header, det)
