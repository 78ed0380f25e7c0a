"""Phone fakes of numbers that are not valid themselves (codec templates of random digits, typos):
``fake_phones`` keeps none of their digits, so the fake is still a valid number of the region."""

from __future__ import annotations

import numpy as np
import pytest
from faker import Faker

from safe_synthesizer.models.builtin.codec.fakes import fill_template, template_shape
from safe_synthesizer.pii.phones import fake_phones, is_valid_phone


def _templates(locale: str, region: str, n: int, seed: int) -> list[str]:
    """Valid numbers of the locale with every digit after the dialling prefix redrawn, as the
    built-in model's codec writes its templates before asking for a fake."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    values = [v for v in (fake.phone_number() for _ in range(n)) if is_valid_phone(v, region)]
    return [fill_template("phone_number", template_shape("phone_number", v), rng) for v in values]


@pytest.mark.parametrize(
    ("locale", "region"), [("ja_JP", "JP"), ("it_IT", "IT"), ("es_ES", "ES"), ("en_GB", "GB"), ("en_US", "US")]
)
def test_fakes_of_invalid_templates_are_valid_numbers(locale, region):
    # A redrawn trunk 0 can become the 00 of an international number (another country): left out.
    templates = [t for t in _templates(locale, region, 400, seed=5) if not t.lstrip("(").startswith("00")]
    invalid = [t for t in templates if not is_valid_phone(t, region)]
    assert len(invalid) > 30  # random digits often start no valid number
    fakes = fake_phones(invalid, np.random.default_rng(1), region=region)
    assert np.mean([is_valid_phone(f, region) for f in fakes]) >= 0.97
    assert all(len(f) == len(t) for f, t in zip(fakes, invalid, strict=True))  # layout kept


def test_fakes_of_valid_numbers_keep_their_first_digit():
    fake = Faker("en_GB")
    fake.seed_instance(8)
    values = [v for v in (fake.phone_number() for _ in range(200)) if is_valid_phone(v, "GB")]
    fakes = fake_phones(values, np.random.default_rng(2), region="GB")
    assert all(is_valid_phone(f, "GB") for f in fakes)
    assert np.mean([f != v for f, v in zip(fakes, values, strict=True)]) > 0.99
