"""A survey export's birth-date answer under two header rows (session 41): the question text, then the tool's
field-id row (Qualtrics writes ``{"ImportId":"QID9"}``) above a handful of answers."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_few_births import sub_headed_birth_dates
from safe_synthesizer.pii.replace import plan_columns

_ANSWERS = ["12/03/1971", None, "1958-11-30", "02/09/1984", None, "17/06/1999", "30/01/1963", None, "1977-05-08",
            "09/10/1945"]  # fmt: skip


def _survey() -> pd.DataFrame:
    surnames = ["Lindgren", "Achebe", "Moreno Ruiz", "Kovács", "Brennan", "Tanaka", "Oyelaran", "Haddad",
                "Fitzgerald", "Novak"]  # fmt: skip
    given = ["Maren", "Chidi", "Lucía", "Bence", "Siobhan", "Haruto", "Tolu", "Rami", "Ciara", "Petra"]
    return pd.DataFrame(
        {
            "c000": ["Last name", '{"ImportId":"lastName"}', *surnames],
            "c001": ["First name", '{"ImportId":"firstName"}', *given],
            "c002": ["E-mail", '{"ImportId":"email"}', *[f"{g.lower()}.{s.split()[0].lower()}@example.org"
                                                         for g, s in zip(given, surnames, strict=True)]],
            "c003": ["Your date of birth (to find your record)", '{"ImportId":"QID9"}', *_ANSWERS],
        }
    )  # fmt: skip


def test_field_id_row_under_the_question_is_a_header_and_a_date_there_a_value():
    assert sub_headed_birth_dates(_survey()["c003"]) is not None
    # Only a cell no date column holds is read as a header row; a year under the question stays an answer.
    assert sub_headed_birth_dates(pd.Series(["Date of birth", "1950", *_ANSWERS])) is not None


def test_survey_birth_answers_planned_with_names_hidden():
    df = _survey()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c003") == "date_of_birth"
