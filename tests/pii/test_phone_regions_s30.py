"""The fakes' country of a phone column (issue 11, set 15 phone fakes valid for the original's
country: en_IE 0.597, de_LU 0.722, en_PH 0.833, en_NZ 0.889).

Numbers written as one run of digits have no groups to tell their country, and validity alone
does not (an Irish ``085`` mobile is valid in a dozen plans): the region whose plan random digits of
the layout pass least often explains them. A British premium-rate number is a Philippine mobile in
the same groups: people's columns hold mobiles and landlines, so the mobiles' region wins."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phones import bare_phone_region
from safe_synthesizer.pii.validators.phones import column_phone_region


def _valid(rng: random.Random, region: str, head: str, length: int) -> str:
    while True:
        digits = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
            return digits


def test_bare_irish_and_new_zealand_mobiles_are_theirs_even_beside_a_dense_plan():
    rng = random.Random(1)
    irish = [_valid(rng, "IE", rng.choice(("083", "085", "087")), 10) for _ in range(24)]
    assert bare_phone_region(irish) == "IE"
    assert column_phone_region(irish, "GB") == "IE"
    assert column_phone_region(irish, "US") == "IE"
    kiwi = [_valid(rng, "NZ", "021", 10) for _ in range(24)]
    assert column_phone_region(kiwi, "US") == "NZ"


def test_bare_luxembourg_mobiles_are_not_french():
    rng = random.Random(2)
    values = [_valid(rng, "LU", rng.choice(("621", "628", "661", "691")), 9) for _ in range(24)]
    assert column_phone_region(values, "FR") == "LU"


def test_philippine_mobiles_in_groups_a_british_premium_number_shares():
    rng = random.Random(3)
    values = [_valid(rng, "PH", rng.choice(("0905", "0907", "0909")), 11) for _ in range(24)]
    grouped = [f"{v[:4]} {v[4:7]} {v[7:]}" for v in values]
    assert column_phone_region(grouped, "US") == "PH"


def test_bare_venezuelan_mobiles_are_theirs_though_no_listed_plan_takes_them():
    """Every country a table may vote for is tried: ``0417...`` numbers are valid in Venezuela and
    Italy, and the fakes were Italian (4 of 24 valid in Venezuela, set 15 es_VE)."""
    rng = random.Random(5)
    values = [_valid(rng, "VE", rng.choice(("0414", "0416", "0424")), 11) for _ in range(24)]
    assert bare_phone_region(values) == "VE"
    assert column_phone_region(values, "ES") == "VE"


def test_own_region_kept_for_its_bare_numbers():
    rng = random.Random(4)
    german = [_valid(rng, "DE", rng.choice(("0151", "0160", "0176")), 12) for _ in range(24)]
    assert column_phone_region(german, "DE") == "DE"
    british = [_valid(rng, "GB", "07", 11) for _ in range(24)]
    assert column_phone_region(british, "GB") == "GB"


def test_argentine_mobiles_written_with_15_get_valid_argentine_fakes():
    """``011 15-4078-5626`` parses to ``+54 9 11 4078-5626``: its written digits are not its national
    number, and the fake was a scramble valid nowhere."""
    import numpy as np

    from safe_synthesizer.pii.phones import fake_phones

    values = ["011.15.5326.9114", "011 15-4078-5626", "0351 15-612-3456"]
    fakes = fake_phones(values, np.random.default_rng(0), region="AR", elsewhere=True)
    for original, fake in zip(values, fakes, strict=True):
        assert fake != original and fake[:6] == original[:6]
        number = phonenumbers.parse(fake, "AR")
        assert phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == "AR"


def test_the_tables_own_region_keeps_bare_numbers_its_plan_takes_as_written():
    """The sparsest plan that takes the digits is no reason to leave the table's country: Canadian
    ``506...`` numbers were faked as Japanese ``050`` ones (a trunk 0 they lack), Ukrainian ``050``
    mobiles as the Emirates' (set 15 en_CA 0.667, uk_UA 0.833 fakes valid)."""
    rng = random.Random(6)
    canadian = [_valid(rng, "CA", "506", 10) for _ in range(24)]
    assert column_phone_region(canadian, "CA") == "CA"
    assert bare_phone_region(canadian) != "JP"
    ukrainian = [_valid(rng, "UA", "050", 10) for _ in range(24)]
    assert column_phone_region(ukrainian, "UA") == "UA"
