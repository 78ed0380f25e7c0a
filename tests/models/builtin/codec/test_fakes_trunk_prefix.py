"""A national phone template keeps its trunk ``0`` and never turns into an ``00`` international prefix."""

import numpy as np
import pytest

from safe_synthesizer.models.builtin.codec.fakes import fill_template, template_shape


@pytest.mark.parametrize("value", ["01184960194", "0118 496 0194", "(04580) 798694"])
def test_trunk_zero_is_never_followed_by_a_drawn_zero(value: str) -> None:
    shape = template_shape("phone_number", value)
    rng = np.random.default_rng(7)
    fakes = [fill_template("phone_number", shape, rng) for _ in range(400)]
    digits = ["".join(c for c in f if c.isdigit()) for f in fakes]
    assert all(d.startswith("0") for d in digits)  # trunk kept literal
    assert not any(d.startswith("00") for d in digits)  # would parse as another country's number
    assert len({d[1] for d in digits}) == 9  # the digit after the trunk still varies over 1-9


def test_international_prefix_is_left_alone() -> None:
    # "+20" is Egypt's code, not a trunk: the digit after it is drawn as before (0 allowed).
    shape = template_shape("phone_number", "+20 0123 456789")
    rng = np.random.default_rng(3)
    fakes = [fill_template("phone_number", shape, rng) for _ in range(200)]
    assert all(f.startswith("+20 ") for f in fakes)
    assert any(f[4] == "0" for f in fakes)
