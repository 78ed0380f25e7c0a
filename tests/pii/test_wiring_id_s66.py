"""Session 66 helper ID wiring, end to end (fails without the wiring of /work/s66docs/wiring_ID.md, passes with it):
id columns of bare, spaced and dressed ids (the respelled id pass in ``detect_table``), address columns in a
container (the container pass in ``detect_table``, the fake written back in ``fakes``), JSON-LD address records
(``@type`` skipped in ``address_record_cells``)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

N = 16
SNILS = ["7 9 6 - 1 5 3 - 6 9 2 5 6", "430-485-367 71 ✔ verified", "313-121-962 16", "251-231-295 24, exp. 06/2035"]
SSNS = ["804-83-4333, exp. 02/2027", "6 7 0 - 6 8 - 1 0 3 1", 'number: "670-68-1031"', "638-97-8865", "851-24-7666",
        "3 6 4 - 3 6 - 6 0 4 9", "364-36-6049 ✔ verified", "804-83-4333"]  # fmt: skip
TUPLES = ["('Bi de Möhl 16', 'Ollnborg', '26122')", "('An''n Karkhoff 8', 'Auerk', '26603')",
          "('Vör de Döör 3', 'Hamborg', '21073')", "('Achter de Kark 31', 'Hamborg', '22041')",
          "('Ünnern Diek 43a', 'Ollnborg', '26122')", "('Oll Dörp 28a', 'Ollnborg', '26122')",
          "('Op''n Kamp 25', 'Leer', '26789')", "('Lütt Moor 42', 'Hamborg', '21073')"]  # fmt: skip
JSONLD = [
    '{"@type": "PostalAddress", "streetAddress": "Scholtzstr. 7/2", "addressLocality": "Neustrelitz", '
    f'"postalCode": "7280{i}"}}'
    for i in range(8)
]


@pytest.fixture(scope="module")
def table() -> tuple[pd.DataFrame, dict[str, str | None], pd.DataFrame]:
    """One small register with the four columns (names hidden), planned once and replaced once."""
    df = pd.DataFrame(
        {
            "c000": [f"R{i:03d}" for i in range(N)],
            "c001": [str(10 + i % 7) for i in range(N)],
            "c002": (SNILS * N)[:N],
            "c003": (SSNS * N)[:N],
            "c004": (TUPLES * N)[:N],
            "c005": (JSONLD * N)[:N],
        }
    )
    schema = infer_schema(df)
    plans = {p.column: p.entity for p in plan_columns(df, schema, ReplacePiiParameters(), seed=0)}
    return df, plans, replace_pii(df, schema, ReplacePiiParameters(), seed=0).data


def test_snils_column_is_an_id_not_a_phone(table) -> None:
    assert table[1].get("c002") == "national_id"


def test_ssn_column_is_an_ssn_not_a_phone(table) -> None:
    # A guard (it passes without the wiring too in so small a table): the spaced and dressed SSNs are no phones.
    assert table[1].get("c003") in ("ssn", "national_id")


def test_tuple_address_column_faked_inside_the_tuple(table) -> None:
    df, plans, out = table
    assert plans.get("c004") == "address"
    for before, after in zip(df["c004"], out["c004"], strict=True):
        assert after.startswith("('") and after.endswith("')") and after.count("', '") == 2
        assert before.split("'")[1] not in after


def test_jsonld_address_column(table) -> None:
    _, plans, out = table
    assert plans.get("c005") == "address"
    assert all('"@type": "PostalAddress"' in v and "Scholtzstr" not in v for v in out["c005"])
