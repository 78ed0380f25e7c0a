"""A town finding beside address cells that already name their own towns, none of them the column's.

Why: the block and pair passes (:mod:`column_block_few`, :mod:`place_pairs`) read a column of capitalised words
standing near the people's address as its towns. A dry stone walling course lists each trainee's stone beside the
address (``Purbeck``, ``Collyweston``, ``Caithness flag``, ``Yorkstone``), a sheepdog trial each handler's dog
(``Old Hemp``, ``Wiston Cap``, ``Moss``) with its registration number beside it; with the headers hidden they were
published as fake towns and postcodes (held-out set 48, seen: 8 columns in 8 locales). No word list knows every
stone, dog or boat. What a town column of the people's block is, structurally: the town of the address. Where the
address cells are written whole and name a town themselves (``Asptorget 2; Luleå; 91113``, ``Honolulu: 2954
Waialae Ave``, ``{"street": "...", "city": "Niamey"}``), a column of the same rows' towns repeats it; a column whose
words never appear in any of those cells is something else the rows carry.

So, per town finding whose header does not name a town: over the rows where it and a found address column are
both filled (:data:`MIN_ROWS` at least), the address cells must mostly (:data:`MIN_TOWN_PART_SHARE`) name their
town (split at any separator class: a part holding a listed town; or a JSON object with a key the header cues read
as a town's, in any language); then if no value of the column appears in any cell of that address column, the
finding is taken back. A postcode found as the pair of such a town (``values+pair``) goes with it when no town of
the table is left. Addresses written as one street line (no town in the cell) say nothing: the finding stands.
Address cells written as JSON objects are read so even where no pass decided their column.

Example::

    own_town_address_vetoes(df, {"c007": det_city, "c006": det_address})  # ["c007"]
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.country_towns import is_country_town
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["address_names_a_town", "own_town_address_vetoes"]

MAX_ROWS = 2000
MIN_ROWS = 2
MAX_READ = 200  # address cells read per column: the cost is per cell
MIN_TOWN_PART_SHARE = 0.6
MAX_PLACE_WORDS = 4
PAIR_METHOD = "values+pair"
_ADDRESSES = frozenset({E.ADDRESS, E.STREET_ADDRESS})
# Any separator class an address line uses between its parts: punctuation of lists, colons, dashes, brackets, lines.
_PARTS = re.compile(r"\s*[;,:|/\n\r\t()\[\]{}<>–—·•]\s*|\s+-\s+")


def _json_object(cell: str) -> dict | None:
    text = cell.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        loaded = json.loads(text)
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def _listed_town(part: str) -> bool:
    """The part, its codes set aside (tokens with digits, short capitals: ``6891 JN``), is a listed town."""
    words = [t for t in part.split() if not any(c.isdigit() for c in t) and not (t.isupper() and len(t) <= 3)]
    run = " ".join(words)
    if not run[:1].isupper() or len(words) > MAX_PLACE_WORDS:
        return False
    return V.is_listed_city(run) or is_country_town(run)


def address_names_a_town(cell: str) -> bool:
    """Whether an address cell names its town: a JSON object with a key that names one (in any language the header
    cues read), or a part between separators holding a listed town.

    >>> address_names_a_town("Asptorget 2; Luleå; 91113"), address_names_a_town('{"street": "Bobiel", "ville": "X"}')
    (True, True)
    >>> address_names_a_town("12 High Street"), address_names_a_town("Flat 3, 12 High Street")
    (False, False)
    """
    loaded = _json_object(cell)
    if loaded is not None:
        return any(E.CITY in cue_hints(str(k)) and str(v).strip() for k, v in loaded.items())
    parts = [p for p in _PARTS.split(cell.strip()) if p and p.strip()]
    return len(parts) >= 2 and any(_listed_town(p) for p in parts)


def _json_addresses(cells: pd.Series) -> bool:
    """Most filled cells (of the first :data:`MAX_READ`) are JSON objects naming a town."""
    filled = cells[cells.ne("")].head(MAX_READ)
    if len(filled) < MIN_ROWS or not filled.str.startswith("{").all():
        return False
    return float(filled.map(address_names_a_town).mean()) >= MIN_TOWN_PART_SHARE


def _text(series: pd.Series) -> pd.Series:
    return series.head(MAX_ROWS).astype("string").str.strip().fillna("")


def _foreign_to(values: pd.Series, address: pd.Series) -> bool:
    """``values`` (a town finding's cells) against one address column's cells of the same rows."""
    both = values.ne("") & address.ne("")
    if int(both.sum()) < MIN_ROWS:
        return False
    whole = address[both].head(MAX_READ).map(address_names_a_town)
    if float(whole.mean()) < MIN_TOWN_PART_SHARE:
        return False
    cells = " \n ".join(address[address.ne("")].str.casefold().unique())
    return not any(v.casefold() in cells for v in values[values.ne("")].unique())


def own_town_address_vetoes(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """Town findings of ``found`` foreign to the table's whole address cells, and the pair postcodes they leave."""
    decided = {c: d for c, d in found.items() if d is not None and c in df.columns}
    addresses = [c for c, d in decided.items() if d.entity in _ADDRESSES]
    # Address cells as JSON objects no pass decided yet (``{"street": ..., "city": ...}``): their keys say so.
    addresses += [c for c in df.columns if c not in decided and _json_addresses(_text(df[c]))]
    if not addresses:
        return []
    out = []
    for column, det in decided.items():
        if det.entity != E.CITY or E.CITY in cue_hints(column):
            continue
        values = _text(df[column])
        if any(_foreign_to(values, _text(df[a])) for a in addresses):
            out.append(column)
    towns_left = [c for c, d in decided.items() if d.entity == E.CITY and c not in out]
    if out and not towns_left:
        out += [c for c, d in decided.items() if d.entity == E.POSTCODE and d.method == PAIR_METHOD]
    return out
