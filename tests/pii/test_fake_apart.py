"""Session 27: a name's fake is never another real name of the same record, even when Faker's pool is so
small (ja_JP family names) that fakes must come from the table's own names."""

from __future__ import annotations

import random

import pytest
from faker.providers.person.ja_JP import Provider

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.fake_apart import ApartTokens, gives_back
from safe_synthesizer.pii.fakes import FakeMapper

_FAMILY = list(dict.fromkeys(Provider.last_names))


@pytest.mark.parametrize("seed", range(6))
def test_fakes_avoid_the_other_names_of_their_record(seed: int) -> None:
    mapper = FakeMapper(["ja_JP"], seed=seed)
    mapper.reserve(E.LAST_NAME, _FAMILY)  # every pool name is an original: fakes come from the table's names
    rnd = random.Random(seed)
    records = [rnd.sample(_FAMILY, 3) for _ in range(60)]
    for record in records:
        mapper.keep_apart(record)
    fakes = mapper.map_values(E.LAST_NAME, _FAMILY, locale="ja_JP")
    clashes = [(a, b) for r in records for a in r for b in r if a != b and fakes[a] == b]
    assert clashes == []
    assert all(fakes[name] != name for name in _FAMILY)


def test_keyed_mapper_ignores_records() -> None:
    mapper = FakeMapper(["ja_JP"], seed=0, keyed=True)
    mapper.keep_apart(["佐藤", "鈴木"])  # under DP a fake depends on its own value only
    assert mapper._apart.others("佐藤") == frozenset()


def test_apart_tokens() -> None:
    apart = ApartTokens()
    apart.add(["林", "森", "J.", "x"])  # one-character Chinese family names count, initials do not
    assert gives_back("森", "林", apart)
    assert not gives_back("高橋", "林", apart)
    assert "j." not in apart.others("林")
    assert gives_back("Jane", "J.")  # an initial's fake keeps no letter of it
