"""Addressee columns written as the row's given-name initial and surname, in scripts with vowel signs
(``column_same_row_names``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_same_row_names import same_row_names

# A Hindi mailing list (given, family, addressee): the addressee is the given name's initial and the surname; one
# spelling carries a zero-width joiner, one addressee is the whole name.
_HINDI = [
    ("राजेश", "वर्मा", "र. वर्मा"), ("सुनीता", "अग्रवाल", "स. अग्रवाल"), ("विकास", "त्रिपाठी", "व. त्रिपाठी"),
    ("पूजा", "श्रीवास्\u200dतव", "प. श्रीवास्\u200dतव"), ("अमित", "चौहान", "अमित चौहान"), ("नेहा", "मिश्रा", "न. मिश्रा"),
]  # fmt: skip
# A Thai one: Thai words end in tone marks and vowel signs, no letters.
_THAI = [("สมชาย", "ใจดี", "ส. ใจดี"), ("วิไลวรรณ", "ศรีสุข", "ว. ศรีสุข"), ("ประยุทธ์", "บุญมี", "ป. บุญมี"),
         ("กาญจนา", "แก้วมณี", "ก. แก้วมณี")]  # fmt: skip


_PAIR = {"c000": E.FIRST_NAME, "c001": E.LAST_NAME}


def _frame(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["c000", "c001", "c002"]).assign(c003=["A", "B"] * (len(rows) // 2))


def test_initial_and_surname_of_the_row_is_a_name_in_devanagari() -> None:
    found = same_row_names(
        _frame(_HINDI), ["c000", "c001", "c002", "c003"], {"c000": E.FIRST_NAME, "c001": E.LAST_NAME}
    )
    assert {c: d.entity for c, d in found.items()} == {"c002": E.NAME}


def test_initial_and_surname_of_the_row_is_a_name_in_thai() -> None:
    found = same_row_names(_frame(_THAI), ["c000", "c001", "c002", "c003"], _PAIR)
    assert {c: d.entity for c, d in found.items()} == {"c002": E.NAME}
    # An initial must stand for a word of the row: ``A. Jensen`` beside ``Karen Jensen`` is no match.
    df = pd.DataFrame({"c000": ["Karen", "Lars", "Mette"], "c001": ["Jensen", "Holm", "Dahl"],
                       "c002": ["A. Jensen", "B. Holm", "C. Dahl"]})  # fmt: skip
    assert same_row_names(df, ["c000", "c001", "c002"], _PAIR) == {}
