"""Whole-name columns of countries whose family names are also given names (Pakistan, Tamil Nadu, Arab names).

Why: Faker's en_PK lists every family name as a given name too, and ta_IN one list for both, so a column of
``Zaweel Kasim``, ``Rayan Baashir`` reads as 100% listed given names, and the rule that keeps double given
names (``Anna Maria``, ``Henry Louis``) a given-names column planned it as first names: each whole name was
replaced by one given name. Double given names end in a given name that is seldom also a listed family name
(``Maria``, ``Clara``, ``Sofia``: about 6 in 10 are), whole names end in a family name. So a column whose
cells are nearly all two or three listed name words, whose last word is a listed family name in nearly every
cell, is a column of whole names.

Example::

    whole_names(sample_values(pd.Series(["Zaweel Kasim", "Rayan Baashir", ...]), 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% two or three listed name words, ...')
"""

from __future__ import annotations

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct

# Share of cells of two or three listed name words (given name first), and of cells ending in a listed
# family name, and the most town-like or company cells such a column may hold.
MIN_WHOLE_CELLS = 0.9
MIN_FAMILY_LAST = 0.9
MAX_OTHER_CELLS = 0.1


def _whole_cell(value: str) -> bool:
    words = V.name_words(value)
    return 2 <= len(words) <= 3 and V.is_name_shaped_any_case(value) and V.first_name_known(words[0])


def _family_last(value: str) -> bool:
    words = V.name_words(value)
    return len(words) >= 2 and V.last_name_known(words[-1])


def whole_names(sample: ValueSample) -> Score | None:
    """Two or three listed name words per cell, ending in a listed family name (see the module), or None."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return None
    probe = sample.values[:40]
    if sum(1 for v in probe if _whole_cell(v) and _family_last(v)) < MIN_WHOLE_CELLS * len(probe) - 1:
        return None
    share = sample.share(_whole_cell)
    family = sample.share(_family_last)
    if share < MIN_WHOLE_CELLS or family < MIN_FAMILY_LAST or sample.share(V.full_name_known) < MIN_WHOLE_CELLS:
        return None
    places = max(sample.share(V.has_place_marker), sample.share(V.is_listed_city))
    if places >= MAX_OTHER_CELLS or sample.share(V.has_company_marker) >= MAX_OTHER_CELLS:
        return None
    return Score(share, True, f"{_pct(share)} two or three listed name words, {_pct(family)} ending in a family name")
