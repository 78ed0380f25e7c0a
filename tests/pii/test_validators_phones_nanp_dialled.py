"""A +1 number dialled with its trunk ``1`` set apart (``1-767-440-2014``) is its own NANP region's, not a German
or Chinese mobile read from its eleven digits."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.validators.phones import phone_regions


@pytest.mark.parametrize(
    ("value", "region"),
    [
        ("1-767-440-2014", "DM"),
        ("1-201-592-7375", "US"),
        ("1 (201) 592-7375", "US"),
        ("1.268.462.1234", "AG"),
        ("1-416-555-0199", "CA"),
    ],
)
def test_trunk_one_numbers_are_their_nanp_region(value: str, region: str) -> None:
    assert phone_regions(value) == (region,)


def test_eleven_digits_run_together_or_grouped_otherwise_are_not_read_so() -> None:
    assert phone_regions("17674402014") != ("DM",)
    assert phone_regions("176 7440 2014") == ("CN",)
