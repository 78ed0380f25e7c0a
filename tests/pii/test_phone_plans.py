"""Short number plans read from libphonenumber's metadata (``phone_plans``)."""

from __future__ import annotations

from safe_synthesizer.pii.phone_plans import EIGHT_DIGIT_PLAN_REGIONS, SHORT_PLAN_REGIONS


def test_six_and_seven_digit_plans_without_trunk_prefix() -> None:
    for region in ("GL", "FO", "AD", "IS", "CV", "PA"):
        assert region in SHORT_PLAN_REGIONS


def test_eight_digit_plans_without_trunk_prefix() -> None:
    for region in ("CR", "HN", "SV", "GT", "NI", "SM", "LV", "DK"):
        assert region in EIGHT_DIGIT_PLAN_REGIONS


def test_plans_with_a_trunk_prefix_or_long_mobiles_are_not_short() -> None:
    # Germany and Italy have short landlines but a trunk 0 or 9-10 digit mobiles; Bolivia dials a trunk 0.
    for region in ("DE", "IT", "GB", "US", "FR", "LU"):
        assert region not in SHORT_PLAN_REGIONS
        assert region not in EIGHT_DIGIT_PLAN_REGIONS
