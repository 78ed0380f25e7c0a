"""Small tables' name columns (s38, FX): a short list of people with repeat customers (one person on two rows)
and decorated cells (``(née Jones)``, nicknames) counts under 20 distinct names; staff on duty and products
stay out."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_people import mixed_people
from safe_synthesizer.pii.column_person_evidence import few_people
from safe_synthesizer.pii.column_sample import sample_values

_PEOPLE = ["Anna Becker", "Peter Wilson", "Laura Moreau", "Thomas Rossi", "Sofia Jansen", "Martin Garcia",
           "Clara Fischer", "David Taylor", "Julia Dubois", "Simon Romano", "Elena Visser", "Lucas Lopez",
           "Maria Wagner", "Jonas Walker"]  # fmt: skip


def test_repeat_customers_are_still_a_short_list_of_people() -> None:
    cells = _PEOPLE + _PEOPLE[:10]  # 14 people on 24 rows: 1.7 rows each
    assert few_people(sample_values(pd.Series(cells), 500, 0), known=1.0)


def test_staff_on_duty_are_no_short_list() -> None:
    cells = _PEOPLE[:8] * 4  # 8 names on 32 rows
    assert not few_people(sample_values(pd.Series(cells), 500, 0), known=1.0)


def test_small_column_of_decorated_names_is_people() -> None:
    cells = [f"{p} (née {_PEOPLE[(i + 3) % 14].split()[1]})" if i % 3 == 0 else p for i, p in enumerate(_PEOPLE)]
    assert mixed_people(sample_values(pd.Series(cells + cells[:6]), 500, 0)) is not None


def test_small_column_of_products_with_remarks_stays_out() -> None:
    cells = [f"{p} ({s})" for p in ("Milano Sofa", "Oak Desk", "Aspen Duvet", "Sierra Rug") for s in ("S", "M", "XL")]
    assert mixed_people(sample_values(pd.Series(cells), 500, 0)) is None
