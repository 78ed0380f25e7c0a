"""Address columns whose cells are a machine's records (``{"street": "Dobesweg 2", "city": "Brilon", "zip":
"31284"}``, ``<addr><street>Bobiel</street><city>Agadez</city></addr>``): decided on the records' keys.

Why: a web form's or an API's export writes each address as the record it stored; the part readers and the labelled
reader read none of it, so such columns were left as written whatever the header (set 48: de_DE hidden, te_IN,
ti_ET, fr_NE shown and hidden). The record reader
(:func:`~safe_synthesizer.pii.address_record_cells.read_address_record`) reads each cell's keys by what they mean
(the header cues of every language, the address schemas' key names) and accepts a record only with a home field
and no field of anything but a place; the keys are the evidence, so a mostly empty column (two records in thirty
rows, the rest missing-cell words) counts as a full one.

Cost: a table pass over the undecided columns; a column is read only when a sampled cell opens a record (``{``,
``<`` or a query string's ``&``); each distinct cell of at most :data:`MAX_ROWS` rows is read once.

Example::

    df = pd.DataFrame({"c007": ["nicht bekannt", '{"street": "Dobesweg 2", "city": "Brilon", "zip": "31284"}']})
    record_address_columns(df, ["c007"], {"c007": None})["c007"].entity  # "address"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_record_cells import AddressRecord, read_address_record
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["record_address_columns"]

MAX_ROWS = 400
# Share of the cells written in a record syntax that must read as address records, and of all distinct written
# cells (the others: missing-cell words and plain addresses).
MIN_READ = 0.8
MIN_RECORD_SHARE = 0.34
CONFIDENCE = 0.85


def _records(values: Sequence[object]) -> tuple[list[AddressRecord], int] | None:
    """The address records among the distinct written ``values`` and how many those are, when records are a real
    share of them and nearly every cell in a record syntax is one; else ``None``."""
    cells = [v.strip() for v in values if isinstance(v, str)]
    distinct = [v for v in dict.fromkeys(cells) if v and v.casefold() not in NOT_KNOWN_WORDS]
    syntax = [v for v in distinct if v[:1] in "{<" or "&" in v]
    if not syntax or len(syntax) < MIN_RECORD_SHARE * len(distinct):
        return None
    records = [r for v in syntax if (r := read_address_record(v)) is not None]
    if not records or len(records) < MIN_READ * len(syntax):
        return None
    return records, len(distinct)


def record_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``columns`` left undecided (or read as free text) whose written cells are
    address records; only new findings are returned, ``found`` is not modified.

    Example::

        record_address_columns(df, list(df.columns), found)  # {"c007": ColumnDetection(..., "address", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        det = found.get(column)
        if column not in df.columns or (det is not None and det.entity != E.FREE_TEXT):
            continue
        series = df[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        found_records = _records(series.head(MAX_ROWS).dropna().tolist())
        if found_records is None:
            continue
        records, distinct = found_records
        whole = sum(r.entity == E.ADDRESS for r in records)
        entity = E.ADDRESS if whole >= len(records) / 2 else E.STREET_ADDRESS
        why = f"{len(records)} of {distinct} distinct cells are address records by their keys"
        n = int(series.notna().sum())
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+keys", n, None, why)
    return out
