"""Header rows under the header: a second or third row of column labels written as data.

Survey tools and merged-header sheets write more than one header row. A Qualtrics export puts the question text
(``Your postcode``) in the first data row and an import id (``{"ImportId":"QID7"}``) in the second, under
column names that say nothing (``Q7``); a sheet of merged headers puts its sub-labels (``Participant``,
``Date of birth``) in the first data row under ``Unnamed: 2``. Trained on as records, those rows become
junk records; read as the column's values, they hide what the column holds. Read as labels, they say it.

A row is a header row when it is one of the first two, every row above it is one too, and either

- most of its cells are JSON objects (an export's import ids), or
- it holds words where the column's values hold digits (in at least two such columns, and in nearly all of
  them), and its cells are not values of the rows below.

Only outside DP: finding them looks at values.

Example::

    found = find_header_rows(df)
    found.rows, found.labels["Q7"]  # [0, 1], "Your postcode"
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import pandas as pd

from safe_synthesizer.data.schema import TableSchema

# A survey's question rows are the first one or two rows; a third is a record.
MAX_HEADER_ROWS = 2
# Rows below the candidates read to learn what each column's values look like.
BODY_PROBE_ROWS = 200
# Share of a column's values with a digit for the column to count as one of numbers, dates or codes.
MIN_DIGIT_SHARE = 0.8
# Columns of numbers, dates or codes whose cell in the row must be words, and the share of them.
MIN_WORDED_COLUMNS = 2
MIN_WORDED_SHARE = 0.8
# Share of a metadata row's filled cells that must be JSON objects, and their least number.
MIN_JSON_SHARE = 0.8
MIN_JSON_CELLS = 2
# Share of the row's filled cells that may also be a value of the rows below (a label ``Status`` over
# a column that holds ``Status`` once is still a label; a record's cells recur).
MAX_RECURRING_SHARE = 0.1

_JSON_OBJECT = re.compile(r"^\{.*\}$", re.S)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class HeaderRows:
    """Positions of the header rows found under the header, and each column's label (the text of the
    first worded header row; none for metadata rows)."""

    rows: list[int] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)


def find_header_rows(df: pd.DataFrame) -> HeaderRows:
    """The header rows at the top of ``df``; see the module docstring."""
    found = HeaderRows()
    if len(df) < MAX_HEADER_ROWS + 3 or df.shape[1] < 2:
        return found
    head = df.head(MAX_HEADER_ROWS).astype("string").apply(lambda s: s.str.strip())
    body = df.iloc[MAX_HEADER_ROWS : MAX_HEADER_ROWS + BODY_PROBE_ROWS].astype("string")
    digit_columns = [c for c in df.columns if _digit_share(body[c]) >= MIN_DIGIT_SHARE]
    for i in range(MAX_HEADER_ROWS):
        cells = {c: v for c, v in head.iloc[i].items() if pd.notna(v) and v != ""}
        if _is_metadata_row(cells):
            found.rows.append(i)
        elif _is_label_row(cells, digit_columns, df.iloc[MAX_HEADER_ROWS:]):
            found.rows.append(i)
            if not found.labels:
                found.labels = dict(cells)
        else:
            break
    return found


def _digit_share(values: pd.Series) -> float:
    filled = values.dropna()
    filled = filled[filled.str.strip() != ""]
    return float(filled.str.contains(_DIGIT).mean()) if len(filled) else 0.0


def _is_metadata_row(cells: dict[str, str]) -> bool:
    json_cells = sum(1 for v in cells.values() if _JSON_OBJECT.match(v))
    return json_cells >= MIN_JSON_CELLS and json_cells >= MIN_JSON_SHARE * len(cells)


def _is_label_row(cells: dict[str, str], digit_columns: list[str], body: pd.DataFrame) -> bool:
    typed = [c for c in digit_columns if c in cells]
    worded = [c for c in typed if _LETTER.search(cells[c]) and not _DIGIT.search(cells[c])]
    if len(worded) < MIN_WORDED_COLUMNS or len(worded) < MIN_WORDED_SHARE * len(typed):
        return False
    recurring = sum(1 for c, v in cells.items() if bool((body[c].astype("string").str.strip() == v).any()))
    return recurring <= MAX_RECURRING_SHARE * len(cells)


def labelled(schema: TableSchema, labels: dict[str, str]) -> TableSchema:
    """``schema`` with each column's header-row label set (columns without one keep theirs)."""
    if not labels:
        return schema
    columns = [dataclasses.replace(c, label=labels.get(c.name, c.label)) for c in schema.columns]
    return dataclasses.replace(schema, columns=columns)
