"""Dialled numbers that lost their '+' in a spreadsheet (column_phone_digits)."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_digits import dialled_as_national
from safe_synthesizer.pii.column_phones import national_phone_evidence


def _german_mobiles(n: int) -> list[str]:
    rng, out = random.Random(3), []
    while len(out) < n:
        nsn = rng.choice(("151", "160", "170", "176")) + "".join(rng.choice("0123456789") for _ in range(8))
        if phonenumbers.is_valid_number(phonenumbers.parse("+49" + nsn)):
            out.append("49" + nsn)
    return out


def test_plus_lost_numbers_are_national_numbers_of_their_country() -> None:
    values = _german_mobiles(40)
    national = dialled_as_national(values)
    assert national is not None and all(n.startswith("01") for n in national)
    share, region, _ = national_phone_evidence(values)
    assert share >= 0.95 and region == "DE"


def test_random_ids_are_no_plus_lost_numbers() -> None:
    rng = random.Random(5)
    ids = [str(rng.randint(10**11, 10**12 - 1)) for _ in range(50)]
    assert national_phone_evidence(ids)[0] < 0.95
    assert dialled_as_national(["ORD123", "x"]) is None
