"""Address and street columns told by reading their cells as parts (:mod:`address_cell_reader`), in any layout,
in a table of any size.

Why: the column checks of addresses each know one layout and ask for 20 distinct values before values alone may
decide, so a small table's address column in a new layout (``Leeds – 12 Elm Road``, ``Building 22, Room 338,
Diego Garcia, ... BBND 1ZZ``, ``کور 51، سړک 29، کارته سه، ناحیه ۶``, ``near the bus station | Dekemhare``,
``Postboks 814`` / ``Hus 13``) was published as written, with its header shown or hidden. The reader says what each
cell's parts are; this pass decides a column the rules left undecided when nearly every distinct value it holds
(missing-cell words aside) reads as an address or a street line, and enough of them are read by a closed-class
word (a street type, a home or box word, a landmark preposition) or a postcode beside the home: a name and a number
alone (``Size 42``, ``Gate 12``) is never the evidence. A column of a few values repeated over many rows (a branch's
address, the venues of a club) is a category, not the people's homes; a header that names another kind of thing
keeps its column.

Example::

    read_address_columns(df, ["c002"], {})  # {"c002": ColumnDetection(..., "address", ...)}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_cell_reader import read_address
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = ["read_address_columns", "read_address_evidence"]

MAX_ROWS = 2000
MAX_VALUES = 200  # distinct values read per column
MIN_READ = 0.8  # of the distinct values that hold something: addresses or street lines
MIN_STRONG = 0.5  # of them, read by a closed-class word or a postcode
MIN_HOMES = 0.3  # distinct values per filled row: people's homes differ, a category's values come back
# Street lines alone (no town or postcode beside them): share of the distinct values with a house or box number.
MIN_NUMBERED = 0.5
FEW_VALUES = 3  # below this many distinct values, each must be a strong address of parts
CONFIDENCE = 0.75
_PLACE_CUES = frozenset({E.ADDRESS, E.STREET_ADDRESS, E.CITY, E.POSTCODE, E.STATE})


def _remark(value: str) -> bool:
    """A form's or a tool's word in place of a value: no digit, and opening with a mark (``-- select --``,
    ``(not set)``, ``[empty]``) or written in lower case only (``nobody``, ``pending``, ``n/k``). A place's name is
    capitalised; a script without case (Georgian, Arabic) is never taken for a remark."""
    if any(c.isdigit() for c in value):
        return False
    if not value[:1].isalnum():
        return True
    cased = [c for c in value if c.isupper() or c.islower()]
    return bool(cased) and not any(c.isupper() for c in cased)


def read_address_evidence(series: pd.Series) -> tuple[str, str] | None:
    """The entity (``address`` or ``street_address``) and the evidence of a column of address cells, or None.

    Example::

        read_address_evidence(pd.Series(["Hus 13", "Postboks 814", "Skjæringa 1"]))
        # ("street_address", "100% read as addresses or street lines (67% by a street, home or box word) ...")
    """
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    values = series.head(MAX_ROWS).dropna().astype(str).str.strip()
    values = values[values != ""]
    distinct = list(dict.fromkeys(values.tolist()))
    empty = not_known_keys(distinct, E.CITY)
    kept = [v for v in distinct if v not in empty and not _remark(v)][:MAX_VALUES]
    if not kept or len(kept) < MIN_HOMES * len(values):
        return None
    readings = [read_address(v) for v in kept]
    read = [r for r in readings if r is not None and (r.address or r.street_line)]
    strong = [r for r in read if r.strong]
    if len(read) < MIN_READ * len(kept) or len(strong) < MIN_STRONG * len(kept):
        return None
    if len(kept) < FEW_VALUES and not all(r is not None and r.address and r.strong for r in readings):
        return None
    whole = sum(r.address for r in read)
    entity = E.ADDRESS if whole >= len(read) / 2 else E.STREET_ADDRESS
    if entity == E.STREET_ADDRESS and sum(any(ch.isdigit() for ch in v) for v in kept) < MIN_NUMBERED * len(kept):
        return None  # ``Moor Lane field``, ``Rectory garden``, ``Hanging Wood``: named sites, no one's house
    why = (f"{len(read) / len(kept):.0%} read as addresses or street lines ({len(strong) / len(kept):.0%} by a "
           f"street, home or box word, a landmark or a postcode); {len(kept)} distinct values")  # fmt: skip
    return entity, why


def read_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address and street columns among ``columns`` that ``found`` left undecided (``None`` or absent), told by
    reading their cells; a header that cues an entity other than a place keeps its column.

    Example::

        read_address_columns(df, list(df.columns), found)
    """
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        if column not in df.columns or found.get(column) is not None:
            continue
        cues = cue_hints(str(column))
        if cues and not cues & _PLACE_CUES:
            continue
        if (evidence := read_address_evidence(df[column])) is None:
            continue
        entity, why = evidence
        n = int(df[column].notna().sum())
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+parts", n, None, why)
    return out
