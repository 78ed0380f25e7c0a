"""Maiden names and bracketed remarks after a person's name (s38, FX): ``Jane Doe (née Smith)``, ``Anna Kaya geb.
Ruppert``, ``Maria Lopez (deceased)`` read as the name before them; products with a remark stay out."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_people import people_score, person_layout
from safe_synthesizer.pii.column_person_forms import decorated_person
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.gazetteers import all_street_words

_FIRST = ["Anna", "Peter", "Laura", "Thomas", "Sofia", "Martin", "Clara", "David", "Julia", "Simon", "Elena",
          "Lucas", "Maria", "Jonas", "Sarah", "Daniel", "Emma", "Paul", "Nina", "Felix", "Laura", "Hugo"]  # fmt: skip
_LAST = ["Becker", "Wilson", "Moreau", "Rossi", "Jansen", "Garcia", "Fischer", "Taylor", "Dubois", "Romano",
         "Visser", "Lopez", "Wagner", "Walker", "Lambert", "Greco", "Bakker", "Navarro", "Hoffmann", "Harris",
         "Girard", "Costa"]  # fmt: skip
_MAIDEN = ["(née {})", "(geb. {})", "geb. {}", "(nata {})", "(de soltera {})", "ép. {}", "(geb. {})"]


def _score(cells: list[str]):
    return people_score(sample_values(pd.Series(cells), 500, 0))


def test_maiden_names_read_as_the_person() -> None:
    streets = all_street_words()
    assert decorated_person("Anna Becker (née Wilson)", person_layout, streets) == ("titled", True)
    assert decorated_person("Clara Fischer geb. Wagner", person_layout, streets) == ("titled", True)
    assert decorated_person("Maria Lopez (deceased)", person_layout, streets) == ("titled", True)


def test_a_column_with_maiden_names_in_a_third_of_its_cells_is_people() -> None:
    pairs = list(zip(_FIRST, _LAST, strict=True))
    cells = [
        f"{f} {lst}" + (" " + _MAIDEN[i % len(_MAIDEN)].format(_LAST[(i + 5) % 22]) if i % 2 == 0 else "")
        for i, (f, lst) in enumerate(pairs)
    ]
    assert _score(cells) is not None


def test_products_with_a_remark_stay_out() -> None:
    streets = all_street_words()
    assert decorated_person("Oak Desk Lamp (large)", person_layout, streets) is None
    assert decorated_person("Paris (France)", person_layout, streets) is None
    products = [f"{p} ({size})" for p in ("Milano Sofa", "Nordic Throw", "Aspen Duvet", "Sierra Rug", "Camden Mirror",
                "Hudson Stool", "Logan Bookcase") for size in ("small", "large", "XL")]  # fmt: skip
    assert _score(products) is None
