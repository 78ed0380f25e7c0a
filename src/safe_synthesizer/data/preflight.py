"""Preflight checks: problems a user should hear about before any training starts."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.header_rows import find_header_rows
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

MIN_ROWS = 200
FEW_ROWS = 1000
FEW_DP_UNITS = 10_000  # privacy.guidance.RECOMMENDED_MIN_UNITS: below it preflight warns under DP
_LAYOUT_BYTES = 64 * 1024
MISSING_SCAN_ROWS = 20_000
MAX_LISTED = 5
_UTF8_BOM = b"\xef\xbb\xbf"
# Labels of a spreadsheet's total row (its first text cells), in the languages of our users.
_TOTAL_LABEL = re.compile(
    r"^\s*(grand\s+)?(totals?|sum|summe|gesamt(summe)?|insgesamt|somme|totaal|totale|suma|合計|総計|总计|合计)\b\W*$",
    re.IGNORECASE,
)
# Labels of subtotal rows (Excel's Data > Subtotal writes "<group> Total" and "Grand Total").
_SUBTOTAL_LABEL = re.compile(
    r"(?:^|\s)(?:sub-?\s?totals?|zwischensumme|teilsumme|sous-total|subtotale|subtotaal|totals?|summe|somme|suma|"
    r"toplam|razem|小計|小计|合計|合计)\s*:?\s*$|^\s*(?:sub-?\s?total|zwischensumme|sous-total)\b",
    re.IGNORECASE,
)
# Subtotal rows: labelled, at most this share of the cells a typical row fills, at least this many,
# and at least this share of them the sum of the rows since the one before in some number column.
SUBTOTAL_MAX_FILLED = 0.5
SUBTOTAL_MIN_ROWS = 2
SUBTOTAL_MIN_SUMS = 0.5
# A unit row has words in at least this many number or date columns, and in this share of them.
UNIT_ROW_MIN_COLUMNS = 2
UNIT_ROW_MIN_SHARE = 0.5
# A total equals the sum of the rows above it to this relative tolerance (rounded cells).
TOTAL_TOLERANCE = 0.005
# Excel's row limit: a longer table is no spreadsheet export, and is not searched for these rows.
SHEET_MAX_ROWS = 1_048_576
# Values read first to rule a column out cheaply: a total is larger than any value above it.
TOTAL_SAMPLE = 1000


@dataclass(frozen=True)
class Finding:
    """One preflight result; ``error`` stops the run, ``warning`` and ``info`` are reported."""

    level: Literal["error", "warning", "info"]
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


def preflight(
    df: pd.DataFrame, schema: TableSchema, params: SafeSynthesizerParameters, source: str = "data",
    extra: list[Finding] | None = None, n_rows: int | None = None,
) -> list[Finding]:
    """Check size, entity/order columns and degenerate columns; errors first. ``extra`` findings
    (``sheet_rows``') are sorted in with the rest. ``n_rows``: the whole table's rows when ``df``
    is a sample of a large file (``data.out_of_core``; never under DP, whose checks count ``df``)."""
    findings: list[Finding] = list(extra or [])
    n = len(df) if n_rows is None else n_rows
    group_by = params.data.group_training_examples_by
    order_by = params.data.order_training_examples_by
    for key, column in (("group_training_examples_by", group_by), ("order_training_examples_by", order_by)):
        if column is not None and column not in df.columns:
            findings.append(Finding("error", f"data.{key}: column '{column}' is not in {source}; "
                                             f"columns are {list(df.columns)}"))
    if n < MIN_ROWS:
        findings.append(Finding("error", f"{source}: {n} rows; at least {MIN_ROWS} are needed to train "
                                         "and evaluate a model"))
    elif n < FEW_ROWS:
        findings.append(Finding("warning", f"{source}: only {n} rows; expect weaker quality below {FEW_ROWS}"))
    if params.privacy.dp_enabled and (group_by is None or group_by in df.columns):
        findings += _dp_findings(df, schema, params)
    if order_by is not None and group_by is None:
        findings.append(Finding("warning", "data.order_training_examples_by is set without "
                                           "data.group_training_examples_by; it has no effect"))
    layout = _file_layout(source)
    if layout is not None:
        findings.append(layout)
    if not params.privacy.dp_enabled:  # counts of the input's cells: only outside DP
        findings += _merged_missing(source)
    # One line for all empty (all constant) columns: a wide sheet's 8 empty columns were 8
    # warnings that pushed the rest of the console's list into diagnostics.json.
    empty = [c.name for c in schema.columns if c.type == ColumnType.EMPTY]
    if empty:
        findings.append(Finding("warning", f"column '{empty[0]}' is empty; it will stay empty" if len(empty) == 1
                                else f"{len(empty)} columns are empty ({_listed(empty)}); they will stay empty"))
    constant = [c.name for c in schema.columns if c.type == ColumnType.CONSTANT]
    if constant:
        findings.append(Finding("info", f"column '{constant[0]}' is constant; it is copied as is"
                                if len(constant) == 1 else
                                f"{len(constant)} columns are constant ({_listed(constant)}); they are copied as is"))
    for column in schema.columns:
        if column.type == ColumnType.IDENTIFIER and column.name != group_by and _unique(column, n):
            # Only ids unique per row: a repeated id keeps its rows per id (the schema notes say so).
            findings.append(Finding("info", f"column '{column.name}' is an identifier; new unique values "
                                            "are generated"))
    return sorted(findings, key=lambda f: ("error", "warning", "info").index(f.level))


def _dp_findings(df: pd.DataFrame, schema: TableSchema, params: SafeSynthesizerParameters) -> list[Finding]:
    """DP refusals (missing entity ids, delta) and the guidance warnings, with units counted as DP counts them.

    Counts the whole table; training sees it minus the holdout, so the numbers are estimates.
    """
    from safe_synthesizer.errors import ConfigError
    from safe_synthesizer.privacy.accounting import check_delta, check_epsilon, resolve_delta
    from safe_synthesizer.privacy.codec_statistics import plan_run_statistics
    from safe_synthesizer.privacy.guidance import preflight_warnings
    from safe_synthesizer.privacy.sampling import missing_group_message, privacy_units

    p = params.privacy
    group_by = params.data.group_training_examples_by
    if group_by is not None and df[group_by].isna().any():
        return [Finding("error", missing_group_message(group_by, int(df[group_by].isna().sum())))]
    units = privacy_units(df, group_by)
    findings: list[Finding] = []
    try:
        check_epsilon(p.epsilon)
        delta = resolve_delta(max(units.n_units, 1)) if p.delta == "auto" else float(p.delta)
        warning = check_delta(delta, units.n_units)
        if warning:
            findings.append(Finding("warning", warning))
    except ConfigError as exc:
        return [Finding("error", str(exc))]
    stats = plan_run_statistics(schema, p, units.n_units)
    messages = preflight_warnings(
        n_units=units.n_units, epsilon=p.epsilon, unit=units.label, epsilon_per_statistic=stats.epsilon_each
    )
    return findings + [Finding("warning", m) for m in messages]


def _file_layout(source: str) -> Finding | None:
    """A warning when the input file is not written as the output will be (``,``-separated
    UTF-8 without a byte-order mark): a spreadsheet set up for the input (French Excel: ``;``
    and a BOM) would open the synthetic table as one column, accents garbled."""
    from safe_synthesizer.data.readers import _DELIMITED, _guess_delimiter

    path = Path(source)
    if path.suffix.lower() not in _DELIMITED or not path.is_file():
        return None
    with path.open("rb") as f:
        head = f.read(_LAYOUT_BYTES)
    bom = head.startswith(_UTF8_BOM)
    delimiter = _guess_delimiter(path, head.decode("utf-8-sig", errors="ignore"))
    if delimiter == "," and not bom:
        return None
    names = {"\t": "tab", ";": "';'", "|": "'|'", ",": "','"}
    read = f"{names.get(delimiter, repr(delimiter))}-separated" + (" with a UTF-8 byte-order mark" if bom else "")
    return Finding("warning", f"{source}: read as {read}; synthetic_data.csv is written ','-separated UTF-8 "
                              "without a byte-order mark (each column keeps its number and date format): "
                              "choose ',' and UTF-8 when opening it in a spreadsheet")


def _merged_missing(source: str) -> list[Finding]:
    """A warning naming the columns that hold both blank cells and missing-value words (``N/A``,
    ``NA``, ``null``): both are read as missing, so an answer such as "N/A" (not applicable) next
    to unanswered blanks disappears from the synthetic data. Judged on the first ``MISSING_SCAN_ROWS``."""
    from safe_synthesizer.data.readers import _DELIMITED, NA_VALUES, _guess_delimiter

    path = Path(source)
    if path.suffix.lower() not in _DELIMITED or not path.is_file():
        return []
    with path.open("rb") as f:
        head = f.read(_LAYOUT_BYTES).decode("utf-8-sig", errors="ignore")
    try:
        cells = pd.read_csv(path, sep=_guess_delimiter(path, head), dtype=str, keep_default_na=False,
                            na_filter=False, nrows=MISSING_SCAN_ROWS, encoding="utf-8-sig",
                            skipinitialspace=True, index_col=False)
    except (ValueError, UnicodeDecodeError, OSError):  # read_table already said what is wrong
        return []
    words = set(NA_VALUES) - {""}
    merged: list[str] = []
    spelled: set[str] = set()
    for name in cells.columns:
        values = cells[name].str.strip()
        marked = values.isin(words)
        if marked.any() and (values == "").any():
            merged.append(str(name).strip())
            spelled |= set(values[marked])
    if not merged:
        return []
    listed = ", ".join(f"'{m}'" for m in merged[:MAX_LISTED]) + (
        f" and {len(merged) - MAX_LISTED} more" if len(merged) > MAX_LISTED else "")
    words_text = "/".join(f"'{w}'" for w in sorted(spelled))
    what = f"column {listed} holds" if len(merged) == 1 else f"{len(merged)} columns ({listed}) hold"
    return [Finding("warning", (
        f"{what} both blank cells and {words_text}; both are read as missing, so the synthetic data "
        f"has blanks where {words_text} was: write it as a word such as 'not applicable' to keep it apart"))]


def _unique(column: ColumnSchema, n_rows: int) -> bool:
    return column.n_unique + column.n_missing == n_rows


@dataclass
class SheetRows:
    """Rows of a spreadsheet export that are not records: a unit row right under the header
    (``USD``, ``kg``, ``mm/dd/yyyy`` in number and date columns) and a total row at the bottom
    (sums of the columns above, often labelled ``Total``), or header rows under the header (a survey's
    question text and import ids: ``data.header_rows``). ``rows`` are positions in the table; ``labels`` the
    header rows' text per column."""

    rows: list[int] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)


