"""Per-entity fakes (fake_values) and their pools (fake_pools)."""

from __future__ import annotations

import numpy as np

from safe_synthesizer.pii.fake_pools import Pools, postcodes_by_layout
from safe_synthesizer.pii.fake_values import ascii_word, emails, pick_avoiding, postcodes, street
from safe_synthesizer.pii.locales import is_valid_postcode


def test_pools_are_cached_and_read_only():
    pools = Pools(["en_GB"], seed=0)
    first = pools.get("city")
    assert first is pools.get("city") and not first.flags.writeable


def test_postcodes_keep_layout_and_locale():
    pools = Pools(["en_GB"], seed=0)
    rng = np.random.default_rng(0)
    fakes = postcodes(pools, ["SW1A 1AA", "m1 1ae"], "en_GB", rng)
    assert all(is_valid_postcode(f, "en_GB") for f in fakes)
    assert fakes[1].islower() and "SW1A 1AA" not in fakes
    assert postcodes_by_layout(("en_GB",), 0)


def test_street_keeps_unit_and_number_width():
    fake = street(Pools(["en_US"], seed=0), "4060 Shepherd Curve Suite 549", "en_US", np.random.default_rng(1))
    assert fake.split()[0].isdigit() and len(fake.split()[0]) == 4 and " Suite " in fake
    assert "Shepherd" not in fake


def test_pick_avoiding_never_returns_an_avoided_value():
    pool = np.array(["Paris", "Lyon", "Nice"], dtype=object)
    picks = pick_avoiding(pool, ["paris"] * 20, {"paris", "lyon"}, np.random.default_rng(0))
    assert set(picks) == {"nice"}  # lower case like the original


def test_emails_are_ascii():
    out = emails(Pools(["de_DE"], seed=0), 5, np.random.default_rng(0))
    assert all(e.isascii() and "@" in e for e in out)
    assert ascii_word("Jürgen") == "jurgen"


def test_street_fake_never_keeps_the_original_street_with_a_new_number() -> None:
    # Faker pools repeat common streets ("Petőfi utca"): a new house number alone would keep the street.
    import numpy as np

    from safe_synthesizer.pii.fake_values import street

    class OnePool:
        def get(self, kind: str, locale: str | None) -> np.ndarray:
            return np.array(["Petőfi utca 12.", "Kossuth tér 3."], dtype=object)

        def shared_words(self, kind: str, locale: str | None) -> frozenset[str]:
            return frozenset()

    rng = np.random.default_rng(0)
    fakes = {street(OnePool(), "Petőfi utca 219.", "hu_HU", rng) for _ in range(20)}
    assert fakes == {"Kossuth tér 3."}


def test_letter_words_serve_pools_and_street_checks() -> None:
    from safe_synthesizer.pii.fake_pools import letter_words

    assert letter_words("Petőfi utca 71/B, 2. em_3") == ["petőfi", "utca", "b", "em"]
