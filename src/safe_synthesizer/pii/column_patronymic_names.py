"""Whole-name columns written with a patronymic link word: Malay ``Nurul binti Hassan``, ``Hafiz bin Rahman``,
Malaysian Indian ``Kumar a/l Muthu``, Arabic ``Khalid bin Saeed`` and ``خالد بن سعيد``.

Why: Malaysian (and many Gulf) exports write a person as the given name, a link word (``bin``/``binti``: son or
daughter of; ``a/l``/``a/p`` for Malaysian Indians) and the father's given name. No family name is there for
the surname lists to vouch for, and the link word is no listed name, so the "first name then surname" checks
failed and the column, with its name hidden, was scanned as free text: each name kept. The link word between
name words, in nearly every cell of a column, says person as clearly as a title does.

A cell counts when it is two to six words of letters (no digits) with one link word neither first nor last;
the column needs nearly all cells so, several distinct cells, a listed given name in a share of them, and few
company or town cells (``Ahmad bin Ali Sdn Bhd`` is a firm).

Example::

    patronymic_people(sample_values(pd.Series(["Nurul binti Hassan", "Hafiz bin Rahman", ...]), 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% given name + bin/binti + father's name ...')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import _PROBE, Score, ValueSample, _pct

# Link words (lower case): Malay ``bin``/``binti`` and their short forms, Arabic ``ibn``/``bint`` and the
# Arabic-script ``بن``/``بنت``, Malaysian Indian ``a/l`` (son of) and ``a/p`` (daughter of).
_LINKS = frozenset({"bin", "binti", "binte", "bte", "bt", "bt.", "ibn", "bint", "a/l", "a/p", "بن", "بنت"})
_WORD = re.compile(r"^[^\W\d_]+(?:['’\-.][^\W\d_]+)*\.?$")
# Firms named after their founder (``Ahmad bin Ali Sdn Bhd``, ``Yusof bin Osman Enterprise``).
_FIRM = re.compile(r"(?i)\b(?:sdn|bhd|berhad|enterprise|trading|holdings|services|plt|llc|ltd|co)\b\.?")

MIN_DISTINCT = 5  # distinct cells: a few names repeated over many rows may be staff on duty, still people
MIN_LINKED_CELLS = 0.9  # cells of the given + link + name layout
MIN_LISTED_GIVEN = 0.3  # cells whose first word is a listed given name (Malay names are partly listed)
MAX_OTHER_CELLS = 0.1  # town or company cells


def linked_name(value: str) -> bool:
    """``value`` is name words with one patronymic link word inside (``Siti binti Abdullah``)."""
    words = value.split()
    if not 3 <= len(words) <= 6 or any(ch.isdigit() for ch in value) or _FIRM.search(value):
        return False
    links = [i for i, w in enumerate(words) if w.casefold() in _LINKS]
    if len(links) != 1 or links[0] in (0, len(words) - 1):
        return False
    others = [w for i, w in enumerate(words) if i != links[0]]
    return all(_WORD.match(w) or V.is_name_shaped_any_case(w) for w in others)


def _given_listed(value: str) -> bool:
    return V.first_name_known(value.split()[0])


def patronymic_people(sample: ValueSample) -> Score | None:
    """A column of names linked by ``bin``/``binti``/``a/l``/``بن`` (see the module), or None."""
    if sample.n_distinct < MIN_DISTINCT:
        return None
    probe = sample.values[:_PROBE]
    if sum(map(linked_name, probe)) < MIN_LINKED_CELLS * len(probe):
        return None
    share = sample.share(linked_name)
    if share < MIN_LINKED_CELLS:
        return None
    listed = sample.share(_given_listed)
    script = sample.share(lambda v: not v.isascii())  # Arabic script: the lists read it elsewhere
    if listed < MIN_LISTED_GIVEN and script < MIN_LINKED_CELLS:
        return None
    if max(sample.share(V.has_place_marker), sample.share(V.is_listed_city)) >= MAX_OTHER_CELLS:
        return None
    if sample.share(V.has_company_marker) >= MAX_OTHER_CELLS:
        return None
    return Score(share, True, f"{_pct(share)} given name + bin/binti/a/l + father's name ({_pct(listed)} listed)")
