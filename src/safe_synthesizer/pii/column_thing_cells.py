"""The learned classifier's person findings on a column of things, read cell by cell: a measure, a common word.

Why: a dry stone walling course lists each trainee's hammer (``Stanley club hammer``, ``Estwing 2lb``, ``Thor
mallet``, ``own``), a wreath workshop its ribbons (``hessian``, ``velvet red``, ``tartan (Royal Stewart)``,
``Liberty print``, ``William Morris``), a conker championship its conkers (``King Conker``, ``The Iron Duke``, ``Lady
Muck``). The rules leave such a column; the learned classifier (:mod:`column_rescue`) answers ``name`` from the
shape (capitalised words, a few of them listed names) and the cells were published as fake people (held-out set 48,
seen: 15 shown and hidden columns in 11 locales). The saturation veto (:mod:`column_category_people`) needs many
rows per level, and a small table has few; the look-alike marks (:mod:`column_named_categories`) know a thing by
its head noun from a list, and a hammer or a ribbon is in no list.

What a person's cell is, structurally: name words (capitalised, or in a script without case), the closed class of
words a person's cell may hold in lower case (particles, links, conjunctions, kinship; a word
between capitalised ones links name parts, ``Gail Harvey for Tom``), and
dress set aside (brackets, e-mails). A thing's cell breaks that grammar in ways no list has to name:

- a measure: digits with a unit symbol of a generated table (SI prefixes times base units, and the imperial and
  trade units: ``2lb``, ``500 g``, ``10mm``, ``1.5 kW``);
- a common word in lower case, of three letters or more, that is no listed given or family name (``hessian``,
  ``velvet red``, ``own``, ``tartan``), in a column not written all in lower case (an export may write every name
  so: then lower case says nothing);
- a lower-case word after a capitalised one in a column written mostly with capitals (``Thor mallet``,
  ``Stanley club hammer``): even a word some list holds as a surname (``Mallet``) is a thing's noun there;
- the look-alike marks of :func:`column_named_categories.category_mark` read as in a category (a rank before a
  word no list holds, ``King Conker``, ``Lady Muck``; an article head, ``The Iron Duke``): a classifier's answer is
  weak evidence, so the marks of a category apply even on a small table.

When :data:`MIN_MARK_SHARE` of the distinct values (and :data:`MIN_MARKS` at least) carry one, the finding is taken
back. Only the classifier's findings are read: the rules' own person findings stand on their evidence.

Example::

    thing_cell_columns(df, {"Hammer": det_classifier_name, "Trainee": det_name})
    # ["Hammer"]  -- own, Stanley club hammer, Estwing 2lb, Thor mallet
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
from safe_synthesizer.pii.column_named_categories import PERSON_WORDS, category_mark

__all__ = ["MEASURE", "thing_cell_columns", "thing_marks"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_VALUES = 400
# Share of the distinct values carrying a thing's mark, and how many at least (fewer when the column has fewer).
MIN_MARK_SHARE = 0.5
MIN_MARKS = 2
MIN_VALUES = 3
MIN_WORD = 3
# Share of distinct values written with a capital first from which a lower-case word after a capital is a noun.
MIN_CAPITALISED_SHARE = 0.7
# Share of distinct values all in lower case from which the column is written so (lower case says nothing).
MAX_LOWER_SHARE = 0.7

# Unit symbols: SI prefixes times base units, and the imperial and trade units (a generated table, not a
# template's words). Case matters for the SI ones (``mW`` is no ``MW``), so the table is matched as written.
_SI_PREFIXES = ("", "k", "m", "c", "d", "M", "G", "µ", "μ", "u", "n")
_SI_BASES = ("g", "m", "l", "L", "W", "V", "A", "Hz", "Wh", "Ah", "B", "N", "Pa", "J", "t")
_OTHER_UNITS = (
    "lb", "lbs", "oz", "in", "ft", "yd", "mi", "pt", "qt", "gal", "st", "ct", "kt", "mph", "psi", "hp", "cc",
    "mAh", "kWh", "inch", "inches", "ply", "gsm", "pk", "pcs", "x",
)  # fmt: skip
UNITS = frozenset(p + b for p in _SI_PREFIXES for b in _SI_BASES) | frozenset(_OTHER_UNITS)
MEASURE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?(?:/\d+)?\s?(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
    + r")(?![^\W\d_])"
)  # fmt: skip
# Dress a person's cell may wear that is no part of the name: brackets' insides keep their words (a ribbon's
# ``tartan (Royal Stewart)``), e-mail addresses and markup are dropped.
_DRESS = re.compile(r"<[^<>]*>|[^\s<>()]+@[^\s<>()]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A token written as a plain word (inner apostrophes and hyphens kept), once the list and bracket marks at its edges
# are set aside.
_PLAIN_TOKEN = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_EDGES = "()[],;:!?"
# Letters joined by a machine's marks (``OFFICE\\ana.berg``, ``ana_berg``, ``"given": "Ana"``).
_JOINED = re.compile(r"[^\W\d_][\\._@=/|][^\W\d_]|[{}\"]")
_LOWER_OK = frozenset(w.casefold() for w in PERSON_WORDS)


def _listed(word: str) -> bool:
    return any(V.first_name_known(w) or V.last_name_known(w) for w in (word, word.capitalize()))


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _content_lower(word: str) -> bool:
    """A lower-case word no person's cell holds for grammar (a particle, a link, kinship, "for")."""
    return len(word) >= MIN_WORD and word.islower() and word.casefold() not in _LOWER_OK


