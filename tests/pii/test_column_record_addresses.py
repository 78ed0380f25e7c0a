"""Address columns of record cells, mostly empty ones too; other record columns are not addresses."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_record_addresses import record_address_columns


def test_thin_column_of_address_records_with_missing_words() -> None:
    cells = [""] * 20 + ['{"street": "Kebele 03, H.No. 12", "city": "Adama"}', "not provided",
                         '{"street": "Bole Road", "city": "Addis Ababa"}']  # fmt: skip
    df = pd.DataFrame({"c007": cells})
    assert record_address_columns(df, ["c007"], {"c007": None})["c007"].entity == E.ADDRESS


def test_records_of_other_things_and_decided_columns_left() -> None:
    df = pd.DataFrame(
        {
            "items": ['{"sku": "A-1", "qty": 2}', '{"sku": "B-7", "qty": 1}'],
            "contact": ['{"name": "Ana Berg", "street": "Am Markt 3"}', '{"name": "Udo Lind", "street": "Ring 2"}'],
            "home": ['{"street": "Ring 2", "city": "Kamenz"}', '{"street": "Am Markt 3", "city": "Bautzen"}'],
        }
    )
    found = {"items": None, "contact": None, "home": None}
    assert set(record_address_columns(df, list(df.columns), found)) == {"home"}
