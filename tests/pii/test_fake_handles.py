"""Handles faked in their own layout, through the same token maps as the person's other forms."""

from __future__ import annotations

from safe_synthesizer.pii.fake_handles import fake_handle, handle_fakes


def _bound(entity: str, words: list[str]) -> dict[str, str]:
    fakes = {"first_name": "Ivo", "last_name": "Zeller-Brandt"}
    return {w: fakes[entity] for w in words}


def test_layout_kept_digits_and_separators_in_place() -> None:
    known = frozenset({"tadeo", "wirihana"})
    assert fake_handle("tadeo77.wirihana", _bound, known) == "ivo77.zellerbrandt"
    assert fake_handle("t51wirihana", _bound, known) == "i51zellerbrandt"
    assert fake_handle("wirihana08t", _bound, known) == "zellerbrandt08i"


def test_particles_kept_and_unread_handles_faked_run_by_run() -> None:
    assert fake_handle("f48vanderlaar", _bound, frozenset({"laar"})) == "i48vanderzellerbrandt"
    assert fake_handle("qwzt60.xyvv", _bound) == "ivo60.zellerbrandt"


def test_only_handles_of_the_column_are_faked() -> None:
    fakes = handle_fakes(["Tadeo Wirihana", "t51wirihana", "n.k.", "pending", "wirihana"], _bound)
    assert set(fakes) == {"t51wirihana", "wirihana"}
