"""Full-name columns written ``Given FAMILY``: the family name in capitals marks a person's name.

Why: administrations and airlines of many countries (Angola, France, Mongolia, Portugal) write a person's family
name in capitals after the given name in ordinary case (``Manuel LOURENÇO``, ``Цэцэг МӨНХ``, ``Cécile GALLET``),
or before it (``LOURENÇO Manuel``). When the family names are missing from every list, a full-name column was
no listed full names and stayed unplanned with its name hidden. Nearly every cell in this layout, in one column,
is the convention for people; products, places and firms are not written so cell after cell. The column still
needs varied cells (people are about one per row), given names listed in some Faker list or repeated across
cells with other family names, and no towns, streets or legal forms.

Example::

    cased_people(sample_values(pd.Series(["Manuel LOURENÇO", "Madalena MATETA", ...]), 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% given name + FAMILY NAME in capitals, ...')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import _PROBE, MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
from safe_synthesizer.pii.gazetteers import PARTICLES, all_street_words

# A word in ordinary case (``Manuel``, ``Бат-Эрдэнэ``) and one in capitals of two letters or more (``LOURENÇO``,
# ``D'ALMEIDA``, ``МӨНХ``), any alphabet with case.
_TITLE = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’\-][^\W\d_]+)*$")
_CAPS = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
# Share of cells in the layout, of cells whose given part is a listed given name (any list), and of towns,
# streets and legal forms; most rows one person.
MIN_CASED_CELLS = 0.9
MIN_LISTED_GIVEN = 0.3
MAX_OTHER_CELLS = 0.1
MIN_DISTINCT_SHARE = 0.7
# Given names no list holds (Mongolian, Angolan) still repeat across cells with other family names: at most this
# many distinct given parts per cell.
MAX_DISTINCT_GIVEN = 0.75


def _title_word(word: str) -> bool:
    return bool(_TITLE.match(word)) and word[0].isupper() and not word.isupper() and word[1:] != word[1:].upper()


def _caps_word(word: str) -> bool:
    return len(word) >= 2 and bool(_CAPS.match(word)) and word.isupper()


def cased_parts(value: str) -> tuple[str, str] | None:
    """(given part, family part) of ``Given FAMILY`` or ``FAMILY Given`` (one or two words each), else None."""
    words = [w for w in value.replace(",", " ").split() if w.lower() not in PARTICLES]
    if not 2 <= len(words) <= 4:
        return None
    kinds = ["t" if _title_word(w) else "c" if _caps_word(w) else "x" for w in words]
    if "x" in kinds:
        return None
    layout = "".join(kinds)
    if re.fullmatch(r"t{1,2}c{1,2}", layout):
        cut = layout.index("c")
        return " ".join(words[:cut]), " ".join(words[cut:])
    if re.fullmatch(r"c{1,2}t{1,2}", layout):
        cut = layout.index("t")
        return " ".join(words[cut:]), " ".join(words[:cut])
    return None


def cased_people(sample: ValueSample) -> Score | None:
    """A column of ``Given FAMILY`` names (see the module), or None."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return None
    rows = float(sample.counts.sum()) if len(sample.counts) else 0.0
    if sample.n_distinct < MIN_DISTINCT_SHARE * rows:
        return None
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if cased_parts(v)) < MIN_CASED_CELLS * len(probe):
        return None
    parts = [cased_parts(v) for v in sample.values]
    n = len(parts)
    shaped = sum(1 for p in parts if p) / n
    if shaped < MIN_CASED_CELLS:
        return None
    listed = sum(1 for p in parts if p and V.first_name_known(p[0])) / n
    givens = [p[0].casefold() for p in parts if p]
    repeated = len(set(givens)) <= MAX_DISTINCT_GIVEN * len(givens)
    if listed < MIN_LISTED_GIVEN and not repeated:
        return None
    street_words = all_street_words()
    other = sample.share(
        lambda v: V.has_company_marker(v) or V.is_listed_city(v) or any(w.lower() in street_words for w in v.split())
    )
    if other >= MAX_OTHER_CELLS:
        return None
    return Score(shaped, True, f"{_pct(shaped)} given name + FAMILY NAME in capitals ({_pct(listed)} listed given)")
