"""Export wrapping taken off contact and id cells before the value checks (column_contact_cells)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii.column_contact_cells import is_missing_token, unwrap_cell
from safe_synthesizer.pii.column_sample import sample_values


@pytest.mark.parametrize(
    ("cell", "core"),
    [
        ("mob: 0612 34 56 78", "0612 34 56 78"),
        ("030 1234567 (privat)", "030 1234567"),
        ("Handy 0151 2345678 oder Tel. 030 123456", "0151 2345678 oder 030 123456"),
        ("Tel. 030 12345 DW 12", "030 12345 ext. 12"),
        ("Jane Doe <jd@x.org>", "jd@x.org"),
        ('"Doe, J" <J.D@X.ORG>', "J.D@X.ORG"),
        ("mailto:a@b.com", "a@b.com"),
        ("a@b.com; c@d.org", "a@b.com"),
        ("jane at x dot org", "jane@x.org"),
        ("jane[at]x.org", "jane@x.org"),
        ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("BIC COBADEFFXXX IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("COBADEFF / DE89370400440532013000", "DE89370400440532013000"),
        ("VISA 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("SSN: 123-45-6789", "123-45-6789"),
        ("447911123456.0", "447911123456"),
        ("'0612345678", "0612345678"),
    ],
)
def test_wrapped_cells_are_unwrapped(cell: str, core: str) -> None:
    assert unwrap_cell(cell) == core


@pytest.mark.parametrize(
    "cell", ["No 5 Main Street 12345", "Room 101", "12.5", "Anna Maria", "Court 10", "meet at home dot", "v2.10.3"]
)
def test_ordinary_cells_stay(cell: str) -> None:
    assert unwrap_cell(cell) == cell


def test_missing_tokens() -> None:
    assert all(map(is_missing_token, ["n/a", "N/A", "-", "unknown", "None", "?", "withheld", "Refused", "0"]))
    assert is_missing_token("000-000-0000")
    assert not is_missing_token("Anna")


def test_sample_drops_missing_words_and_merges_unwrapped_values() -> None:
    series = pd.Series(["n/a", "withheld", "mob: 0612345678", "0612345678", "'0612345678", "?", "Jane <j@x.org>"])
    sample = sample_values(series, 500, 0)
    assert sorted(sample.values) == ["0612345678", "j@x.org"]
    assert dict(zip(sample.values, sample.counts, strict=True))["0612345678"] == 3
