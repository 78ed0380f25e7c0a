"""Phone fakes valid wherever the original is (fake_phone_everywhere), through phones.fake_phones."""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.fake_phone_everywhere import column_regions, national_digits
from safe_synthesizer.pii.phones import fake_phones


def _valid(value: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _numbers(region: str, kind: int, n: int, seed: int, write) -> list[str]:
    """``n`` valid numbers of ``region`` of ``kind`` (an example's first digits, the rest drawn), as ``write``s."""
    rng = np.random.default_rng(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, kind))
    out: list[str] = []
    while len(out) < n:
        digits = nsn[:3] + "".join(map(str, rng.integers(0, 10, size=len(nsn) - 3)))
        parsed = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            out.append(write(parsed))
    return out


def _national(parsed: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def _bare(parsed: phonenumbers.PhoneNumber) -> str:
    return "".join(ch for ch in _national(parsed) if ch.isdigit())


def _dotted(parsed: phonenumbers.PhoneNumber) -> str:
    return ".".join(_national(parsed).replace("-", " ").split())


_MOBILE, _FIXED = phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE


@pytest.mark.parametrize(
    ("region", "guess", "kind", "write"),
    [
        ("BE", "FR", _MOBILE, _bare),  # Belgian mobiles, bare: French landlines too (04)
        ("AZ", "SE", _FIXED, _dotted),  # Azerbaijani landlines in dots: Swedish groups too
        ("MY", "KR", _MOBILE, _dotted),  # Malaysian mobiles (01x): Korean too
        ("AL", "LV", _FIXED, _bare),  # Albanian landlines without their trunk 0: eight digits, valid in many plans
        ("PK", "ID", _MOBILE, _dotted),  # Pakistani mobiles, mostly no Indonesian numbers: Pakistan's alone
    ],
)
def test_fakes_stay_valid_in_the_true_region_when_the_column_region_is_guessed_wrong(region, guess, kind, write):
    values = _numbers(region, kind, 25, seed=3901, write=write)
    assert all(_valid(v, region) and _valid(v, guess) for v in values[:3]) or region in ("AL", "PK")
    fakes = fake_phones(values, np.random.default_rng(0), region=guess, elsewhere=True)
    assert all(_valid(f, region) for f in fakes), [f for f in fakes if not _valid(f, region)]
    assert all(f != v for v, f in zip(values, fakes, strict=True))
    assert [len(f) for f in fakes] == [len(v) for v in values]
    assert all(sum(c.isdigit() for c in f) == sum(c.isdigit() for c in v) for v, f in zip(values, fakes, strict=True))


def test_a_single_value_is_faked_valid_where_it_is_valid() -> None:
    # Under differential privacy each value is faked alone: its own plans decide.
    (value,) = _numbers("BE", _MOBILE, 1, seed=3902, write=_bare)
    (fake,) = fake_phones([value], np.random.default_rng(1), region="FR", elsewhere=True)
    assert _valid(fake, "BE") and _valid(fake, "FR") and fake != value


def test_column_regions_put_the_columns_region_first_and_read_groups() -> None:
    values = _numbers("BE", _MOBILE, 12, seed=3903, write=_bare)
    regions = column_regions(values, "FR")
    assert regions[0] == "FR" and "BE" in regions
    # US numbers in US groups: only the US writes them so.
    us = _numbers("US", phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE, 12, seed=3904, write=_national)
    assert column_regions(us, "US") == ("US",)


def test_national_digits_leave_out_international_and_text() -> None:
    assert national_digits("+32 470 12 34 56") is None and national_digits("0032470123456") is None
    assert national_digits("0470.12.34.56") == "0470123456" and national_digits("643827661.0") == "643827661"
    assert national_digits("n/a") is None


def _dashed(parsed: phonenumbers.PhoneNumber) -> str:
    return "-".join(_national(parsed).replace("(", "").replace(")", "").split())


def test_a_columns_own_international_numbers_name_the_region_of_its_national_ones() -> None:
    # Isle of Man landlines (+44, shared with GB) written with Bangladesh's dashes, read as Bangladeshi, beside the
    # same column's ``0044 1624 ...`` numbers: the fakes are the Isle of Man's.
    national = _numbers("IM", _FIXED, 10, seed=4601, write=_dashed)
    dialled = ["0044" + _bare(phonenumbers.parse(v, "IM"))[1:] for v in _numbers("IM", _FIXED, 6, 4602, _national)]
    values = [x for pair in zip(national, dialled + national[6:], strict=True) for x in pair]
    assert column_regions(values, "BD")[0] == "IM"
    fakes = fake_phones(values, np.random.default_rng(0), region="BD", elsewhere=True)
    assert all(_valid(f, "IM") for f in fakes), [f for f in fakes if not _valid(f, "IM")]


def test_one_plain_separator_does_not_decide_between_plans_with_the_same_groups() -> None:
    # Dutch ``010-175-5825`` are written as Korean mobiles are: read as Korean, the fakes stay Dutch too.
    values = _numbers(
        "NL", _FIXED, 20, seed=4603, write=lambda p: "-".join(_bare(p)[i:j] for i, j in ((0, 3), (3, 6), (6, 10)))
    )
    assert all(_valid(v, "KR") for v in values[:5])
    fakes = fake_phones(values, np.random.default_rng(0), region="KR", elsewhere=True)
    assert all(_valid(f, "NL") for f in fakes), [f for f in fakes if not _valid(f, "NL")]
    # Brackets are a plan's own convention: ``(201) 555-0123`` stays the US's alone.
    us = _numbers("US", phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE, 12, seed=4604, write=_national)
    assert column_regions(us, "US") == ("US",)


def test_six_digit_numbers_of_a_short_plan_are_looked_at() -> None:
    # Greenland's ``32 17 23`` read as Luxembourg's: six digits were too few to be looked at.
    values = _numbers("GL", _FIXED, 20, seed=4605, write=_national)
    assert national_digits(values[0]) is not None
    fakes = fake_phones(values, np.random.default_rng(0), region="LU", elsewhere=True)
    assert all(_valid(f, "GL") for f in fakes), [f for f in fakes if not _valid(f, "GL")]
