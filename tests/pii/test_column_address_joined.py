"""Whole addresses of a mailing-list export, the fields joined by two spaces and ending in a country code (s39, PP)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_joined import joined_address_cell
from safe_synthesizer.pii.replace import plan_columns

_CELLS = ["Storgata 14  Tromsø    9008  NO", "Rua das Flores 88  2º Esq.  Braga    4700-321  PT",
          "Kongensgate 3  Bodø    8006  NO", "Avenida da Liberdade 201  Lisboa    1250-142  PT",
          "Elm Row 9  Flat 2  Edinburgh    EH7 4AA  GB", "Møllergata 40  Oslo    0179  NO",
          "Rua Augusta 5  Porto    4000-094  PT", "412 Pine St  Suite 3  Seattle  WA  98101  US",
          "Nygata 7  Hamar    2317  NO", "Travessa do Carmo 12  Coimbra    3000-099  PT"]  # fmt: skip


def test_cells() -> None:
    assert joined_address_cell("Storgata 14  Tromsø    9008  NO")
    assert joined_address_cell("412 Pine St  Suite 3  Seattle  WA  98101  US")
    assert not joined_address_cell("Storgata 14, 9008 Tromsø")  # one field: the other checks read it
    assert not joined_address_cell("paid  by card  NO")  # no number
    assert not joined_address_cell("Storgata 14  Tromsø    9008  Norway")  # the country as its code only


def test_joined_address_column_is_an_address_with_its_header_hidden() -> None:
    rows = _CELLS + _CELLS[:4]
    df = pd.DataFrame({"c000": rows, "c001": [str(i % 3) for i in range(len(rows))]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans == {"c000": "address"}


def test_a_few_branch_addresses_are_not_enough() -> None:
    df = pd.DataFrame({"c000": _CELLS[:3] * 6, "c001": [str(i % 3) for i in range(18)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert "c000" not in plans
