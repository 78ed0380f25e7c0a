"""Phone columns read by chains of digit groups, and the columns of codes with letters they must not take."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_chains import chain_phone_columns


def _french_mobiles(n: int) -> list[str]:
    """French mobiles, every third with its last digits as keypad letters (a digit 0 or 1 stays a digit)."""
    rng = random.Random(7)
    keys = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}
    out: list[str] = []
    while len(out) < n:
        digits = "06" + "".join(rng.choice("0123456789") for _ in range(8))
        if not phonenumbers.is_valid_number(phonenumbers.parse(digits, "FR")):
            continue
        i = len(out)
        if i % 3 == 0:
            digits = digits[:6] + "".join(rng.choice(keys[d]) if d in keys else d for d in digits[6:])
        out.append(" ".join(digits[j : j + 2] for j in range(0, 10, 2)))
    return out


_SPELLED_FR = _french_mobiles(48)


def _anchor(locale: str) -> dict[str, ColumnDetection]:
    return {"name": ColumnDetection("name", "name", 0.9, 0.9, "rules", 10, locale, "")}


def test_a_column_of_phones_some_spelled_with_keypad_letters_is_phones() -> None:
    df = pd.DataFrame({"c002": _SPELLED_FR})
    got = chain_phone_columns(df, ["c002"], {"c002": None, **_anchor("fr_FR")})
    assert got["c002"].entity == "phone_number"
    assert got["c002"].locale == "fr_FR"


def test_dialled_in_brackets_and_after_a_word_the_column_is_phones() -> None:
    cells = ["(0043) 664 123 4567", "Landesvorwahl 43, 6769876543", "(0043) 699 1122 3344", "0664 555 1234",
             "Landesvorwahl 43, 6641112233", "(0043) 676 3344 556", "0699 8765 4321"]  # fmt: skip
    got = chain_phone_columns(pd.DataFrame({"c005": cells}), ["c005"], {"c005": None})
    assert got["c005"].entity == "phone_number"


def test_a_column_only_the_classifier_named_as_people_is_read() -> None:
    found = {"c002": ColumnDetection("c002", "name", 0.7, 0.0, "classifier", 10, None, ""), **_anchor("fr_FR")}
    assert chain_phone_columns(pd.DataFrame({"c002": _SPELLED_FR}), ["c002"], found)["c002"].entity == "phone_number"


def test_a_rule_finding_is_left() -> None:
    found = {"c002": ColumnDetection("c002", "name", 0.7, 0.7, "rules", 10, None, ""), **_anchor("fr_FR")}
    assert chain_phone_columns(pd.DataFrame({"c002": _SPELLED_FR}), ["c002"], found) == {}


def test_codes_with_letters_dates_and_amounts_are_no_phones() -> None:
    df = pd.DataFrame({
        "postcode": ["1012 AB", "2511 CV", "3581 KL", "9711 LM", "5611 ZZ", "1234 XY", "6821 BN", "7411 KP"],
        "id_seen": ["4417902 LP", "5528013 LP", "6639124 SC", "7740235 LP", "8851346 CB", "9962457 LP", "1073568 LP",
                    "2184679 OR"],
        "joined": ["04 07 2025", "24 06 2025", "02 05 2026", "13 03 2026", "19 11 2025", "08 08 2024", "30 01 2026",
                   "17 12 2025"],
        "amount": ["1 234,56", "12 345", "2 450,00", "980,50", "13 200", "4 567,89", "7 777", "15 000"],
        "gps": ["35.675835", "35.681220", "35.690311", "35.702114", "35.660010", "35.671908", "35.688845", "35.699001"],
    })  # fmt: skip
    names = list(df.columns)
    assert chain_phone_columns(df, names, {**dict.fromkeys(names), **_anchor("nl_NL")}) == {}
