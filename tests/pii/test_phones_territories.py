"""Fakes of regions that share a country code and are named by leading digits stay in that region."""

from __future__ import annotations

import numpy as np
import phonenumbers

from safe_synthesizer.pii.phones import fake_phones


def test_territory_fakes_stay_in_the_territory() -> None:
    # American Samoa, Montserrat, St Kitts, Turks and Caicos, BVI: a few exchanges each; the fake used to keep only
    # the area code and fall back to a US number after drawing random exchanges.
    values = ["(684) 731-7863", "(664) 494-7243", "(869) 765-8337", "(649) 712-4464", "(284) 229-5956"]
    regions = ["AS", "MS", "KN", "TC", "VG"]
    for seed in range(3):
        fakes = fake_phones(values, np.random.default_rng(seed), region="US")
        for original, fake, region in zip(values, fakes, regions, strict=True):
            number = phonenumbers.parse(fake, "US")
            assert phonenumbers.is_valid_number(number), fake
            assert phonenumbers.region_code_for_number(number) == region, fake
            assert fake != original
