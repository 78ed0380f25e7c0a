"""Read a user's table from CSV/TSV, Parquet, JSON/JSONL or a DataFrame, with one-line errors.

Delimited text is read with every cell as a string: type inference (``data.inference``) decides
what is a number, so zero-padded codes such as ``"00123"`` keep their leading zeros.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from safe_synthesizer.data.blank_headers import name_blank_headers
from safe_synthesizer.errors import UserInputError

NA_VALUES = ["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "<NA>"]
# ``DataFrame.attrs`` key: column -> the one missing-value word its missing cells are written with
# (``NULL``), so the output can write missing cells the same way (``data.missing_tokens``).
MISSING_TOKENS = "missing_tokens"
_DELIMITERS = [",", ";", "\t", "|"]
_SNIFF_BYTES = 64 * 1024
_DELIMITED = {".csv", ".tsv", ".txt", ".tab"}


def read_table(source: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Load ``source`` as a DataFrame of raw values.

    Example:
        >>> df = read_table("adult.csv")  # doctest: +SKIP
    """
    if isinstance(source, pd.DataFrame):
        return _check_frame(source.copy(), "the DataFrame")
    path = Path(source)
    if not path.exists():
        raise UserInputError(f"{path}: file not found; check the path given as --data-source")
    if path.is_dir():
        raise UserInputError(f"{path}: is a directory; pass a CSV, Parquet or JSON file")
    if path.stat().st_size == 0:
        raise UserInputError(f"{path}: file is empty; provide a header row and at least 200 data rows")
    suffix = (path.suffixes[-2] if len(path.suffixes) > 1 else "") if path.suffix.lower() == ".gz" else path.suffix
    suffix = suffix.lower()
    if suffix == ".parquet" or suffix == ".pq":
        frame = _read_parquet(path)
    elif suffix in (".jsonl", ".ndjson"):
        frame = _read_json(path, lines=True)
    elif suffix == ".json":
        frame = _read_json(path, lines=_looks_like_jsonl(path))
    elif suffix in _DELIMITED or suffix == "":
        frame = _read_delimited(path)
    else:
        raise UserInputError(
            f"{path}: unsupported file type '{path.suffix}'; use .csv, .tsv, .parquet, .json or .jsonl"
        )
    return _check_frame(frame, str(path))


def _open_bytes(path: Path) -> bytes:
    if path.suffix.lower() == ".gz":
        import gzip

        try:
            return gzip.decompress(path.read_bytes())
        except OSError as exc:
            raise UserInputError(f"{path}: not a readable gzip file ({exc}); check the file") from exc
    return path.read_bytes()


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserInputError(
            f"{path}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8 (e.g. 'iconv -f cp1252 -t utf-8')"
        ) from exc


def _decode_sample(path: Path) -> str:
    raw = _open_bytes(path)[:_SNIFF_BYTES]
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sample's end is not an encoding problem.
        if exc.start >= len(raw) - 4:
            return raw[: exc.start].decode("utf-8-sig")
        return _decode(path, raw)


def _guess_delimiter(path: Path, sample: str) -> str:
    if path.suffix.lower() in (".tsv", ".tab") or path.name.lower().endswith((".tsv.gz", ".tab.gz")):
        return "\t"
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {d: header.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _header_fields(sample: str, delimiter: str) -> list[str]:
    first = sample.splitlines()[0] if sample else ""
    return next(csv.reader(io.StringIO(first), delimiter=delimiter, skipinitialspace=True), [])


def _first_short_row(lines: Iterable[str], delimiter: str) -> tuple[int, int, int] | None:
    """``(line, fields, header fields)`` of the first record whose field count differs from the header's.

    ``line`` is the file line where the record starts: a quoted value may span several lines.
    """
    # skipinitialspace as in pd.read_csv: in 'x, "a,b"' the quotes still group the comma.
    rows = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
    header = next(rows, [])
    first_line = rows.line_num + 1
    for row in rows:
        if row and len(row) != len(header):
            return first_line, len(row), len(header)
        first_line = rows.line_num + 1
    return None


def short_row_error(path: Path | str, line: int, fields: int, header_fields: int, delimiter: str) -> UserInputError:
    """The one-line error of a record with another field count than the header (no cell values)."""
    return UserInputError(
        f"{path}: line {line} has {fields} fields but the header has {header_fields}; "
        f"check the delimiter (read as '{_name(delimiter)}') or quoting"
    )


def _check_field_counts(path: Path, text: str, delimiter: str) -> None:
    """Every row must have as many fields as the header: pandas would silently shift or pad."""
    short = _first_short_row(io.StringIO(text), delimiter)
    if short:
        raise short_row_error(path, *short, delimiter)


def _read_delimited(path: Path) -> pd.DataFrame:
    text = _decode(path, _open_bytes(path))
    if not text.strip():
        raise UserInputError(f"{path}: file has no content; provide a header row and data rows")
    delimiter = _guess_delimiter(path, text[:_SNIFF_BYTES])
    header = _header_fields(text, delimiter)
    _check_duplicate_names([h.strip() for h in header], str(path))
    _check_field_counts(path, text, delimiter)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_values=[],
            skipinitialspace=True,
            index_col=False,
        )
    except pd.errors.ParserError as exc:
        detail = str(exc).strip().splitlines()[-1]
        raise UserInputError(
            f"{path}: cannot parse as '{_name(delimiter)}'-delimited text ({detail}); check quoting"
        ) from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    frame = _missing_as_nan(frame)
    if frame.shape[1] == 1:
        others = [d for d in _DELIMITERS if d != delimiter and d in frame.columns[0]]
        if others:
            raise UserInputError(
                f"{path}: read as a single column but the header contains '{_name(others[0])}'; "
                f"the delimiter guess '{_name(delimiter)}' looks wrong: save the file with ','"
                + ("" if path.suffix.lower() in (".tsv", ".tab") else " or give it a .tsv extension for tabs")
            )
    return frame


