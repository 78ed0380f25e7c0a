"""No fake is another record's real value: multi-word pool names and pool postcodes avoid the originals."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.fake_pools import Pools, postcodes_by_layout
from safe_synthesizer.pii.fakes import FakeMapper


def test_a_multi_word_pool_surname_is_no_original_of_the_table() -> None:
    # de_DE/nl_NL pools hold ``van der Dussen``-like names; a table holding that surname got it back as
    # the fake of another record's surname.
    pool = [str(p) for p in Pools(["nl_NL"], 0).get("last_name", "nl_NL") if " " in str(p)]
    originals = pool[:40] + [f"Achternaam{i}" for i in range(300)]
    for seed in range(3):
        mapper = FakeMapper(["nl_NL"], seed=seed)
        mapper.reserve(E.LAST_NAME, originals)
        fakes = mapper.map_values(E.LAST_NAME, originals, locale="nl_NL")
        assert not set(fakes.values()) & set(originals)


def test_pool_postcodes_avoid_the_run_s_real_codes() -> None:
    pool = [c for codes in postcodes_by_layout(("fr_FR",), 0).values() for c in codes]
    real = list(dict.fromkeys(pool))[:300]
    for seed in range(3):
        mapper = FakeMapper(["fr_FR"], seed=seed)
        mapper.reserve(E.POSTCODE, real)
        fakes = mapper.map_values(E.POSTCODE, real, locale="fr_FR")
        assert not set(fakes.values()) & set(real)
        assert all(len(f) == 5 and f.isdigit() for f in fakes.values())


def test_invented_towns_are_no_name_of_the_table() -> None:
    # Faker fr_FR invents towns from surnames (``Becker``, ``Lévy``): a town fake was another record's surname.
    towns = [str(t) for t in Pools(["fr_FR"], 0).get("city", "fr_FR")]
    surnames = sorted({t for t in towns if " " not in t and "-" not in t})[:400]
    for seed in range(3):
        mapper = FakeMapper(["fr_FR"], seed=seed)
        mapper.reserve(E.LAST_NAME, surnames)
        fakes = mapper.map_values(E.CITY, [f"Ville{i}" for i in range(200)], locale="fr_FR")
        assert not {f.lower() for f in fakes.values()} & {s.lower() for s in surnames}


def test_surname_fakes_are_no_town_of_the_table() -> None:
    # pt_BR towns are surnames (``Barros``, ``Jesus``): a town of one record came back as another's surname.
    surnames = [str(s) for s in Pools(["pt_BR"], 0).get("last_name", "pt_BR") if " " not in str(s)]
    towns = surnames[:30]
    for seed in range(3):
        mapper = FakeMapper(["pt_BR"], seed=seed)
        mapper.reserve(E.CITY, towns)
        fakes = mapper.map_values(E.LAST_NAME, [f"Sobrenome{i}" for i in range(20)], locale="pt_BR")
        assert not {f.lower() for f in fakes.values()} & {t.lower() for t in towns}
