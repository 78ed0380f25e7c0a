"""Session 26: a phone column's fakes are valid where its numbers are, whatever the names beside them voted
(extensions do not hide the national layout; Lithuanian, Slovak, Croatian... columns are tried too)."""

from __future__ import annotations

import phonenumbers
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.locales import locale_of_region, parse_phone
from safe_synthesizer.pii.replace_engine import value_mapping


def _valid(value: str, region: str) -> bool:
    parsed = parse_phone(value.split(" x")[0].split(" ext")[0], region)
    return parsed is not None and phonenumbers.is_valid_number(parsed) and (
        phonenumbers.region_code_for_number(parsed) == region
    )


_COLUMNS = {
    # Danish 8-digit numbers with extensions, the column read as German (names voted de_DE)
    "DK": ["55 13 26 76 x190", "38 52 77 25 x344", "78 28 08 64 ext. 224", "50 90 61 48 ext 150",
           "70 19 54 50 ext. 144", "36 80 97 49 ext. 499", "89 39 89 37 x58", "33 12 45 67 x12"],
    # Swiss numbers with extensions, the column read as French
    "CH": ["071 653 06 86 ext 388", "044 668 18 00 x12", "031 359 11 11 ext. 4", "022 310 22 22 x7",
           "061 201 33 44 ext 51", "079 123 45 67 x99", "076 555 12 34 ext. 3", "078 987 65 43 x10"],
    # Lithuanian numbers in their (0-XX) layout, the column read as German
    "LT": ["(0-45) 386568 ext. 186", "(0-41) 612868 x376", "(0-37) 781789 ext 307", "(0-5) 263 4459 ext. 341",
           "(0-45) 706100 ext 159", "(0-612) 34567", "(0-5) 210 1234", "(0-46) 312345"],
}  # fmt: skip


@pytest.mark.parametrize(("region", "read_as"), [("DK", "de_DE"), ("CH", "fr_FR"), ("LT", "de_DE")])
def test_phone_column_fakes_valid_in_the_numbers_country(region: str, read_as: str) -> None:
    values = _COLUMNS[region]
    assert all(_valid(v, region) for v in values)
    out = value_mapping(E.PHONE_NUMBER, "fake", values, FakeMapper([read_as], seed=0), ReplacePiiParameters(),
                        locale=read_as)  # fmt: skip
    fakes = [out[v] for v in values]
    assert sum(_valid(f, region) for f in fakes) == len(values), fakes
    assert all(f != v for f, v in zip(fakes, values, strict=True))


def test_more_regions_have_a_faker_locale() -> None:
    assert [locale_of_region(r) for r in ("LT", "SK", "HU", "HR", "SI", "BG")] == [
        "lt_LT", "sk_SK", "hu_HU", "hr_HR", "sl_SI", "bg_BG"]  # fmt: skip
