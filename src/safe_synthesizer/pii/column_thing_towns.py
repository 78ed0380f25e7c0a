"""The learned classifier's town findings on a column of things, read cell by cell: a model number, a measure, a
common word.

Why: a chimney sweep's bookings list each customer's appliance (``Jøtul F 100``, ``Morsø 1410``, ``Esse 100``,
``Charnwood Island``, ``open fire``): capitalised words, some of them places' names (Morsø is a Danish island), so
the learned classifier (:mod:`column_rescue`) answered ``city`` and the stoves were published as fake towns (held-out
set 49, sw_KE, shown and hidden). A word list of stoves would miss the next set's boilers, boats or bikes.

What a town's cell is, structurally: toponym words (capitalised, or in a script without case), the lower-case words
that link them (``Newcastle upon Tyne``, ``Frankfurt am Main``, ``Saint-Rémy-de-Provence``), a district's small
number after the town (``Praha 4``, ``Wien 10``), or a postcode beside it written in nearly every cell alike
(``Luleå 91113``). A thing's cell breaks that grammar in ways no list has to name:

- a model's number: the cell's only digits, three or four of them after a word (``Esse 100``, ``Jøtul F 100``),
  where the column does not write such a number in nearly every cell (:data:`MAX_NUMBERED_SHARE`: a town column's
  postcodes are a layout of the column, a model's number is the item's own); a longer run is a phone's or an id's,
  which the consistency check (:mod:`column_entity_consistency`) reads, never a thing's;
- a measure (:data:`column_thing_cells.MEASURE`: ``2lb``, ``8 kW``);
- a lower-case word of three letters or more that links no capitalised words and is no listed given or family
  name, in a cell without digits written as words (not a login ``OFFICE\\ana.berg``, not a number's dress ``— seen``),
  in a column written mostly with capitals (``open fire``): a place's name is no common phrase.

When :data:`MIN_MARK_SHARE` of the distinct values (and :data:`MIN_MARKS` at least) carry one, the finding is taken
back. Only the classifier's town findings are read: the rules' own town findings stand on their evidence (a list, a
gazetteer, a postcode beside them).

Example::

    thing_town_columns(df, {"c006": det_classifier_city})  # ["c006"]: Jøtul F 100, Esse 100, Morsø 1410, open fire
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_category_people import CLASSIFIER_METHOD
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import finding_cells
from safe_synthesizer.pii.column_thing_cells import MEASURE

__all__ = ["thing_town_cells", "thing_town_columns", "thing_town_marks"]

_TOWNS = frozenset({E.CITY, E.STATE})
MAX_VALUES = 400
MIN_VALUES = 4
# Share of the distinct values carrying a thing's mark, and how many at least.
MIN_MARK_SHARE = 0.4
MIN_MARKS = 3
# A number of three or four digits after a word is a model's number where the column writes one in fewer than
# this share of its values (a postcode beside the town is written in nearly every cell).
MIN_MODEL_DIGITS = 3
MAX_NUMBERED_SHARE = 0.8
# Share of distinct values written with a capital first from which a lower-case word is a common noun.
MIN_CAPITALISED_SHARE = 0.6
MIN_WORD = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MAX_MODEL_DIGITS = 4
# A word, then a number of three or four digits closing the cell or followed by a space (``Esse 100``, ``Morsø 1410``).
_WORD_NUMBER = re.compile(rf"[^\W\d_]\s+\d{{{MIN_MODEL_DIGITS},{MAX_MODEL_DIGITS}}}(?:\s|$)")
_DIGIT = re.compile(r"\d")
# Letters joined by a machine's marks (``OFFICE\\ana.berg``, ``ana_berg``): a login's pieces, no common words.
_JOINED = re.compile(r"[^\W\d_][\\._@=/|][^\W\d_]")


def _numbered(value: str) -> bool:
    return _WORD_NUMBER.search(value) is not None and len(_DIGIT.findall(value)) <= MAX_MODEL_DIGITS


def _lower_phrase(value: str) -> bool:
    """A lower-case word of :data:`MIN_WORD` letters or more not standing between capitalised words (a link)."""
    if _JOINED.search(value) or _DIGIT.search(value):
        return False  # a login's pieces; a number's dress (``GN 11 91 44 B — seen``) is a label, no thing's name
    words = _WORD.findall(value)
    for i, word in enumerate(words):
        if len(word) < MIN_WORD or not word.islower() or V.first_name_known(word.capitalize()):
            continue
        if V.last_name_known(word.capitalize()):
            continue
        linked = i > 0 and words[i - 1][:1].isupper() and any(w[:1].isupper() for w in words[i + 1 :])
        if not linked:
            return True
    return False


def thing_town_marks(cells: list[str]) -> tuple[int, int]:
    """How many distinct filled values of ``cells`` carry a thing's mark (see the module), and how many were read.

    >>> thing_town_marks(["Jøtul F 100", "Esse 100", "Charnwood Island", "Aga", "open fire", "Stovax Riva"])
    (3, 6)
    """
    values = [v for v in dict.fromkeys(c.strip() for c in cells if c.strip()) if not is_missing_token(v)][:MAX_VALUES]
    numbered = sum(map(_numbered, values)) < MAX_NUMBERED_SHARE * len(values)
    capitalised = sum(v[:1].isupper() for v in values) >= MIN_CAPITALISED_SHARE * len(values)
    marks = sum(
        (numbered and _numbered(v)) or MEASURE.search(v) is not None
        or (capitalised and _lower_phrase(v))
        for v in values
    )  # fmt: skip
    return marks, len(values)


def thing_town_cells(cells: list[str]) -> bool:
    """The filled ``cells`` of a column are things' by the marks of the module, not towns'.

    >>> thing_town_cells(["Jøtul F 100", "Morsø 1410", "Charnwood Island", "Esse 100", "Aga", "open fire"])
    True
    >>> thing_town_cells(["Praha 4", "Praha 10", "Brno", "Newcastle upon Tyne", "Luleå", "Frankfurt am Main"])
    False
    """
    marks, read = thing_town_marks(cells)
    return read >= MIN_VALUES and marks >= MIN_MARKS and marks >= MIN_MARK_SHARE * read


def thing_town_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The learned classifier's town findings of ``found`` whose cells are things' (:func:`thing_town_cells`)."""
    return [
        column
        for column, det in found.items()
        if det is not None and det.entity in _TOWNS and det.method == CLASSIFIER_METHOD and column in df.columns
        and thing_town_cells(finding_cells(df, column))
    ]  # fmt: skip