def thing_marks(value: str, *, capitalised_column: bool, lower_column: bool) -> bool:
    """Whether ``value`` carries a thing's mark (see the module): ``capitalised_column`` when the column is written
    mostly with capitals, ``lower_column`` when it is written all in lower case.

    >>> [thing_marks(v, capitalised_column=True, lower_column=False) for v in ("Estwing 2lb", "Thor mallet", "own")]
    [True, True, True]
    >>> [thing_marks(v, capitalised_column=True, lower_column=False) for v in ("Gail Harvey", "Ana de la Cruz")]
    [False, False]
    """
    bare = _DRESS.sub(" ", value)
    if MEASURE.search(bare):
        return True
    words = _WORD.findall(bare)
    if not words or is_missing_token(value):
        return False
    # A lower-case word between capitalised ones links name parts in any language (``Gail Harvey for Tom``, ``Ana
    # de la Cruz``, ``Kemal oğlu Ahmet``): such a cell is read as a person's, whatever the word.
    linked = {i for i in range(1, len(words) - 1) if words[i].islower() and _capital(words[i - 1])
              and any(_capital(w) for w in words[i + 1 :])}  # fmt: skip
    joined = _JOINED.search(bare) is not None  # a login or a record's fields: a person's dress, no look-alike
    if not linked and not joined and category_mark(value, category=True):
        return True
    if lower_column:
        return False
    plain = _plain_words(bare)
    content = [w for i, w in enumerate(words) if i not in linked and w in plain and _content_lower(w)]
    if any(not _listed(w) for w in content):
        return True  # ``hessian``, ``velvet red``, ``own``
    # ``Thor mallet``: a lower-case noun after a capitalised word, where the column writes its values with capitals.
    return capitalised_column and words[0][:1].isupper() and any(w in content for w in words[1:])


def _plain_words(text: str) -> set[str]:
    """The words written as words: a machine's joined tokens (``OFFICE\\ana.berg``, ``ana_berg``, ``{"given":``) hold
    name pieces in lower case, no common nouns."""
    return {t.strip(_EDGES) for t in text.split() if _PLAIN_TOKEN.match(t.strip(_EDGES))}


def _is_lower(value: str) -> bool:
    words = _WORD.findall(value)
    return bool(words) and all(not w[:1].isupper() for w in words)


def thing_cell_column(cells: list[str]) -> bool:
    """The filled ``cells`` of a column are things' (see the module).

    >>> thing_cell_column(["own", "Stanley club hammer", "Estwing 2lb", "Thor mallet", "own"])
    True
    >>> thing_cell_column(["Gail Harvey", "Tom Hyde", "Ana de la Cruz", "Sue Patel (mother)"])
    False
    """
    values = [v for v in dict.fromkeys(cells) if not is_missing_token(v)][:MAX_VALUES]
    if len(values) < MIN_VALUES:
        return False
    capitalised = sum(v[:1].isupper() for v in values) >= MIN_CAPITALISED_SHARE * len(values)
    lower = sum(_is_lower(v) for v in values) >= MAX_LOWER_SHARE * len(values)
    marks = sum(thing_marks(v, capitalised_column=capitalised, lower_column=lower) for v in values)
    return marks >= min(MIN_MARKS, len(values)) and marks >= MIN_MARK_SHARE * len(values)


def thing_cell_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The learned classifier's person findings of ``found`` whose cells are things' (see the module)."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or det.method != CLASSIFIER_METHOD or column not in df.columns:
            continue
        if thing_cell_column(finding_cells(df, column)):
            out.append(column)
    return out
