"""Phone fakes of numbers that lost their ``+`` or their trunk ``0`` (issue 11, session 35: set 20 phone fakes
valid 0.931 for the first 7 locales, ``33667637317`` faked ``33034559142``).

A spreadsheet drops the ``+`` of ``+33667637317`` and the trunk ``0`` of ``0201609357`` (read as integers).
Such a column is no number of the table's country *as written*, so its country was the best plan that took
the digits as they stand (Italy's for French dialled numbers, the Czech one for Italian landlines, Luxembourg's
for British mobiles) and the fakes were drawn there: valid nowhere read the way the column writes them.
"""

from __future__ import annotations

import random

import numpy as np
import phonenumbers
from phonenumbers import PhoneNumberType

from safe_synthesizer.pii.column_phone_digits import as_region_writes, dialled_region
from safe_synthesizer.pii.column_phones import bare_phone_region
from safe_synthesizer.pii.phones import fake_phones, lost_lead


def _numbers(rng: random.Random, region: str, kind: int, n: int) -> list[phonenumbers.PhoneNumber]:
    """``n`` valid numbers of ``region`` of ``kind``: the example number's first two digits, random digits after."""
    example = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, kind))
    cc = phonenumbers.country_code_for_region(region)
    out: list[phonenumbers.PhoneNumber] = []
    while len(out) < n:
        nsn = example[:2] + "".join(rng.choice("0123456789") for _ in range(len(example) - 2))
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            out.append(number)
    return out


def _dialled(numbers: list[phonenumbers.PhoneNumber]) -> list[str]:
    return [f"{n.country_code}{phonenumbers.national_significant_number(n)}" for n in numbers]


