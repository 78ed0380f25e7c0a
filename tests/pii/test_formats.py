"""Format-preserving fakes keep layout and checksums."""

from __future__ import annotations

import re

import numpy as np
import pytest

from safe_synthesizer.pii import formats as F
from safe_synthesizer.pii import validators as V


def _layout(value: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", value)))


@pytest.mark.parametrize("value", ["4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "6011111111111117"])
def test_fake_card_is_luhn_valid_same_layout(value):
    rng = np.random.default_rng(0)
    for _ in range(20):
        fake = F.fake_card(value, rng)
        assert V.is_credit_card(fake) and _layout(fake) == _layout(value) and fake != value
        assert fake[:4] == value[:4]  # network prefix kept


@pytest.mark.parametrize("value", ["536-22-8726", "536228726"])
def test_fake_ssn_valid_same_layout(value):
    rng = np.random.default_rng(1)
    for _ in range(50):
        fake = F.fake_ssn(value, rng)
        assert V.is_ssn(fake, allow_undashed=True) and _layout(fake) == _layout(value)


@pytest.mark.parametrize("value", ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"])
def test_fake_iban_mod97_valid_same_country(value):
    rng = np.random.default_rng(2)
    for _ in range(20):
        fake = F.fake_iban(value, rng)
        assert V.is_iban(fake) and fake[:2] == value[:2] and _layout(fake) == _layout(value)


@pytest.mark.parametrize("value", ["(212) 555-0187", "+1-234-567-8901", "001-315-732-7881x943", "212.555.0187x12"])
def test_fake_phone_same_shape_and_possible(value):
    rng = np.random.default_rng(3)
    fake = F.fake_phone(value, rng)
    assert _layout(fake) == _layout(value) and fake != value
    assert V.is_phone_number(fake, cued=True)


def test_fake_phone_keeps_country_code():
    assert F.fake_phone("+44 20 7946 0958", np.random.default_rng(0)).startswith("+44 ")


def test_scramble_keeps_classes_and_prefix():
    fake = F.scramble("AB-12cd", np.random.default_rng(0), keep=1)
    assert fake[0] == "A" and _layout(fake) == _layout("AB-12cd")


def test_shift_date_string_keeps_layout():
    assert F.shift_date_string("1981-12-27", 10) == "1982-01-06"
    assert F.shift_date_string("12/27/1981", -27) == "11/30/1981"
    # Any layout the data stage reads as a date is shifted, never scrambled into "96 Mvd 2032".
    assert F.shift_date_string("07 Jan 1969", 30) == "06 Feb 1969"
    assert F.shift_date_string("1969.01.07", 1) == "1969.01.08"
    # The column's own formats decide how an ambiguous date is read.
    assert F.shift_date_string("05/03/1980", 1, ["%d/%m/%Y"]) == "06/03/1980"
    assert F.shift_date_string("05/03/1980", 1) == "05/04/1980"  # month first without the schema
    assert F.shift_date_string("27.12.1981", 1) == "28.12.1981"
    assert F.shift_date_string("not a date", 3) is None


def test_ip_fakes_parse():
    rng = np.random.default_rng(0)
    assert all(V.is_ip_address(F.fake_ipv4(rng)) for _ in range(50))
    assert V.is_ip_address(F.fake_ipv6(rng))


def test_batch_fakes_match_single_value_guarantees():
    from faker import Faker

    from safe_synthesizer.pii import batch_formats as B

    fake = Faker("en_US")
    fake.seed_instance(5)
    rng = np.random.default_rng(5)
    cards = [fake.credit_card_number() for _ in range(300)] + ["4111 1111 1111 1111"]
    ibans = [fake.iban() for _ in range(100)] + ["DE89 3704 0044 0532 0130 00"]
    phones = [fake.phone_number() for _ in range(300)]
    ssns = [fake.ssn() for _ in range(300)] + ["536228726"]
    for originals, fakes, check in (
        (cards, B.fake_cards(cards, rng), V.is_credit_card),
        (ibans, B.fake_ibans(ibans, rng), V.is_iban),
        (phones, B.fake_phones(phones, rng), lambda v: V.is_phone_number(v, cued=True)),
        (ssns, B.fake_ssns(ssns, rng), lambda v: V.is_ssn(v, allow_undashed=True)),
    ):
        assert [_layout(f) for f in fakes] == [_layout(o) for o in originals]
        assert all(check(f) for f, o in zip(fakes, originals, strict=True) if check(o))
    assert B.scramble_many(["02134", "é-12"], rng, nonzero_first=True)[0][0] != "0"


def test_shift_keeps_iso_time_part_as_written():
    formats = ["%Y-%m-%dT%H:%M:%S.%f%z"]
    assert F.shift_date_string("2024-03-01T10:15:30.123+02:00", 3, formats) == "2024-03-04T10:15:30.123+02:00"
    assert F.shift_date_string("05/03/1980", 1, ["%d/%m/%Y"]) == "06/03/1980"


# Session 23: an ambiguous date of birth in a British note (06/07/1944) was shifted month first
# (12/21/1943), a date no day-first reader can parse.
_DAY_FIRST = re.compile(r"^(\d{2})/(\d{2})/\d{4}$")


@pytest.mark.parametrize("days", [-200, -17, 3, 40, 365])
def test_ambiguous_date_shifted_day_first_keeps_day_first(days):
    new = F.shift_date_string("06/07/1944", days, day_first=True)
    day, month = map(int, _DAY_FIRST.match(new).groups())
    assert 1 <= month <= 12
    from datetime import date, timedelta

    assert date(1944, 7, 6) + timedelta(days=days) == date(int(new[-4:]), month, day)


def test_day_first_of_reads_the_unambiguous_dates_then_the_locale():
    assert F.day_first_of(["25/08/1964", "06/07/1944"]) is True
    assert F.day_first_of(["08/25/1964", "06/07/1944"]) is False
    assert F.day_first_of(["06/07/1944"], "en_GB") is True
    assert F.day_first_of(["06/07/1944"], "en_US") is False
    assert F.day_first_of(["06/07/1944"]) is None


def test_dob_mapping_follows_the_day_first_column():
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.pii.fakes import FakeMapper
    from safe_synthesizer.pii.replace_engine import value_mapping

    values = ["25/08/1964", "30/01/1977", "06/07/1944", "11/12/1950"]
    out = value_mapping("date_of_birth", "fake", values, FakeMapper(["en_US"], seed=1), ReplacePiiParameters(),
                        "en_US", free_text=True)  # fmt: skip
    for value in values:
        day, month = map(int, _DAY_FIRST.match(out[value]).groups())
        assert 1 <= month <= 12 and 1 <= day <= 31
