"""Fresh fakes written at generation time for a PII-replaced column's rare values."""

import numpy as np
import pytest
from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10

from safe_synthesizer.models.builtin.codec.fakes import FakeSource, template_shape
from safe_synthesizer.pii.phones import is_valid_phone

PHONES = {
    "DE": ("de_DE", ["+49(0)5741 334454", "(04580) 798694", "09534 546943", "+49 (0) 5190 775705"]),
    "GB": ("en_GB", ["+44 20 7946 0958", "01214 960628"]),
    "US": ("en_US", ["+1-212-555-0100", "(212) 555-0100"]),
    "BR": ("pt_BR", ["+55 11 91234-5678", "(11) 91234-5678"]),
}


def test_phone_shape_keeps_country_code_and_trunk_as_written() -> None:
    assert template_shape("phone_number", "+49(0)5741 334454") == "+49(0)9999 999999"
    assert template_shape("phone_number", "(04580) 798694") == "(09999) 999999"


@pytest.mark.parametrize("region", sorted(PHONES))
def test_generated_phones_are_valid_numbers_of_the_column_country(region: str) -> None:
    locale, originals = PHONES[region]
    shapes = [template_shape("phone_number", v) for v in originals]
    source = FakeSource("phone_number", [locale], region, shapes, [1 / len(shapes)] * len(shapes))
    fakes = source.draw(400, np.random.default_rng(5))
    assert len(fakes) == 400
    assert np.mean([is_valid_phone(f, region) for f in fakes]) >= 0.99
    # The ``9`` of ``+49`` is part of the country code, not a digit to draw at random.
    country = originals[0].split("(")[0].split(" ")[0].split("-")[0]
    international = [f for f in fakes if f.startswith("+")]
    assert international and all(f.startswith(country) for f in international)


def test_generated_ibans_keep_the_column_countries() -> None:
    # Random letters in the country slot gave 'ZO77 7335 ...': no such country.
    assert template_shape("iban", "FR76 3000 6000 0112 3456 7890 189") == "FR99 9999 9999 9999 9999 9999 999"
    originals = ["FR76 3000 6000 0112 3456 7890 189", "BE68 5390 0754 7034"]
    shapes = [template_shape("iban", v) for v in originals]
    source = FakeSource("iban", ["fr_FR"], "FR", shapes, [0.5, 0.5])
    fakes = source.draw(200, np.random.default_rng(3141))
    assert {f[:2] for f in fakes} == {"FR", "BE"}
    assert all(mod_97_10.is_valid(stdnum_iban.compact(f)[4:] + stdnum_iban.compact(f)[:4]) for f in fakes)
