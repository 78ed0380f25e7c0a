"""``phones.fake_phones`` reads a parsed number's own region and type once per value (it read them twice: to
tell a lost trunk ``0`` and to fake): the fakes of each kind of value are what they were."""

from __future__ import annotations

import numpy as np
import phonenumbers

from safe_synthesizer.pii.phones import fake_phones

VALUES = ["(212) 555-0142", "(416) 555-0199", "(613) 796-4410", "7491 825476", "12345", "(201) 867-5309"]


def _valid(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def test_each_kind_of_value_is_faked_as_before() -> None:
    fakes = fake_phones(VALUES, np.random.default_rng(11), region="US", elsewhere=True)
    assert fakes == fake_phones(VALUES, np.random.default_rng(11), region="US", elsewhere=True)
    assert all(f != v for f, v in zip(fakes, VALUES, strict=True))
    # A Canadian number in a column read as American stays Canadian; a valid American one stays valid.
    assert phonenumbers.region_code_for_number(phonenumbers.parse(fakes[2], "US")) == "CA"
    assert _valid(fakes[5], "US")
    # A British mobile that lost its trunk 0 keeps the layout without it.
    assert len(fakes[3]) == len(VALUES[3]) and not fakes[3].startswith("0")
