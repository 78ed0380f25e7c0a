"""``locale_names._weighted`` reads each word's case forms once per index (a shared memo): the weights are the
ones read without it."""

from __future__ import annotations

from types import SimpleNamespace

from safe_synthesizer.pii import locale_names as L


def test_a_shared_memo_gives_the_weights_a_fresh_one_gives() -> None:
    first = SimpleNamespace(first_names={"İsmail": 2.0, "Ştefan": 1.0}, first_names_male=("Müller-Lüdenscheidt",))
    second = SimpleNamespace(first_names=("Ismail", "Stefan", "ISMAIL"))
    memo: dict[str, set[str]] = {}
    shared = [L._weighted(p, L._FIRST, memo) for p in (first, second)]
    fresh = [L._weighted(p, L._FIRST, {}) for p in (first, second)]
    assert shared == fresh
    assert {"İsmail", "Ismail", "ISMAIL"} <= memo.keys() and {"ismail", "stefan", "muller"} <= shared[0].keys()
    assert shared[1]["ismail"] == 1 / 3
