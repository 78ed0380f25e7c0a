"""The held-out runners' trace test (``bench_pii_heldout.caught``): what of an original value left in a
replaced note counts as a miss."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_pii_heldout as heldout  # noqa: E402


def test_a_kept_title_is_no_trace_of_the_name() -> None:
    assert heldout.caught("name", "Mrs R. Snyder", "Spoke to Mrs A. Caldwell re 3 overdue items.")
    assert heldout.caught("name", "Herr E. Mans", "Thanks Herr R. Scholtz - received.")


def test_a_kept_surname_is_a_trace() -> None:
    assert not heldout.caught("name", "Mrs R. Snyder", "Spoke to Mrs A. Snyder re 3 overdue items.")


def test_the_is_no_core_street_word() -> None:
    assert heldout.caught("street_address", "the old mill, Grand Anse", "Seen at Bay Road near the church.")
    assert not heldout.caught("street_address", "the old mill, Grand Anse", "Seen near Grand Anse.")


def test_a_kept_patronymic_particle_is_no_trace() -> None:
    assert heldout.caught("name", "Faizal bin Yusof", "Keys with neighbour Jeffrey bin Lin.")
    assert not heldout.caught("name", "Faizal bin Yusof", "Keys with neighbour Jeffrey bin Yusof.")