def sheet_rows(df: pd.DataFrame, schema: TableSchema) -> SheetRows:
    """Find a unit row or header rows (first data rows) and a total row (last data row); see :class:`SheetRows`.

    Trained on as records, the unit row's words became special values of every number column and
    the total row an outlier record (a sum many times any real value). Only outside DP: this
    looks at values. Messages give row numbers and counts, never the values.
    """
    found = SheetRows()
    if len(df) < 3 or len(df) > SHEET_MAX_ROWS:
        return found
    typed = [c for c in schema.columns if c.type in (ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.DATETIME)]
    worded = _unit_row_columns(df, typed)
    filled = sum(1 for c in typed if pd.notna(df[c.name].iloc[0]) and str(df[c.name].iloc[0]).strip() != "")
    header = find_header_rows(df)
    unit_row = len(worded) >= UNIT_ROW_MIN_COLUMNS and len(worded) >= UNIT_ROW_MIN_SHARE * max(filled, 1)
    if unit_row and len(header.rows) <= 1:  # one row of units; a second one makes them header rows
        found.rows.append(0)
        found.findings.append(Finding("warning", (
            "the first data row (right under the header) holds words, not values, in "
            f"{len(worded)} number/date columns ({_listed(worded)}): a unit row, left out of training; "
            "delete it from the file to silence this")))
    elif header.rows:
        found.rows.extend(header.rows)
        found.labels = header.labels
        found.findings.append(Finding("warning", (
            f"the first {len(header.rows)} data row(s) hold column labels, not values (a survey's question text "
            "or import ids, a merged header's sub-labels): header rows, left out of training; their text is read "
            "as a hint of what each column holds; delete them from the file to silence this")))
    if not typed:
        return found
    totals = _total_columns(df, [c for c in typed if c.type != ColumnType.DATETIME], skip_first=bool(found.rows))
    labelled = _total_label(df, schema)
    if len(totals) >= 2 or (totals and labelled):
        found.rows.append(len(df) - 1)
        found.findings.append(Finding("warning", (
            f"the last data row (row {len(df)}) holds the sums of the rows above in {len(totals)} column(s) "
            f"({_listed(totals)}){' and a total label' if labelled else ''}: a total row, left out of training; "
            "delete it from the file to silence this")))
    subtotals = [i for i in _subtotal_rows(df, schema) if i not in found.rows]
    if subtotals:
        found.rows.extend(subtotals)
        found.findings.append(Finding("warning", (
            f"{len(subtotals)} rows (rows {subtotals[0] + 1}, {subtotals[1] + 1}, ...) are labelled subtotals, "
            "fill few cells and hold the sums of the rows before them: subtotal rows, left out of training; "
            "delete them from the file (or remove the sheet's subtotals) to silence this")))
    return found


