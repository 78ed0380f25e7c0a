"""Numbers of one run of digits that an open plan takes as landlines are no phones without mobiles among them
(column_phone_bare's open-plan guard)."""

from __future__ import annotations

import random

from safe_synthesizer.pii.column_phone_bare import bare_phone_share


def test_ten_digit_record_numbers_are_no_open_plan_landlines() -> None:
    rng = random.Random(6201)
    for low, high, n in ((2_800_000_000, 3_500_000_000, 60), (4_100_000_000, 4_700_000_000, 200)):
        numbers = [str(rng.randint(low, high)) for _ in range(n)]
        share, region, why = bare_phone_share(numbers)
        assert share == 0.0 or region != "LU", (region, why)


def test_luxembourg_phones_stay_phones() -> None:
    rng = random.Random(6202)
    mobiles = [f"{rng.choice(['621', '661', '691'])}{rng.randint(0, 999999):06d}" for _ in range(30)]
    assert bare_phone_share(mobiles)[0] >= 0.95
    grouped = [f"{rng.choice(['26', '27', '45', '49'])} {rng.randint(10, 99)} {rng.randint(10, 99)} "
               f"{rng.randint(10, 99)}" for _ in range(30)]  # fmt: skip
    assert bare_phone_share(grouped, grouped=True)[0] >= 0.95
    mixed = mobiles[:18] + [g.replace(" ", "") for g in grouped[:12]]
    assert bare_phone_share(mixed)[0] >= 0.95
