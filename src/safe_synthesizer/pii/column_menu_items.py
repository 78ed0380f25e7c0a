"""Person findings on a menu's items named after people: cocktails, wines, dishes, ordered one or several a row.

Why: a cocktail class's ``Cocktails`` (``Tom Collins, Harvey Wallbanger``, ``Bloody Mary, Rob Roy``, ``Arnold
Palmer (no alcohol)``) or a wine club's ``Wine`` (``Château Margaux``, ``Veuve Clicquot Brut``, ``Dom Pérignon
2013``) holds given and family names, so the name rules and the learned classifier take it for people. Two readings
of the values tell a menu from people, neither a list of drinks:

- the thing's own words: serving and measure words (``no alcohol``, ``on the rocks``, ``double``, ``75cl``),
  a wine's style, grape and estate words (``brut``, ``reserva``, ``cuvée``, ``château``), a vintage or a price
  (:data:`SERVING_WORDS`; a word that is also a listed given or family name counts only in lower case; a year in
  brackets is a person's birth, no vintage). When two fifths of the distinct items carry one (a quarter where they
  repeat, each on two rows or more on average), it is a menu;
- a closed vocabulary ordered in lists: most cells hold two items or more, a few distinct items recur across the
  rows in ever new combinations (each item two and a half times or more on average, the cells mostly new), one at
  least carries a mark (the thing's own words, or any mark the category veto reads:
  :func:`column_named_categories.category_mark`). People written in lists (a booking's guests, a team) are each on
  a row or two; a rota's staff recur, but as whole cells, not recombined from a small menu, and carry no serving
  word.

Example::

    menu_item_columns(df, {"c005": det_name, "c001": det_name})
    # ["c005"]  -- Tom Collins, Harvey Wallbanger / Bellini, Rob Roy / Arnold Palmer (no alcohol), John Collins
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import finding_cells
from safe_synthesizer.pii.column_named_categories import category_mark
from safe_synthesizer.pii.gazetteers import plain_form

__all__ = ["SERVING_WORDS", "menu_item_columns", "serving_mark", "split_items"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_VALUES = 400
# Share of the distinct items carrying a mark, and how many at least; in a column whose values repeat (each on two
# rows or more on average: a menu's items do, people hardly) a quarter will do.
MIN_MARK_SHARE = 0.4
MIN_MARK_SHARE_CATEGORY = 0.25
MIN_MARKS = 2
MIN_REPEATS = 2.0
# A closed vocabulary in lists: the share of cells holding two items or more, the items per distinct item (a
# dozen bookings of two drinks from nine: 2.9), how many distinct items at least (a couple's two names recurring is
# no menu), and the share of distinct cells (of the rows, or of the pairs the items make).
MIN_LIST_SHARE = 0.5
MIN_ITEM_REPEATS = 2.5
MIN_ITEMS = 4
MIN_CELL_VARIETY = 0.5

# A drink's or a dish's own words (accents and case folded): serving and measures, wine styles and estates,
# grapes and spirits' kinds, in the languages the tables use. Words that are listed names (``Sherry``, ``Rose``,
# ``Porter``, ``Grange``) count only in lower case (:func:`serving_mark`).
SERVING_WORDS = frozenset(
    {
        # serving and measures
        "alcohol", "alcoholic", "alcohol-free", "virgin", "mocktail", "rocks", "neat", "straight", "ice",
        "shaken", "stirred", "frozen", "twist", "double", "shot", "shots", "pint", "pints", "glass",
        "glasses", "bottle", "bottles", "magnum", "jeroboam", "carafe", "jug", "pitcher", "ml", "cl", "oz",
        "litre", "liter", "alkoholfrei", "alkohol", "alcool", "alcol", "analcolico", "alcoholvrij", "glas",
        "flasche", "bouteille", "verre", "botella", "copa", "bicchiere", "bottiglia", "fles",
        # wine styles, estates and vintages
        "brut", "sec", "demi", "doux", "dry", "sweet", "reserva", "reserve", "riserva", "crianza", "cru", "cuvee",
        "vintage", "millesime", "nv", "chateau", "domaine", "bodega", "bodegas",
        "tenuta", "cantina", "weingut", "blanc", "blancs", "noirs", "rouge", "rose", "tinto", "blanco",
        "rosso", "bianco", "spatlese", "auslese", "kabinett", "trocken", "halbtrocken", "sekt", "spumante",
        "champagne", "cremant", "prosecco", "cava", "port", "sherry", "madeira",
        # grapes
        "merlot", "cabernet", "sauvignon", "chardonnay", "pinot", "noir", "grigio", "gris", "riesling", "syrah",
        "shiraz", "tempranillo", "malbec", "grenache", "garnacha", "sangiovese", "nebbiolo", "zinfandel",
        "viognier", "chenin", "gewurztraminer", "rioja", "chianti", "barolo", "bordeaux", "bourgogne",
        # spirits and mixers
        "gin", "vodka", "rum", "tequila", "whisky", "whiskey", "bourbon", "brandy", "cognac", "liqueur", "tonic",
        "soda", "lemonade", "juice", "spritz", "sour", "fizz", "punch", "martini", "mojito",
    }
)  # fmt: skip
# Item separators of a list cell: commas, semicolons, pluses, slashes, pipes, line breaks (not ``and``/``&``: a
# couple's cell joins two people so).
_SPLIT = re.compile(r"\s*(?:[,;+|\n]|\s/\s)\s*")
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_WORD = re.compile(r"[^\W\d_]+")
# A vintage, a price or a measure beside the name (``2013``, ``€7.50``, ``75cl``, ``x2``).
_NUMBER_MARK = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|[€$£]\s?\d|\d\s?(?:€|eur|ml|cl|l|oz)\b|(?<!\w)x\s?\d\b|\b\d\s?x(?!\w)", re.IGNORECASE
)


def split_items(cell: str) -> list[str]:
    """The items of a list cell (``Tom Collins, Rob Roy`` -> two), whole when it holds one."""
    return [p for p in _SPLIT.split(cell.strip()) if p]


def _listed(word: str) -> bool:
    return V.first_name_known(word) or V.last_name_known(word)


def serving_mark(item: str) -> bool:
    """``item`` holds a drink's or a dish's own word (a serving or measure word, a wine's style or grape), a
    vintage, a price or a measure; a word spelt like a listed name only in lower case (``Sherry Hall`` is a person).

    >>> serving_mark("Arnold Palmer (no alcohol)"), serving_mark("Veuve Clicquot Brut"), serving_mark("Rose Hall")
    (True, True, False)
    """
    # A year in brackets is a person's birth or an age (``Ana Berg (geb. 1988)``); a vintage stands outside them.
    if _NUMBER_MARK.search(_BRACKETS.sub(" ", item)):
        return True
    for word in _WORD.findall(item):
        key = plain_form(word).casefold()
        if key in SERVING_WORDS and (word.islower() or not _listed(word.capitalize())):
            return True
    return False


def _marked(item: str) -> bool:
    return serving_mark(item) or category_mark(item, category=True)


def _menu_of_lists(cells: list[str]) -> bool:
    """Most cells are lists of a small vocabulary's items recombined across the rows, one item marked at least."""
    lists = [split_items(c) for c in cells]
    if sum(len(items) >= 2 for items in lists) < MIN_LIST_SHARE * len(lists):
        return False
    counts = Counter(item for items in lists for item in items)
    if len(counts) < MIN_ITEMS or sum(counts.values()) < MIN_ITEM_REPEATS * len(counts):
        return False
    # The same few cells again (a rota's fixed pairs of staff) are no menu's free choices: the distinct cells must be
    # half the rows, or half the pairs the items make (a long table runs out of new pairs).
    pairs = len(counts) * (len(counts) - 1) // 2
    if len(set(cells)) < MIN_CELL_VARIETY * min(len(cells), pairs):
        return False
    return any(_marked(item) for item in list(counts)[:MAX_VALUES])


def _menu_of_marks(cells: list[str]) -> bool:
    """Two fifths of the distinct items carry a thing's mark (a quarter where the items repeat)."""
    items = [item for c in cells for item in split_items(c)]
    distinct = list(dict.fromkeys(items))[:MAX_VALUES]
    category = len(items) >= MIN_REPEATS * len(dict.fromkeys(items))
    # The thing's own words only: the category veto (:mod:`column_named_categories`) reads its marks on whole cells,
    # and an inverted name's parts (``Somoza Álvarez, Carmela``) are no items.
    marks = sum(serving_mark(item) for item in distinct)
    share = MIN_MARK_SHARE_CATEGORY if category else MIN_MARK_SHARE
    return marks >= min(MIN_MARKS, len(distinct)) and marks >= share * len(distinct)


def menu_item_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose cells are a menu's items (drinks, wines, dishes)."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        cells = finding_cells(df, column)
        if cells and (_menu_of_marks(cells) or _menu_of_lists(cells)):
            out.append(column)
    return out
