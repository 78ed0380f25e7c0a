"""A nearly empty column the sparse-people check read as names whose values are town-shaped: a raffle buyer's town.

Why: a raffle's ticket sheet fills its ``Town`` on a tenth of the rows (``West Alexandershire``, ``Port Johnfort``,
``North Michaelborough``). The sparse-people check (:mod:`column_sparse_people`) takes two capitalised words, one of
them a listed name (``West``), for a person. A person's name does not open with a town's prefix word (``New``,
``North``, ``West``, ``Lake``, ``Port``, ``Mount``) before a word that is no given name, nor carries a word with a
town's ending (``-shire``, ``-ville``, ``-borough``, ``-haven``) that is no listed name; when every distinct value
does, the column is the persons' towns: the name finding becomes a town finding (still replaced, as a town).

Example::

    sparse_town_findings(df, {"c007": det_sparse_name})
    # {"c007": ColumnDetection("c007", "city", 0.8, 1.0, "values+sparse-people+towns", ...)}
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.titles import is_title

__all__ = ["is_town_shaped", "sparse_town_findings"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_ROWS = 2000
# Words that open a town's name and no person's (``North Berwick``, ``Port Vila``, ``Mount Hagen``).
_PREFIXES = frozenset({"new", "north", "south", "east", "west", "lake", "port", "mount", "fort", "nieuw", "bad"})
# Town endings no given name carries (surnames that do, ``Melville``, ``Bradbury``, are listed and read past).
_ENDING = re.compile(r"[^\W\d_]{3,}(?:shire|ville|burgh|borough|bury|chester|mouth|haven|furt|stadt|view|side)$")


def _named(word: str) -> bool:
    return V.first_name_known(word) or V.last_name_known(word)


def is_town_shaped(value: str) -> bool:
    """``value`` is written like a town (``West Alexandershire``, ``Port Johnfort``, ``Smithborough``), not like a
    person (``West Anna``, ``Lake Mary``, ``Anna Melville``, ``John Bradbury``, ``Dr Bradbury``)."""
    words = value.split()
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in value):
        return False
    if V.is_listed_city(value):
        return True
    if len(words) >= 2 and words[0].casefold() in _PREFIXES and not V.first_name_known(words[1]):
        return True
    # A person has a given name: ``John Bradbury``, ``Maria Westside`` are people whose surname ends like a town.
    if any(V.first_name_known(w) or is_title(w) for w in words):
        return False
    return any(_ENDING.match(w.casefold()) and not _named(w) for w in words)


def sparse_town_findings(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """The sparse-people findings of ``found`` whose every distinct value is town-shaped, as town findings."""
    out: dict[str, ColumnDetection] = {}
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or "sparse-people" not in det.method or column not in df.columns:
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        values -= not_known_keys(sorted(values), E.CITY)
        if values and all(map(is_town_shaped, values)):
            why = f"every one of {len(values)} distinct values written like a town: the persons' towns"
            out[column] = dataclasses.replace(
                det, entity=E.CITY, method=f"{det.method}+towns", evidence=f"{det.evidence}; {why}"
            )
    return out