def _subtotal_rows(df: pd.DataFrame, schema: TableSchema) -> list[int]:
    """Positions of subtotal rows: a ``Subtotal``/``... Total`` label, few filled cells, and in
    some number column the sum of the rows since the previous such row (for at least half of
    them). Trained on as records they were outlier records every N rows (sums many times a
    posting), and their label a category of its own."""
    labels = [c.name for c in schema.columns if c.type in (ColumnType.CATEGORICAL, ColumnType.TEXT)]
    numeric = [c for c in schema.columns if c.type in (ColumnType.INTEGER, ColumnType.FLOAT)]
    if not labels or not numeric:
        return []
    labelled = np.zeros(len(df), dtype=bool)
    for name in labels:
        labelled |= df[name].astype(str).str.contains(_SUBTOTAL_LABEL, na=False).to_numpy()
    if labelled.sum() < SUBTOTAL_MIN_ROWS:
        return []
    filled = (df.notna() & (df.astype(str).apply(lambda s: s.str.strip()) != "")).sum(axis=1).to_numpy()
    typical = float(np.median(filled[~labelled])) if (~labelled).any() else 0.0
    rows = np.flatnonzero(labelled & (filled <= SUBTOTAL_MAX_FILLED * typical))
    if len(rows) < SUBTOTAL_MIN_ROWS:
        return []
    from safe_synthesizer.data.numbers import NumberFormat, parse_numbers

    for column in numeric:
        x = parse_numbers(df[column.name].tolist(), NumberFormat.from_dict(column.number_format))
        sums, start = 0, 0
        for row in rows:
            block = x[start:row]
            block = block[np.isfinite(block)]
            start = row + 1
            if len(block) >= 2 and np.isfinite(x[row]) and abs(x[row] - block.sum()) <= TOTAL_TOLERANCE * max(
                abs(float(block.sum())), 1.0
            ):
                sums += 1
        if sums >= SUBTOTAL_MIN_SUMS * len(rows):
            return rows.tolist()
    return []


