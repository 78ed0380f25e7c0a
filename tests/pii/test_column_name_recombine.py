import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_pairs import pair_split_names
from safe_synthesizer.pii.column_name_recombine import name_cell, recombination, recombined_name_columns

# An invented name stock no list holds, written by several clerks in several layouts.
_GIVEN = ["Tavuko", "Merinde", "Soluka", "Pirawe", "Kenduro", "Lomasi", "Wetunde"]
_FAMILY = ["Relimba", "Ostavu", "Kanepo", "Mbiruwe", "Talangi", "Seborun", "Vuketa"]


def _person(i: int) -> str:
    given, family = _GIVEN[i * 3 % 7], _FAMILY[i * 5 % 7 if i % 3 else i % 7]
    layout = i % 4
    if layout == 0:
        return f"{given} {family}"
    if layout == 1:
        return f"{family.upper()}, {given}"
    if layout == 2:
        return f"{given} {family.upper()}"
    return f"{given[0]}. {family}" if i % 8 == 3 else f"{given} {family}".lower()


def _people(n: int) -> list[str]:
    # a visit per row: every fourth row is a client seen before
    return [_person(i // 2 if i % 4 == 3 else i) for i in range(n)]


def _births(n: int) -> ColumnDetection:
    return ColumnDetection("dob", "date_of_birth", 0.9, 1.0, "values", n)


def _find(values: list[str], *, people: bool = True) -> dict[str, ColumnDetection]:
    df = pd.DataFrame({"who": values, "dob": ["1970-01-01"] * len(values)})
    found = {"who": None, "dob": _births(len(values)) if people else None}
    return recombined_name_columns(df, ["who", "dob"], found)


def test_name_cells_in_any_layout_and_script():
    assert name_cell("RELIMBA, Tavuko") == ("relimba", "tavuko")
    assert name_cell("T. Relimba") == ("relimba",)
    assert name_cell("tavuko relimba") == ("tavuko", "relimba")
    assert name_cell("'Oka Relimba-Vuketa") == ("'oka", "relimba-vuketa")
    assert name_cell("Дамба-Очир Төмөр") == ("дамба-очир", "төмөр")
    assert name_cell("Relimba") is None
    assert name_cell("Bag of rice") is None
    assert name_cell("Relimba 12") is None


def test_recombination_counts_words_shared_between_cells():
    linked, shared, top = recombination([("a", "x"), ("a", "y"), ("b", "y"), ("c", "z")])
    assert (round(linked, 2), shared, top) == (0.75, 2, 0.5)


def test_unlisted_full_names_that_recombine_in_a_table_about_people_are_names():
    for n in (14, 40, 200):
        found = _find(_people(n))
        assert list(found) == ["who"] and found["who"].entity == "name", n


def test_no_names_without_other_person_evidence_in_the_table():
    assert _find(_people(40), people=False) == {}


def test_categories_of_few_values_over_many_rows_are_not_names():
    staff = ["Tavuko Relimba", "Merinde Ostavu", "Soluka Relimba", "Tavuko Kanepo", "Merinde Kanepo", "Pirawe Ostavu"]
    assert _find(staff * 10) == {}


def test_streets_wards_and_towns_sharing_one_hub_word_are_not_names():
    streets = [f"{w} {t}" for w in ("Mill", "Church", "Station", "Park", "Meadow") for t in ("Lane", "Road", "Street")]
    wards = [f"{g} {f} Ward" for g, f in zip(_GIVEN, _FAMILY, strict=True)] + ["Tavuko Ostavu Ward"]
    towns = [f"San {g}" for g in _GIVEN] + [f"Santa {g}a" for g in _GIVEN]
    for values in (streets, wards, towns):
        assert _find(values) == {}, values[:3]


def test_phrases_of_common_words_and_products_are_not_names():
    food = [f"{a} {b}" for a in ("Green", "Black", "White", "Red") for b in ("Tea", "Beans", "Rice", "Bread")]
    products = [f"Tavuko {m} {n}00" for m in ("Lite", "Max") for n in range(1, 8)]
    assert _find(food) == {}
    assert _find(products) == {}


def test_the_pair_pass_takes_them_before_the_town_pass_can():
    n = 30
    df = pd.DataFrame({"reg": [f"{4100 + i}" for i in range(n)], "who": _people(n), "dob": ["1970-01-01"] * n})
    found = {"reg": None, "who": None, "dob": _births(n)}
    out = pair_split_names(df, ["reg", "who", "dob"], found)
    assert out["who"].entity == "name" and out["who"].method == "values+recombine"


def test_a_small_table_needs_fewer_people_when_clerks_wrote_them_two_ways():
    small = ["Tavuko Relimba", "RELIMBA, Tavuko", "Merinde Ostavu", "merinde ostavu", "Soluka Relimba",
             "Pirawe Kanepo", "Tavuko Kanepo"]  # fmt: skip
    assert list(_find(small)) == ["who"]
    once = ["Tavuko Relimba", "Merinde Ostavu", "Soluka Relimba", "Pirawe Kanepo", "Tavuko Kanepo", "Lomasi Ostavu"]
    assert _find(once) == {}
