"""Fake ids of the layout schemes pass their scheme again, written as the original (fake_id_layouts)."""

from __future__ import annotations

import numpy as np
import pytest

from safe_synthesizer.pii.column_id_layouts import layout_id_schemes
from safe_synthesizer.pii.fake_id_layouts import fake_layout_id, fake_layout_ids


@pytest.mark.parametrize(
    "original",
    [
        "GHA-712345678-1",
        "gha 712345678 1",
        "0123456M",
        "853202937V",
        "198532002937",
        "1749498885",
        "2197521590",
        "784-1967-2048898-8",
        "УБ85031212",
        "751126392729",
    ],
)
def test_fake_passes_the_same_scheme_in_the_same_layout(original: str) -> None:
    rng = np.random.default_rng(5)
    for _ in range(20):
        fake = fake_layout_id(original, rng)
        assert fake is not None and fake != original
        assert layout_id_schemes(fake) == layout_id_schemes(original)
        # separators, case and length as written
        assert [c.isalnum() for c in fake] == [c.isalnum() for c in original]
        assert [c.islower() for c in fake] == [c.islower() for c in original]


def test_fixed_parts_are_kept() -> None:
    rng = np.random.default_rng(1)
    assert fake_layout_id("GHA-712345678-1", rng).startswith("GHA-")
    assert fake_layout_id("784-1967-2048898-8", rng).startswith("784-")
    assert fake_layout_id("0123456G", rng).endswith("G")
    assert fake_layout_id("2197521590", rng).startswith("2")  # a resident's iqama stays one


def test_other_values_get_no_layout_fake() -> None:
    rng = np.random.default_rng(2)
    assert fake_layout_id("ORD-2024-00012", rng) is None
    assert fake_layout_ids(["12345", "ABC-1", "x"], rng) == [None, None, None]


def test_the_replacement_writes_layout_ids_for_national_id_columns():
    """Wired in fakes (session 34): a Ghana Card column gets Ghana Cards, not scrambled letters."""
    from safe_synthesizer.pii.fakes import FakeMapper

    values = ["GHA-712345678-1", "GHA-723456789-3", "GHA-734567890-5"]
    out = FakeMapper(["en_US"], seed=1).map_values("national_id", values)
    assert all(out[v].startswith("GHA-") and out[v] != v for v in values)
