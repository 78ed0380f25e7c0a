"""A row's own address repeated in its note in parts or with no house number (set 34's st_LS shelter table kept
``Ha ...`` villages and ``Plot N, <suburb>``, pt_ST's ``Bairro ...``; my own addresses here)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_row_values import row_streets, row_value_spans
from safe_synthesizer.pii.text_spans import resolve_spans
from safe_synthesizer.pii.text_street_row_parts import row_street_parts, street_keys


class _Plan:
    def __init__(self, column: str, entity: str) -> None:
        self.column, self.entity = column, entity


def _found(text: str, streets: list[str]) -> list[str]:
    return [
        text[s.start : s.end]
        for s in resolve_spans(row_value_spans(text, None, streets))
        if s.entity == E.STREET_ADDRESS
    ]


def test_a_village_with_no_number_is_a_key() -> None:
    assert street_keys("Ha Mohalalitoe, Mafeteng", E.ADDRESS) == ["Ha Mohalalitoe"]
    assert street_keys("Largo das Palmeiras", E.STREET_ADDRESS) == ["Largo das Palmeiras"]
    # One word: only a word no common list holds; the town alone (last part) is never a key.
    assert street_keys("Mbabanehill", E.STREET_ADDRESS) == ["Mbabanehill"]
    assert street_keys("Centre", E.STREET_ADDRESS) == []
    assert "Mafeteng" not in street_keys("Ha Mohalalitoe, Mafeteng", E.ADDRESS)


def test_leading_parts_joined_and_inner_parts() -> None:
    keys = street_keys("Stand 88, Thabong, Leribe 300", E.ADDRESS)
    assert keys == ["Stand 88, Thabong", "Stand 88"]
    keys = street_keys("Av. Tombalbaye n°12, Q/ Kimbangu, C/ Kalamu, Kinshasa", E.ADDRESS)
    assert "Av. Tombalbaye n°12, Q/ Kimbangu, C/ Kalamu" in keys
    assert {"Q/ Kimbangu", "C/ Kalamu"} <= set(keys)
    assert not any("Kinshasa" in k for k in keys)
    # A flat or floor part alone identifies no one.
    keys = street_keys("Rue Kitoko 4, Apt 12, floor 3, Goma", E.ADDRESS)
    assert "Apt 12" not in keys and "floor 3" not in keys


def test_row_street_parts_find_the_village_in_the_note() -> None:
    df = pd.DataFrame(
        {
            "Adopter Address": ["Ha Mohalalitoe, Mafeteng", "Stand 88, Thabong, Leribe 300", None],
            "Notes": ["x", "y", "z"],
        }
    )
    plans = [_Plan("Adopter Address", E.ADDRESS), _Plan("Notes", E.FREE_TEXT)]
    # Before: the street line needs a digit, so the village is no key.
    assert row_streets(df, plans) == [[], ["Stand 88"], []]
    parts = row_street_parts(df, plans)
    assert parts is not None
    note = "Home visit done at ha mohalalitoe on Monday; dog settled."
    assert _found(note, parts[0]) == ["ha mohalalitoe"]
    note = "Lives at Stand 88, Thabong with two children."
    assert _found(note, parts[1]) == ["Stand 88, Thabong"]
    assert parts[2] == []


def test_no_address_column_no_keys() -> None:
    df = pd.DataFrame({"Notes": ["Ha Mohalalitoe is far"]})
    assert row_street_parts(df, [_Plan("Notes", E.FREE_TEXT)]) is None
