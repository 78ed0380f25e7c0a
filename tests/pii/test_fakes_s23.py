"""Session 23: phone fakes are valid numbers of the original's own country, of the original's kind."""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.phones import fake_phones


def _region(value: str, hint: str) -> str | None:
    parsed = parse_phone(value, hint)
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.region_code_for_number(parsed)


CANADIAN = ["(506) 234-5678", "+18075335272", "(548).538-8330", "1-579-934-5235", "819-734-0260",
            "(902) 965-8426 ext. 178", "5062345678", "(905).256-5225", "(514) 884-1843", "(604) 555-0199"]  # fmt: skip


@pytest.mark.parametrize("hint", ["US", "CA"])
def test_canadian_numbers_get_canadian_fakes_whatever_the_column_region(hint: str) -> None:
    # Canada shares +1 with the US: a fake valid in both was counted US (toll-free 888, a US area code).
    originals = [v for v in CANADIAN if _region(v, "CA") == "CA"] * 5
    fakes = fake_phones(originals, np.random.default_rng(0), region=hint)
    assert [_region(f, "CA") for f in fakes] == ["CA"] * len(originals)


def test_fake_keeps_the_original_kind_no_premium_or_toll_free_for_a_persons_number() -> None:
    originals = ["(905) 256-5225", "(802) 555-0142", "(888) 555-0100"] * 30
    originals = [v for v in originals if _region(v, "US")]
    fakes = fake_phones(originals, np.random.default_rng(1), region="US")
    kinds = {phonenumbers.number_type(parse_phone(v, "US")) for v in originals}
    for original, fake in zip(originals, fakes, strict=True):
        want = phonenumbers.number_type(parse_phone(original, "US"))
        got = phonenumbers.number_type(parse_phone(fake, "US"))
        assert got == want, (original, fake)
    assert len(kinds) >= 1


def test_uk_mobile_stays_mobile_and_landline_stays_landline() -> None:
    originals = ["07400 123456", "0121 496 0628", "+44 7400 123456", "+44 20 7946 0958"] * 20
    assert all(_region(v, "GB") == "GB" for v in originals)
    fakes = fake_phones(originals, np.random.default_rng(2), region="GB")
    for original, fake in zip(originals, fakes, strict=True):
        assert _region(fake, "GB") == "GB"
        assert phonenumbers.number_type(parse_phone(fake, "GB")) == phonenumbers.number_type(
            parse_phone(original, "GB")
        ), (original, fake)
