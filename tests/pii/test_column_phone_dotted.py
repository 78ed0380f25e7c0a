"""Eight-digit phone numbers in dotted two-digit pairs (Norway, Denmark, Monaco) are phones, not IPv4 addresses."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_dotted import dotted_pair_evidence
from safe_synthesizer.pii.column_phones import national_phone_evidence


def _pairs(rng: random.Random, region: str, heads: str, sep: str) -> str:
    while True:
        d = rng.choice(heads) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(d, region), region):
            return sep.join(d[i : i + 2] for i in range(0, 8, 2))


def test_a_short_column_of_dotted_norwegian_mobiles_is_phones():
    rng = random.Random(40201)
    values = [_pairs(rng, "NO", "49", "." if i % 2 else " ") for i in range(6)]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_a_long_column_of_dotted_pairs_passes_the_chance_test():
    rng = random.Random(40202)
    values = [_pairs(rng, "NO", "49", ".") for _ in range(30)]
    found = dotted_pair_evidence(values)
    assert found is not None and found[0] >= 0.95, found


def test_ip_addresses_are_not_read_as_phones():
    rng = random.Random(40203)
    ips = [".".join(str(rng.randint(0, 255)) for _ in range(4)) for _ in range(8)]
    assert dotted_pair_evidence(ips) is None
    # Two-digit octets only, but no plan's numbers (no Nordic number opens with 1).
    assert dotted_pair_evidence(["10.20.30.40", "12.13.14.15", "11.22.33.44", "19.18.17.16"]) is None


def test_spaced_pairs_alone_are_left_to_the_other_tests():
    rng = random.Random(40204)
    assert dotted_pair_evidence([_pairs(rng, "NO", "49", " ") for _ in range(6)]) is None


def test_short_column_of_pairs_typed_with_spaces_and_dashes() -> None:
    # Session 49: a small booking export's mobiles, each typed its own way (eight digits in pairs).
    from safe_synthesizer.pii.column_phone_dotted import typed_pair_evidence

    mobiles = ["77 21 40 88", "77-35-12-09", "17 44 90 31", "17-62-05-77", "77 80 13 46", "17-29-71-50", "77 06 58 22"]
    found = dotted_pair_evidence([*mobiles, "n/a"])
    assert found is not None and found[0] >= 0.8
    # One separator throughout: a tool's code, not people typing; random pairs typed both ways: no country's.
    assert typed_pair_evidence([m.replace("-", " ") for m in mobiles], mobiles) is None
    codes = ["12 40 88 31", "95-12-09-44", "03 90 31 67", "58-05-77-21", "41 13 46 90", "86-71-50-02", "29 58 22 13"]
    assert dotted_pair_evidence(codes) is None
