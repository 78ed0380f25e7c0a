"""Session 39: id columns with a phone's digit count are no phones (one shared first digit, zero padding)."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_columns
from safe_synthesizer.pii.validators.phones import one_layout_many_countries


def _entity(values: list[str]) -> str | None:
    df = pd.DataFrame({"c000": values, "c001": [f"row {i}" for i in range(len(values))]})
    found = detect_columns(df, infer_schema(df), entities=KNOWN_ENTITIES).get("c000")
    return found.entity if found else None


def _ids(rng: random.Random, head: str, width: int, n: int = 22) -> list[str]:
    return [head + "".join(str(rng.randint(0, 9)) for _ in range(width - len(head))) for _ in range(n)]


def test_job_numbers_of_one_first_digit_are_no_landlines() -> None:
    rng = random.Random(3911)
    # Ten digits opening with 2 are Beijing/Shanghai lines to China's plan; nine opening with 2 Prague's to Czechia's.
    assert _entity(_ids(rng, "2", 10)) is None
    assert _entity(_ids(rng, "2", 9)) is None


def _mobiles(rng: random.Random, region: str, head: str, width: int, n: int = 22) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        digits = _ids(rng, head, width, 1)[0]
        number = phonenumbers.parse(digits, region)
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            out.append(digits)
    return out


def test_mobiles_sharing_their_first_digit_stay_phones() -> None:
    rng = random.Random(3912)
    assert _entity(_mobiles(rng, "ES", "6", 9)) == "phone_number"
    assert _entity(_mobiles(rng, "IT", "3", 10)) == "phone_number"


def test_zero_padded_codes_are_no_international_numbers() -> None:
    rng = random.Random(3913)
    codes = ["0" + "".join(str(rng.randint(0, 9)) for _ in range(10)) for _ in range(24)]
    codes[:6] = ["00" + c[2:] for c in codes[:6]]
    assert one_layout_many_countries(codes)
    assert _entity(codes) is None
    # National numbers beside international ones, each as long as its country writes it: a phone list.
    phones = ["07911123456", "07700900123", "00441632960001", "0033612345678", "00491701234567", "07400123456"]
    assert not one_layout_many_countries(phones)
