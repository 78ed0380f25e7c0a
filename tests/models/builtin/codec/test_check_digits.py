"""Generated ids keep a valid check digit when every training id has one (probe 6 tracking numbers)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec import Protection
from safe_synthesizer.models.builtin.codec.check_digits import check_scheme, passes, with_check_digit
from safe_synthesizer.models.builtin.codec.generated import IdentifierEncoder


def _ids(scheme: str, n: int = 300) -> list[str]:
    rng = np.random.default_rng(9443)
    raw = ["TR" + "".join(map(str, rng.integers(0, 10, size=11))) + "0" for _ in range(n)]
    return [with_check_digit(v, scheme) for v in raw]


def test_tracking_numbers_keep_their_check_digit() -> None:
    for scheme in ("gtin", "luhn"):
        encoder = IdentifierEncoder.fit("tracking_no", pd.Series(_ids(scheme)), protection=Protection(), salt="s")
        assert encoder.check_digit == scheme
        made = encoder.decode(np.zeros((500, 0), dtype=np.int64), np.random.default_rng(0))
        assert made.str.fullmatch(r"TR\d{12}").all() and made.is_unique
        assert all(passes(v, scheme) for v in made)  # 90 % failed before
        assert not set(made) & set(_ids(scheme))


def test_ids_without_a_check_digit_get_none() -> None:
    rng = np.random.default_rng(9447)
    plain = ["TR" + "".join(map(str, rng.integers(0, 10, size=12))) for _ in range(300)]
    assert check_scheme(plain) == ""
    assert check_scheme(_ids("gtin")[:20]) == ""  # too few to tell from chance
    assert IdentifierEncoder.fit("id", pd.Series(plain), protection=Protection(), salt="s").check_digit == ""
