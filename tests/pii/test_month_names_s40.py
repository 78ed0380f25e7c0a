"""One table of month names for every date reader of columns (s40, DB): the written-date validator, the local
month reader and the date shifter look months up in :mod:`month_names`, so a language added there is read by all
(Catalan birth dates ``20 de juny de 1997``, ``15 d'agost de 1980`` were read by none)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_month_dates import local_date
from safe_synthesizer.pii.month_names import month_forms, month_number
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators.dates import parse_written_date


def test_month_number_of_any_language_case_accent_and_dot() -> None:
    assert month_number("Févr.") == 2
    assert month_number("IOULIOU") is None  # Latin letters are not Greek
    assert month_number("Ιουλίου") == 7
    assert month_number("juny") == 6  # Catalan
    assert month_number("mayis") == month_number("mayıs") == 5  # Turkish typed without its dotless i
    assert month_number("listopada") == 11  # Polish first: the first language listed wins
    assert month_number("table") is None


def test_catalan_birth_dates_read_by_both_readers() -> None:
    assert parse_written_date("20 de juny de 1997") == date(1997, 6, 20)
    assert parse_written_date("15 d'agost de 1980") == date(1980, 8, 15)
    assert local_date("2 d’octubre de 1974") == date(1974, 10, 2)


def test_shifters_api_kept() -> None:
    assert month_forms()["es"][2] == ["marzo"]


def test_a_catalan_birth_date_column_by_its_values() -> None:
    months = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
              "novembre", "desembre"]  # fmt: skip
    cells = []
    for i in range(40):
        y, m, d = 1940 + (i * 7) % 60, (i * 5) % 12, 1 + (i * 11) % 28
        if i % 3 == 0:
            cells.append(f"{d} {'d’' if months[m][0] in 'aeiou' else 'de '}{months[m]} de {y}")
        else:
            cells.append(f"{y}-{m + 1:02d}-{d:02d}")
    df = pd.DataFrame({"c000": cells, "c001": [f"R{i:03d}" for i in range(40)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") == "date_of_birth"
