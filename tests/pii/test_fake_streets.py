"""A street fake never repeats the original street's name words (``Intrarea Alexe Pușcașu`` -> ``Soseaua
Pușcașu`` kept the real name); street types that many streets share (``Strada``, ``utca``) may repeat."""

from __future__ import annotations

import re

import numpy as np
import pytest

from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.fake_values import street


def _words(line: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", line.lower()))


@pytest.mark.parametrize(
    ("locale", "original", "names"),
    [
        ("ro_RO", "Strada Popescu Nr. 12", {"popescu"}),
        ("ro_RO", "Intrarea Ionescu Nr. 3", {"ionescu"}),
        ("de_DE", "Müllerweg 4", set()),
        ("en_US", "482 Smith Drive", {"smith"}),
    ],
)
def test_fake_street_does_not_repeat_name_words(locale: str, original: str, names: set[str]) -> None:
    pools = Pools((locale,), 0)
    rng = np.random.default_rng(1)
    for _ in range(300):
        fake = street(pools, original, locale, rng)
        assert not names & _words(fake), fake
        assert _words(fake) != _words(original)


def test_street_types_are_shared_words_of_the_pool() -> None:
    shared = Pools(("ro_RO",), 0).shared_words("street_address", "ro_RO")
    assert {"strada", "aleea"} <= shared
    assert "popescu" not in shared
