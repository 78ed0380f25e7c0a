"""Id columns whose cells carry the id with a document word or an expiry: decided on the ids inside."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_dressed import dressed_id_columns, dressed_id_sample

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(number: int) -> str:
    return f"{number:08d}{_DNI_LETTERS[number % 23]}"


def _dressed_dnis(n: int) -> list[str]:
    out = []
    for i in range(n):
        dni = _dni(13_572_468 + 7_919 * i)
        out.append([f"NIC/ {dni}", f"{dni} (exp. 203{i % 9}-0{i % 9 + 1})", dni, f"DOC/ {dni}"][i % 4])
    return out


def test_dressed_dni_column_is_a_national_id_column() -> None:
    values = [*_dressed_dnis(12), "", "", "no facilitado"]
    df = pd.DataFrame({"c008": values, "c009": [f"Kayak {i}" for i in range(15)]})
    found = dressed_id_columns(df, ["c008", "c009"], {"c008": None, "c009": None})
    assert found["c008"].entity == "national_id"
    assert "c009" not in found


def test_a_decided_column_is_left_to_its_finding() -> None:
    df = pd.DataFrame({"c008": _dressed_dnis(12)})
    phone = ColumnDetection("c008", "phone_number", 0.9, 0.9, "values", 12)
    assert dressed_id_columns(df, ["c008"], {"c008": phone}) == {}  # decided by a rule: not read again


def test_random_codes_with_words_stay_undecided() -> None:
    values = [f"Ref/ {48_213_907 + 3_517 * i}{'ABCDEFGHJK'[i % 10]}" for i in range(14)]
    df = pd.DataFrame({"c003": values})
    assert dressed_id_columns(df, ["c003"], {"c003": None}) == {}


def test_undressed_ids_are_left_to_the_bare_checks() -> None:
    assert dressed_id_sample([_dni(10_000_000 + 37 * i) for i in range(8)]) is None


def test_sentences_are_not_read() -> None:
    notes = [f"Checked the passport of the guest at the desk, number {_dni(20_000_000 + i)}, fine" for i in range(9)]
    assert dressed_id_sample(notes) is None
