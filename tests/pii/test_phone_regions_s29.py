"""A phone column's country for its fakes among the short-number and Latin American plans (issue 11,
set 14 seen): Chilean ``(2) 2142 3744`` was read as Polish and Estonian ``329 1085`` landlines as
the table's wrongly guessed locale, so their fakes were valid elsewhere, not at home."""

from __future__ import annotations

import numpy as np
import phonenumbers

from safe_synthesizer.pii.locales import locale_of_region
from safe_synthesizer.pii.phones import fake_phones
from safe_synthesizer.pii.validators.phones import column_phone_region

CHILE = ["(2) 2142 3744", "(2) 2186 7914", "(2) 2132 9584", "(2) 2152 8250", "(2) 2279 1133", "(2) 2345 0981"]


def _valid_in(value: str, region: str) -> bool:
    number = phonenumbers.parse(value, region)
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


def test_chilean_bracketed_area_code_column_is_chilean():
    assert all(_valid_in(v, "CL") for v in CHILE)
    assert column_phone_region(CHILE, "US") == "CL"
    assert locale_of_region("CL") == "es_CL"
    fakes = fake_phones(CHILE, np.random.default_rng(0), region="CL", elsewhere=True)
    assert all(_valid_in(f, "CL") for f in fakes), fakes


def test_short_number_regions_have_fake_locales():
    assert {locale_of_region(r) for r in ("IS", "PH", "LU")} == {"is_IS", "en_PH", "de_LU"}
