"""An initialled name's fake never shows the real initial again (``J. Rice`` -> ``J. Gay`` leaked it)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.fakes import FakeMapper

INITIALLED = ["J. Rice", "M. Lang", "S. Novak", "A. Petit", "B. Diaz", "K. Weber", "D. Flaga", "T. Cross"]


@pytest.mark.parametrize("keyed", [False, True])
def test_initial_of_fake_differs_from_the_original(keyed: bool) -> None:
    for seed in range(12):
        mapper = FakeMapper(["en_US"], seed=seed, keyed=keyed)
        fakes = mapper.map_values("name", INITIALLED)
        for original, fake in fakes.items():
            assert fake[1] == "." and fake[0] != original[0], (seed, original, fake)


def test_full_given_names_still_map_to_other_names() -> None:
    fakes = FakeMapper(["en_US"], seed=3).map_values("name", ["John Rice", "Mary Lang"])
    assert all(fake.split()[0] not in {"John", "Mary"} for fake in fakes.values())


@pytest.mark.parametrize("keyed", [False, True])
def test_lower_case_initial_keeps_its_case(keyed: bool) -> None:
    """``r. kager`` -> ``k. hofmann``: an initial written in lower case stays lower case (it became upper)."""
    originals = ["r. kager", "m. lang", "s. novak", "a. petit"]
    fakes = FakeMapper(["de_DE"], seed=5, keyed=keyed).map_values("name", originals)
    for original, fake in fakes.items():
        assert fake == fake.lower() and fake[1] == ".", (original, fake)
    upper = FakeMapper(["de_DE"], seed=5, keyed=keyed).map_values("name", ["R. Kager", "R. KAGER"])
    assert all(fake[0].isupper() for fake in upper.values()), upper
