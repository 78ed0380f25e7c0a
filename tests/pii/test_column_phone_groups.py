"""Numbers split after a phone plan's destination code (column_phone_groups)."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_groups import grouped_after_prefix


def _german(rng: random.Random, n: int) -> list[str]:
    out = []
    while len(out) < n:
        head = rng.choice(("1512", "1520", "1575", "160", "170", "176", "30", "89"))
        nsn = head + "".join(rng.choice("0123456789") for _ in range(11 - len(head) if head[0] == "1" else 8))
        if phonenumbers.is_valid_number(phonenumbers.parse("+49" + nsn)):
            out.append("0" + head + " " + nsn[len(head) :])
    return out


def test_german_numbers_split_after_the_mobile_or_area_prefix() -> None:
    values = _german(random.Random(20141), 30)  # "01512 1975852", "030 66972510"
    assert grouped_after_prefix(values) == "DE"
    assert grouped_after_prefix(values, ("FR", "DE")) == "DE"


def test_ids_split_at_a_fixed_place_are_no_phones() -> None:
    rng = random.Random(20142)
    ids = [str(rng.randint(10**11, 10**12 - 1)) for _ in range(30)]
    assert grouped_after_prefix([i[:5] + " " + i[5:] for i in ids]) is None
    assert grouped_after_prefix(["0" + i[:4] + " " + i[4:11] for i in ids]) is None
    assert grouped_after_prefix([i[:3] + " " + i[3:] for i in ids[:5]]) is None  # too few
    unsplit = [v.replace(" ", "") for v in _german(rng, 30)]
    assert grouped_after_prefix(unsplit) is None  # one run of digits: no split to go by
