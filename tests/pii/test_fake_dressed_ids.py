"""Fakes of dressed id cells: the dressing kept, the id new and valid in the same scheme, one fake per id."""

from __future__ import annotations

import numpy as np
from stdnum.es import dni
from stdnum.it import codicefiscale

from safe_synthesizer.pii.fake_dressed_ids import fake_dressed_ids, fresh_id


def test_dressing_kept_and_the_dni_valid_again() -> None:
    originals = ["NIC/ 69133805Z", "69133805Z (exp. 2035-09)", "ID seen"]
    fakes = fake_dressed_ids(originals, np.random.default_rng(3))
    assert fakes[0].startswith("NIC/ ") and fakes[1].endswith(" (exp. 2035-09)")
    first, second = fakes[0][len("NIC/ ") :], fakes[1][: -len(" (exp. 2035-09)")]
    assert first == second != "69133805Z"  # one person, one fake id in both dressings
    assert dni.is_valid(first)
    assert fakes[2] is None


def test_codice_fiscale_fake_passes_its_check() -> None:
    fake = fresh_id("NSVMQP33M23F440H", "it.codicefiscale", np.random.default_rng(0))
    assert fake is not None and fake != "NSVMQP33M23F440H"
    assert codicefiscale.is_valid(fake)


def test_spaced_layout_kept() -> None:
    fake = fake_dressed_ids(["ID/ SY 79 96 55 D"], np.random.default_rng(1))[0]
    assert fake is not None and fake.startswith("ID/ ")
    core = fake[len("ID/ ") :]
    assert [len(p) for p in core.split(" ")] == [2, 2, 2, 2, 1]
    assert core != "SY 79 96 55 D"
