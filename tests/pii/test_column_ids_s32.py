"""Fourteen-digit ids with a birth date inside (the Egyptian national id: century digit, YYMMDD, governorate,
serial, check digit): set 17's ar_EG id columns were left with their names hidden or in Arabic."""

from __future__ import annotations

import random
from datetime import date, timedelta

from safe_synthesizer.pii.column_ids import dated_id_evidence


def test_egyptian_national_ids_carry_a_birth_date():
    rng = random.Random(6)
    ids = []
    for _ in range(24):
        born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 65 * 365))
        century = "2" if born.year < 2000 else "3"
        ids.append(
            f"{century}{born:%y%m%d}{rng.choice((1, 2, 21, 88)):02d}{rng.randint(0, 9999):04d}{rng.randint(1, 9)}"
        )
    share, why = dated_id_evidence(ids, today=date(2026, 1, 1))
    assert share >= 0.95, why


def test_fourteen_digit_timestamps_and_random_numbers_are_not_dated_ids():
    rng = random.Random(7)
    stamps = [
        f"{date(2022, 1, 1) + timedelta(days=rng.randint(0, 1000)):%Y%m%d}{rng.randint(0, 235959):06d}"
        for _ in range(40)
    ]
    assert dated_id_evidence(stamps, today=date(2026, 1, 1))[0] == 0.0
    randoms = [str(rng.randint(10**13, 10**14 - 1)) for _ in range(40)]
    assert dated_id_evidence(randoms, today=date(2026, 1, 1))[0] == 0.0