def _listed(names: list[str]) -> str:
    return ", ".join(f"'{n}'" for n in names[:MAX_LISTED]) + (
        f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


def _unit_row_columns(df: pd.DataFrame, typed: list[ColumnSchema]) -> list[str]:
    """Number/date columns whose first value is one of their special values, seen only there."""
    out = []
    for column in typed:
        first = df[column.name].iloc[0]
        if not isinstance(first, str) or first.strip() not in set(column.special_values or []):
            continue
        if int((df[column.name].astype(str).str.strip() == first.strip()).sum()) == 1:
            out.append(column.name)
    return out


def _total_columns(df: pd.DataFrame, numeric: list[ColumnSchema], *, skip_first: bool) -> list[str]:
    """Number columns whose last value is the sum of the values above it (not all zero)."""
    from safe_synthesizer.data.numbers import NumberFormat, parse_numbers

    out = []
    for column in numeric:
        values = df[column.name].iloc[int(skip_first):]
        fmt = NumberFormat.from_dict(column.number_format)
        last = parse_numbers(values.iloc[-1:].tolist(), fmt)[0]
        above = values.iloc[:-1]
        sample = parse_numbers(above.sample(min(TOTAL_SAMPLE, len(above)), random_state=0).tolist(), fmt)
        if not np.isfinite(last) or abs(last) <= (1 - TOTAL_TOLERANCE) * np.nanmax(np.abs(sample), initial=0.0):
            continue  # no larger than a value above it: no total (read without parsing the whole column)
        x = parse_numbers(values.tolist(), fmt)
        last, above = x[-1], x[:-1]
        above = above[np.isfinite(above)]
        if not np.isfinite(last) or len(above) < 2:
            continue
        total = float(above.sum())
        if total != 0 and abs(last - total) <= TOTAL_TOLERANCE * abs(total) and abs(total) > np.abs(above).max():
            out.append(column.name)
    return out


def _total_label(df: pd.DataFrame, schema: TableSchema) -> bool:
    """True when a text cell of the last row reads ``Total``/``Summe``/``合計``."""
    texts = [c.name for c in schema.columns if c.type not in (ColumnType.INTEGER, ColumnType.FLOAT)]
    last = df[texts].iloc[-1] if texts else pd.Series(dtype=object)
    return any(isinstance(v, str) and _TOTAL_LABEL.match(v) for v in last.tolist())
