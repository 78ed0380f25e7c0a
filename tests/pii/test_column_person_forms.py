"""Person columns in decorated layouts (``Doe J``, nicknames, post-nominals, couples, particles)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_people import people_score, person_layout
from safe_synthesizer.pii.column_person_forms import decorated_person, particle_name, surname_initials
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.gazetteers import all_street_words

_FIRST = ["Anna", "Peter", "Laura", "Thomas", "Sofia", "Martin", "Clara", "David", "Julia", "Simon", "Elena",
          "Lucas", "Maria", "Jonas", "Sarah", "Daniel", "Emma", "Paul", "Nina", "Felix", "Laura", "Hugo"]
_LAST = ["Becker", "Wilson", "Moreau", "Rossi", "Jansen", "Garcia", "Fischer", "Taylor", "Dubois", "Romano",
         "Visser", "Lopez", "Wagner", "Walker", "Lambert", "Greco", "Bakker", "Navarro", "Hoffmann", "Harris",
         "Girard", "Costa"]  # fmt: skip


def _score(cells: list[str]):
    return people_score(sample_values(pd.Series(cells), 500, 0))


def test_surname_then_initials_is_a_person_column() -> None:
    cells = [f"{last} {first[0]}" for first, last in zip(_FIRST, _LAST, strict=True)]
    cells += [f"{last}, {first[0]}." for first, last in zip(_FIRST, reversed(_LAST), strict=True)]
    assert _score(cells) is not None
    assert surname_initials("Wagner J.R.") == (True, True)
    assert surname_initials("Main St") == (False, False)
    blocks = [f"{w} {c}" for w in ("Block", "Wing", "Hall", "Gate") for c in "ABCDEF"]
    assert _score(blocks) is None


def test_nicknames_postnominals_ids_and_couples_are_people() -> None:
    pairs = list(zip(_FIRST, _LAST, strict=True))
    for build in (
        lambda f, g, lst: f'{f} "{g[:3]}" {lst}',
        lambda f, g, lst: f"{f} {lst} {'PhD' if len(lst) % 2 else 'MBE'}",
        lambda f, g, lst: f"{f} & {g} {lst}",
        lambda f, g, lst: f"{lst}, {f} (#{len(f) * 97 + len(lst)})",
    ):
        cells = [build(f, _FIRST[(i + 3) % len(_FIRST)], lst) for i, (f, lst) in enumerate(pairs)]
        assert _score(cells) is not None, cells[:3]


def test_particle_names_are_no_towns() -> None:
    particles = ["de la", "van der", "von", "di", "dos"]
    cells = [f"{f} {particles[i % 5]} {lst}" for i, (f, lst) in enumerate(zip(_FIRST, _LAST, strict=True))]
    assert particle_name("Maria de la Garcia") == (True, True)
    assert particle_name("Villanueva de la Serena") == (False, False)
    assert _score(cells) is not None


def test_companies_and_rooms_stay_out() -> None:
    streets = all_street_words()
    assert decorated_person("Johnson & Johnson", person_layout, streets) is None
    assert decorated_person("Marks & Spencer", person_layout, streets) is None
    rooms = [f"Room {i}" for i in range(1, 30)]
    assert _score(rooms) is None
    products = ["Oak Desk Lamp", "Milano Sofa", "Berlin Backpack", "Nordic Throw", "Victoria Teapot",
                "Harper Armchair", "Logan Bookcase", "Aspen Duvet", "Sierra Rug", "Lincoln Mug", "Austin Shelf",
                "Florence Vase", "Hudson Stool", "Camden Mirror", "Baker & Sons Ltd", "Walker Media LLC",
                "Senior Nurse", "Account Manager", "Head of Sales", "Nightingale Ward", "Fleming Ward"]  # fmt: skip
    assert _score(products) is None


def test_couples_of_titles() -> None:
    streets = all_street_words()
    assert decorated_person("M. et Mme Dubois", person_layout, streets) == ("couple", True)
    assert decorated_person("dhr. en mevr. Van Driessche", person_layout, streets)[0] == "couple"
    assert decorated_person("Herr und Frau Becker", person_layout, streets) == ("couple", True)
    cells = [f"M. et Mme {last}" for last in _LAST] + [f"dhr. en mevr. {last}" for last in _LAST]
    assert _score(cells) is not None
