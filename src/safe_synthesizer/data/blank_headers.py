"""Header cells left blank, as spreadsheets and pandas write them, read the way the file meant them.

Three kinds of file reach us with blank (or pandas' ``Unnamed: 3``) header cells, and each has one reading:

- a saved row index: the first column has no name and numbers the rows ``0..N-1`` (``df.to_csv()`` without
  ``index=False``) or ``1..N``; it holds no data, so it is left out;
- empty trailing columns: an Excel export that ends every row with ``,,,``; no name and no value, left out;
- a merged group header over a row of sub-labels: ``Address`` spans three columns whose labels (``Street``,
  ``Postcode``, ``Town``) sit in the first data row. That row is a header row (``data.header_rows``); the columns
  are named ``<group> <sub-label>`` (``Address Street``) and the row is left out of the records.

Anything else stays an error naming the column. Reading a header row as names looks at the first rows'
values, so under DP the pipeline refuses it (``HEADER_ROW_READ``) rather than guess which row is a record.

Example::

    frame, names = name_blank_headers(pd.read_csv("carers.csv", dtype=str), "carers.csv")
    names["Unnamed: 2"]  # "Address Postcode" (None: left out)
    frame.attrs[BLANK_HEADER_NOTES]  # ["the first data row holds the sub-labels of a merged header ..."]
"""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.data.header_rows import find_header_rows
from safe_synthesizer.errors import UserInputError

# frame.attrs key: what was read or left out, one sentence each (for the console; never a cell value).
BLANK_HEADER_NOTES = "blank_header_notes"
# frame.attrs key, set when a data row was read as column names (the pipeline refuses that under DP).
HEADER_ROW_READ = "header_row_read"
# A row index is only told from data on enough rows.
MIN_INDEX_ROWS = 3

_PANDAS_BLANK = re.compile(r"^Unnamed: \d+(_level_\d+)?$")


def is_blank_name(name: object) -> bool:
    """A header cell that names nothing: empty, or the ``Unnamed: 3`` pandas writes for one."""
    text = str(name).strip()
    return text == "" or bool(_PANDAS_BLANK.match(text))


def name_blank_headers(frame: pd.DataFrame, where: str) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """``frame`` with its blank header cells resolved (see the module docstring), or a one-line error; and each
    original column's new name (``None``: left out). The notes of what was done are in
    ``frame.attrs[BLANK_HEADER_NOTES]``.
    """
    original = [str(c) for c in frame.columns]
    if not any(is_blank_name(c) for c in original):
        return frame, {c: c for c in original}
    attrs = dict(frame.attrs)
    notes: list[str] = []
    frame = _without_empty_columns(frame, notes)
    frame = _without_row_index(frame, notes)
    kept = [str(c) for c in frame.columns]
    renamed = dict(zip(kept, kept, strict=True))
    if any(is_blank_name(c) for c in kept):
        frame = _merged_header_named(frame, where, notes)
        renamed = dict(zip(kept, (str(c) for c in frame.columns), strict=True))
        attrs[HEADER_ROW_READ] = True
    frame.attrs.update(attrs)
    frame.attrs[BLANK_HEADER_NOTES] = [*attrs.get(BLANK_HEADER_NOTES, []), *notes]
    return frame, {c: renamed.get(c) for c in original}


def _without_empty_columns(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    empty = [c for c in frame.columns if is_blank_name(c) and _all_missing(frame[c])]
    if empty and len(empty) < frame.shape[1]:
        positions = [frame.columns.get_loc(c) + 1 for c in empty]
        notes.append(f"{len(empty)} column(s) with no name and no value (column {_listed(positions)}) left out")
        frame = frame.drop(columns=empty)
    return frame


def _without_row_index(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    first = frame.columns[0]
    if frame.shape[1] < 2 or not is_blank_name(first) or len(frame) < MIN_INDEX_ROWS:
        return frame
    numbers = pd.to_numeric(frame[first], errors="coerce")
    if numbers.isna().any():
        return frame
    for start in (0, 1):
        if (numbers.to_numpy() == range(start, start + len(frame))).all():
            notes.append(
                f"column 1 has no name and numbers the rows {start}..{start + len(frame) - 1} "
                "(a saved row index): left out"
            )
            return frame.drop(columns=[first])
    return frame


def _merged_header_named(frame: pd.DataFrame, where: str, notes: list[str]) -> pd.DataFrame:
    """Columns named from a merged group header and the sub-label row under it, or the error."""
    blank = [i for i, c in enumerate(frame.columns, 1) if is_blank_name(c)]
    found = find_header_rows(frame)
    labels = found.labels if found.rows[:1] == [0] else {}
    if not labels or any(not labels.get(frame.columns[i - 1], "").strip() for i in blank):
        raise UserInputError(
            f"{where}: column {blank[0]} has no name; give every column a header"
            + (" (a header over two rows: put each column's label in one header row)" if len(frame) > 1 else "")
        )
    names: list[str] = []
    group = ""
    for column in frame.columns:
        group = group if is_blank_name(column) else str(column).strip()
        label = str(labels.get(column, "")).strip()
        names.append(f"{group} {label}".strip() if label and label != group else group or label)
    _check_unique(names, where)
    notes.append(
        f"the first data row holds the sub-labels of a merged header over {len(blank)} unnamed column(s): "
        "columns named '<group> <sub-label>' (e.g. "
        f"'{names[blank[0] - 1]}') and the row left out of the records; write one header row to silence this"
    )
    named = frame.iloc[1:].reset_index(drop=True)
    named.columns = names
    return named


def _check_unique(names: list[str], where: str) -> None:
    seen: dict[str, int] = {}
    for position, name in enumerate(names, 1):
        if name in seen:
            raise UserInputError(
                f"{where}: the merged header gives columns {seen[name]} and {position} the same name '{name}'; "
                "write one header row with a name per column"
            )
        seen[name] = position


def _all_missing(values: pd.Series) -> bool:
    return bool((values.isna() | (values.astype("string").str.strip() == "")).all())


def _listed(positions: list[int]) -> str:
    return ", ".join(str(p) for p in positions[:5]) + (", ..." if len(positions) > 5 else "")