def _valid_as(value: str, region: str, lead: str = "") -> bool:
    try:
        number = phonenumbers.parse(lead + value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


def test_numbers_dialled_without_plus_are_faked_in_their_own_country_whatever_the_hint():
    """Ukrainian ``380...`` numbers in a table read as American: each fake keeps ``380`` and is a valid
    Ukrainian number once the ``+`` is put back (the old fakes came from American example numbers)."""
    values = _dialled(_numbers(random.Random(1), "UA", PhoneNumberType.MOBILE, 20))
    fakes = fake_phones(values, np.random.default_rng(2), region="US", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value and fake.isdigit() and len(fake) == len(value) and fake.startswith("380")
        assert _valid_as(fake, "UA", "+")


def test_numbers_that_lost_the_trunk_zero_are_faked_valid_with_it_put_back():
    """Italian landlines without their ``0`` (``201609357``) in a table read as Ukrainian: faked as Italian
    landlines and written without the ``0`` again."""
    numbers = _numbers(random.Random(3), "IT", PhoneNumberType.FIXED_LINE, 20)
    values = [phonenumbers.national_significant_number(n)[1:] for n in numbers]
    assert all(lost_lead(v, "IT") == "0" for v in values)
    fakes = fake_phones(values, np.random.default_rng(4), region="IT", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value and fake.isdigit() and len(fake) == len(value)
        assert _valid_as(fake, "IT", "0")


def test_valid_numbers_and_short_runs_are_read_as_written():
    assert lost_lead("3123456789", "IT") is None  # an Italian mobile: valid as written
    assert lost_lead("0612345678", "FR") is None  # already has its trunk 0
    assert lost_lead("12345", "FR") is None
    assert lost_lead("+33612345678", "FR") is None


def test_a_column_dialled_without_plus_names_its_country():
    """French numbers that lost ``+``: France, not Italy (whose plan takes eleven digits after a 3)."""
    values = _dialled(_numbers(random.Random(5), "FR", PhoneNumberType.MOBILE, 24))
    assert dialled_region(values) == "FR"
    assert bare_phone_region(values, "FR") == "FR"
    assert bare_phone_region(values, "US") == "FR"


def test_a_column_that_lost_its_trunk_zero_stays_in_the_tables_country():
    """British mobiles without their ``0`` were given Luxembourg's plan, Ukrainian mobiles Poland's, Italian
    landlines the Czech one: with the ``0`` put back they are the table's country's numbers as written."""
    rng = random.Random(6)
    for region, kind, drop in (("GB", PhoneNumberType.MOBILE, 0), ("UA", PhoneNumberType.MOBILE, 0),
                               ("IT", PhoneNumberType.FIXED_LINE, 1)):  # fmt: skip
        values = [phonenumbers.national_significant_number(n)[drop:] for n in _numbers(rng, region, kind, 24)]
        assert bare_phone_region(values, region) == region, region


def test_the_trunk_zero_goes_back_only_where_only_then_the_number_is_written_so():
    assert as_region_writes("7490243393", "GB") == "07490243393"
    assert as_region_writes("07490243393", "GB") == "07490243393"
    assert as_region_writes("612345678", "FR") == "0612345678"
    assert as_region_writes("4155550123", "US") == "4155550123"  # no trunk 0 in the American plan


def test_ids_of_random_digits_name_no_dialled_country():
    rng = random.Random(7)
    ids = [str(rng.randint(10**10, 10**11 - 1)) for _ in range(30)]
    assert dialled_region(ids) is None


def test_a_dense_plan_does_not_take_numbers_dialled_without_plus_as_lost_trunk_zeros():
    """Germany's plan takes nearly any digits behind a ``0``: French ``33...`` numbers in a German table are
    French, while German mobiles that lost their ``0`` (``15123456789``, valid American numbers once a ``+``
    is put before them) stay German."""
    rng = random.Random(8)
    french = _dialled(_numbers(rng, "FR", PhoneNumberType.MOBILE, 24))
    assert bare_phone_region(french, "DE") == "FR"
    german = [phonenumbers.national_significant_number(n) for n in _numbers(rng, "DE", PhoneNumberType.MOBILE, 24)]
    assert bare_phone_region(german, "DE") == "DE"


def test_hungarian_mobiles_that_lost_the_zero_of_06_are_faked_valid_with_it():
    """``06 20 741 4220`` read as an integer is ``6207414220``; the old fakes were valid for 1 in 4."""
    numbers = _numbers(random.Random(9), "HU", PhoneNumberType.MOBILE, 30)
    values = ["6" + phonenumbers.national_significant_number(n) for n in numbers]
    assert all(lost_lead(v, "HU") == "0" for v in values)
    fakes = fake_phones(values, np.random.default_rng(10), region="HU", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value and len(fake) == len(value) and _valid_as("0" + fake, "HU")


def test_numbers_dialled_without_plus_in_a_table_read_as_german_are_faked_in_their_country():
    """Dutch ``316...`` numbers faked under a German hint were valid nowhere as dialled numbers."""
    values = _dialled(_numbers(random.Random(11), "NL", PhoneNumberType.MOBILE, 30))
    fakes = fake_phones(values, np.random.default_rng(12), region="DE", elsewhere=True)
    assert sum(_valid_as(f, "NL", "+") for f in fakes) >= 29


def test_grouped_numbers_dialled_without_plus_keep_their_country():
    """``60 3-6178 4185`` (Malaysia) and ``7 771 685 2567`` (Kazakhstan) in a table read as American: the old
    fakes were American-looking digits valid nowhere (``60 0-6472 2815``)."""
    rng = random.Random(13)
    for region in ("MY", "KZ"):
        numbers = _numbers(rng, region, PhoneNumberType.MOBILE, 20)
        values = [phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:] for n in numbers]
        fakes = fake_phones(values, np.random.default_rng(14), region="US", elsewhere=True)
        for value, fake in zip(values, fakes, strict=True):
            assert fake != value and len(fake) == len(value) and _valid_as(fake, region, "+"), (value, fake)


def test_bare_numbers_of_a_plan_no_listed_region_takes_find_it():
    """Kazakh ``8771...`` mobiles were given Luxembourg's plan, which takes nearly any digits."""
    rng = random.Random(15)
    for region in ("KZ",):
        numbers = _numbers(rng, region, PhoneNumberType.MOBILE, 24)
        values = ["".join(c for c in phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
                          if c.isdigit()) for n in numbers]  # fmt: skip
        assert bare_phone_region(values, "US") == region, region
