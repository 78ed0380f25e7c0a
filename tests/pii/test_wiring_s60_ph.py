"""Session 60 PH wiring: phones with keypad letters found from their values and faked as valid numbers in digits."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_KEYS = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}


def _spelled_mobiles(n: int) -> list[str]:
    """Valid French mobiles, every third with its last digits as keypad letters (0 and 1 stay digits)."""
    rng = random.Random(11)
    out: list[str] = []
    while len(out) < n:
        digits = "06" + "".join(rng.choice("0123456789") for _ in range(8))
        if not phonenumbers.is_valid_number(phonenumbers.parse(digits, "FR")):
            continue
        if len(out) % 3 == 0:
            digits = digits[:6] + "".join(rng.choice(_KEYS[d]) if d in _KEYS else d for d in digits[6:])
        out.append(" ".join(digits[j : j + 2] for j in range(0, 10, 2)))
    return out


def test_hidden_phone_column_with_keypad_letters_is_found_and_faked_in_digits() -> None:
    phones = _spelled_mobiles(48)
    firsts = ["Camille", "Louis", "Manon", "Hugo", "Chloé", "Lucas", "Léa", "Jules"]
    lasts = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"]
    df = pd.DataFrame({
        "c000": [f"{firsts[i % 8]} {lasts[(i * 3) % 8]}" for i in range(48)],
        "c001": [f"{12 + i} rue de la Paix" for i in range(48)],
        "c002": phones,
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "phone_number"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c002"].tolist()
    spelled = [(a, b) for a, b in zip(phones, out, strict=True) if any(ch.isalpha() for ch in a)]
    assert spelled
    for original, fake in spelled:
        assert fake != original
        assert not any(ch.isalpha() for ch in fake)
        assert phonenumbers.is_valid_number(phonenumbers.parse(fake, "FR"))


def test_a_notes_local_number_of_the_rows_second_phone_is_replaced() -> None:
    mobiles = ["06 12010883", "06 21345678", "06 38765432", "06 45678123", "06 52233445", "06 19876543"]
    lands = ["010 153 1482", "010 274 8813", "020 531 7720", "030 662 4198", "010 418 2257", "020 385 9064"]
    names = ["Anouk de Vries", "Daan Jansen", "Sanne Bakker", "Lars Visser", "Femke Smit", "Bram Mulder"]
    phones = [f"{m} of {land}" for m, land in zip(mobiles, lands, strict=True)]
    notes = [f"Mes geslepen, betaalt bij ophalen. {land.split(' ', 1)[1].replace(' ', '')}" for land in lands]
    df = pd.DataFrame({"Naam": names * 2, "Telefoon": phones * 2, "Notitie": notes * 2})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Notitie"].tolist()
    for land, note in zip(lands * 2, out, strict=True):
        assert land.split(" ", 1)[1].replace(" ", "") not in note