def _missing_as_nan(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (every cell read as written) with the ``NA_VALUES`` cells missing, as
    ``read_csv(na_values=NA_VALUES)`` would give; a column whose missing cells all use one word
    (``NULL``, ``N/A``) has it in ``frame.attrs[MISSING_TOKENS]``."""
    tokens: dict[str, str] = {}
    columns = {}
    for name in frame.columns:
        series = frame[name]
        missing = series.isin(NA_VALUES)
        if missing.any():
            spelled = series[missing].unique()
            if len(spelled) == 1 and spelled[0] != "":
                tokens[str(name)] = str(spelled[0])
            series = series.mask(missing)
        columns[name] = series
    out = pd.DataFrame(columns, index=frame.index)
    out.attrs[MISSING_TOKENS] = tokens
    return out


def _name(delimiter: str) -> str:
    return {"\t": "tab", ",": ",", ";": ";", "|": "|"}.get(delimiter, delimiter)


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises many types for a bad file
        raise UserInputError(f"{path}: not a readable Parquet file ({type(exc).__name__}); check the file") from exc


def _looks_like_jsonl(path: Path) -> bool:
    head = _decode_sample(path).lstrip()
    return head.startswith("{") and "\n{" in head


def _read_json(path: Path, *, lines: bool) -> pd.DataFrame:
    _decode_sample(path)
    try:
        return pd.read_json(path, lines=lines, dtype=False)
    except ValueError as exc:
        kind = "JSON Lines (one object per line)" if lines else "JSON (a list of records)"
        raise UserInputError(f"{path}: not valid {kind} ({exc}); check the file format") from exc


def _check_duplicate_names(names: list[str], where: str) -> None:
    seen: dict[str, int] = {}
    for position, name in enumerate(names, start=1):
        if name == "":
            continue  # "column N has no name" (_check_frame): Excel's trailing empty columns were a "duplicate ''"
        if name in seen:
            raise UserInputError(
                f"{where}: duplicate column name '{name}' (columns {seen[name]} and {position}); "
                "rename one of them"
            )
        seen[name] = position


def _check_frame(frame: pd.DataFrame, where: str) -> pd.DataFrame:
    if any(name is not None for name in frame.index.names):
        # A named index (set_index("id"), or a Parquet file written from one) holds data: keep it.
        _check_duplicate_names([str(n) for n in [*frame.index.names, *frame.columns] if n is not None], where)
        frame = frame.reset_index()
    if frame.shape[1] == 0:
        raise UserInputError(f"{where}: no columns found; provide a header row and data rows")
    _check_duplicate_names([str(c) for c in frame.columns], where)
    frame, names = name_blank_headers(frame, where)  # a saved index, empty trailing columns, a merged header
    if MISSING_TOKENS in frame.attrs:
        tokens = frame.attrs[MISSING_TOKENS]
        frame.attrs[MISSING_TOKENS] = {names[c]: t for c, t in tokens.items() if names.get(c) is not None}
    if len(frame) == 0:
        raise UserInputError(f"{where}: has a header but no data rows; provide at least 200 rows")
    frame.columns = [str(c) for c in frame.columns]
    return frame.reset_index(drop=True)
