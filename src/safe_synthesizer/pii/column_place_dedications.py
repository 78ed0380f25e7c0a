"""Churches named by their dedication (``St Mary the Virgin``, ``Holy Trinity``): no one's street.

Why: a bell-ringing register's ``Tower`` column, a parish list or a church school's ``St Peter & St Paul`` opens
with ``St``, the abbreviation of ``Street`` in English addresses, so the value check read the column as streets
(set 40 seen: en_GB ``Tower``, 5 of 8 values starting ``St``). A street writes its type word after the name
(``High St``, ``St John's Road``) and most often a house number; a dedication writes the saint first and no street
type word at all, or is one of the few dedications without a saint (``All Saints``, ``Christ Church``).

So a column found as a street or an address is given back when nearly all its distinct cells have no digit and no
street type word once their saints are read (``St``/``Saint``/``Ste``/``Sankt``/``San``/``Santa``/``Sint``/``Sv.``
opening the cell or following ``&``/``and``), most of them open with a saint or are a saintless dedication, and
two of them at least are dedications no town is named by (saintless, or to two saints: ``St Peter & St
Paul``), and they are not mostly listed towns (``St Albans``, ``St Ives``: a town column read as streets is still
a place).
The test reads the column's distinct cells only (set lookups).

Example::

    dedication_column(["St Mary the Virgin", "All Saints", "St Peter & St Paul", "Holy Trinity", "St Andrew"])
    # True
    dedication_column(["St John's Road", "High St", "St Mary's Lane", "Church St", "Mill Lane"])  # False
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.gazetteers import all_street_words

__all__ = ["dedication_column", "dedication_columns", "is_dedication"]

# Words naming a saint before the saint's name, casefolded, a final dot dropped.
_SAINT_WORDS = frozenset(
    {"st", "saint", "ste", "sainte", "sankt", "san", "santa", "santo", "são", "sao", "sint", "sv", "sveti", "sveta",
     "svaty", "svatý", "sw", "swiety", "święty"}
)  # fmt: skip
# Dedications without a saint, casefolded (English, the churches most often so named).
_SAINTLESS = frozenset(
    {"all saints", "holy trinity", "christ church", "holy cross", "holy spirit", "holy rood", "holy name",
     "holy family", "holy ghost", "emmanuel", "immanuel", "christ the king", "our lady", "the good shepherd",
     "good shepherd", "holy innocents", "all hallows", "st michael & all angels"}
)  # fmt: skip
_JOINERS = frozenset({"&", "and", "+", "et", "und", "y", "e"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&|\+|\d")
_PLACE = frozenset({E.STREET_ADDRESS, E.ADDRESS})
MIN_VALUES = 4  # distinct filled cells
MIN_CLEAN = 0.9  # share of cells with no digit and no street type word past the saints
MIN_DEDICATED = 0.6  # share opening with a saint or a saintless dedication
MIN_CHURCHLY = 2  # distinct cells only a church is named by: saintless or to two saints
MAX_LISTED_TOWNS = 0.6  # a column mostly of listed towns (``St Albans``) is a place column, not churches
MAX_CELLS = 500


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_street_words())


def _saint(word: str) -> bool:
    return word.casefold().rstrip(".") in _SAINT_WORDS or word.casefold() in _SAINT_WORDS


def is_dedication(value: str) -> tuple[bool, bool]:
    """(clean, dedicated) for one cell: no digit nor street word past its saints; opens with a saint or is a
    saintless dedication."""
    words = _WORD.findall(value.strip())
    if not words or any(w.isdigit() for w in words):
        return False, False
    street = _street_words()
    after_joiner = True
    clean = True
    for w in words:
        folded = w.casefold().rstrip(".")
        if after_joiner and _saint(w):
            after_joiner = False
            continue
        after_joiner = folded in _JOINERS
        if folded in street or w.casefold() in street:
            clean = False
    saintless = any(" ".join(w.casefold() for w in words).startswith(d) for d in _SAINTLESS)
    return clean or saintless, _saint(words[0]) or saintless or _churchly(words)


def _churchly(words: list[str]) -> bool:
    """A dedication no town or street writes: saintless (``All Saints``) or to two saints (``St Peter & St
    Paul``, ``St Michael & All Angels``)."""
    lowered = " ".join(w.casefold() for w in words)
    if any(lowered.startswith(d) for d in _SAINTLESS):
        return True
    joined = [i for i, w in enumerate(words[:-1]) if w.casefold() in _JOINERS]
    return _saint(words[0]) and any(_saint(words[i + 1]) or words[i + 1].casefold() == "all" for i in joined)


def dedication_column(values: Sequence[str]) -> bool:
    """Whether ``values`` (a column's cells) are churches named by their dedication."""
    cells = list(dict.fromkeys(v.strip() for v in values if isinstance(v, str) and v.strip()))[:MAX_CELLS]
    if len(cells) < MIN_VALUES:
        return False
    marks = [is_dedication(v) for v in cells]
    if sum(c for c, _ in marks) < MIN_CLEAN * len(cells) or sum(d for _, d in marks) < MIN_DEDICATED * len(cells):
        return False
    if sum(_churchly(_WORD.findall(v)) for v in cells) < MIN_CHURCHLY:
        return False  # saints alone: ``St Albans``, ``St Ives`` are towns as well
    return sum(map(V.is_listed_city, cells)) <= MAX_LISTED_TOWNS * len(cells)


def dedication_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns ``found`` as streets or addresses whose cells are churches' dedications."""
    return [
        name
        for name, d in found.items()
        if d is not None
        and d.entity in _PLACE
        and name in df.columns
        and dedication_column(df[name].dropna().astype(str).drop_duplicates().head(MAX_CELLS).tolist())
    ]
