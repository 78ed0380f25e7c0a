"""Date and time formats: detect the strftime patterns of a column, even several in one column.

``detect_datetime_formats`` picks formats greedily by how many values each newly reads, so an
ambiguous value (``01/02/2020``) goes to the format the other values prove (``13/02/2020`` proves
``%d/%m/%Y``). ``parse_datetimes`` reads every value with the first of those formats that fits
and says which one it used, so values can be written back in their own format.

Example:
    >>> import pandas as pd
    >>> detect_datetime_formats(pd.Series(["2020-01-31", "13/02/2020", "01/02/2020", "2021-05-01"]))
    (['%Y-%m-%d', '%d/%m/%Y'], 1.0)
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd

DATETIME_FORMATS = [
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S+00:00",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y/%m/%d",
    # Japanese/Chinese Excel writes "2024/3/5 14:30".
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y.%m.%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%m/%d/%y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d.%m.%Y %H:%M",
    "%d-%m-%Y",
    # German and Indian exports with two-digit years ("05.03.24", "05-03-24").
    "%d.%m.%y",
    "%d-%m-%y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%Y-%m",
    # Japanese/Chinese dates (``2024年3月5日``): strptime reads the unpadded month and day.
    "%Y年%m月%d日",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    # 12-hour clocks (US pharmacy and POS exports: ``03/14/2024 03:15 PM``); probe 5 found them
    # typed as 1,974 categories, so every generated stamp was a training value or a mix of them.
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%d/%m/%Y %I:%M %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %I:%M:%S %p",
    # Log exports: ISO stamps with milliseconds and an offset (last, so they never win a tie).
    "%Y-%m-%dT%H:%M:%S.%fZ",
    "%Y-%m-%dT%H:%M:%S.%f+00:00",
    "%Y-%m-%dT%H:%M:%S.%f%z",
]
# Time-only patterns (%H:%M) are left out on purpose: "3:2" match scores and "12:45" ratios
# would read as clock times.
SAMPLE_VALUES = 1000
# The offset a ``%z`` format reads at the end of a value, as written (``+02:00``, ``-0500``).
_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}$")
# The fraction of a second as written after the seconds (``:56.789`` -> ``789``).
_FRACTION = re.compile(r":\d{2}[.,](\d+)")
# Directives strptime reads without their leading zero, and glibc's strftime spelling that
# writes them so (``3/5/2024``, ``2024年3月5日``).
_UNPADDED = {"%m": "%-m", "%d": "%-d", "%H": "%-H", "%I": "%-I"}
UNPADDED_SAMPLE = 2000


def _parse_one(strings: pd.Series, fmt: str) -> pd.Series:
    """Naive timestamps (NaT when ``fmt`` does not read a value); offsets are converted to UTC."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if "%z" in fmt:
            parsed = pd.to_datetime(strings, format=fmt, errors="coerce", utc=True)
            return pd.Series(parsed, index=strings.index).dt.tz_localize(None)
        parsed = pd.to_datetime(strings, format=fmt, errors="coerce")
    return pd.Series(parsed, index=strings.index)


def detect_datetime_formats(strings: pd.Series) -> tuple[list[str], float]:
    """Formats that together read ``strings`` (most common first) and the share of values read.

    Example:
        >>> detect_datetime_formats(pd.Series(["01/02/2020", "03/04/2021", "later"]))
        (['%m/%d/%Y'], 0.6666666666666666)
    """
    counts = strings.dropna().astype(str).str.strip().value_counts()
    n_values = float(counts.sum())
    counts = counts[counts.index.str.contains(r"\d")]
    if counts.empty:
        return [], 0.0
    # Share of values that could be dates at all; a large column is judged on a weighted sample.
    with_digits = float(counts.sum()) / n_values
    if len(counts) > SAMPLE_VALUES:
        half = SAMPLE_VALUES // 2
        counts = pd.concat([counts.iloc[:half], counts.iloc[half:].sample(half, random_state=0)])
    texts = pd.Series(counts.index, dtype=object)
    weights = counts.to_numpy(dtype=np.float64)
    masks = {fmt: _parse_one(texts, fmt).notna().to_numpy() for fmt in DATETIME_FORMATS}
    # ``%z`` reads ``Z`` and ``+00:00`` too but writes ``+0000``: UTC written either way keeps its
    # own (literal) format, so each value is written back as it was.
    utc_literal = texts.str.endswith(("Z", "+00:00")).to_numpy()
    for fmt in masks:
        if "%z" in fmt:
            masks[fmt] = masks[fmt] & ~utc_literal
    left = np.ones(len(texts), dtype=bool)
    chosen: list[str] = []
    while left.any():
        gains = {fmt: float(weights[mask & left].sum()) for fmt, mask in masks.items() if fmt not in chosen}
        if not gains:
            break
        fmt = max(gains, key=lambda f: (gains[f], -DATETIME_FORMATS.index(f)))
        if gains[fmt] == 0:
            break
        chosen.append(fmt)
        left &= ~masks[fmt]
    return chosen, float(weights[~left].sum()) / float(weights.sum()) * with_digits


def detect_datetime_format(strings: pd.Series) -> str | None:
    """The one format that reads every value, else None (see ``detect_datetime_formats``).

    Example:
        >>> detect_datetime_format(pd.Series(["2020-01-01", "2020-02-01", "soon"])) is None
        True
    """
    formats, share = detect_datetime_formats(strings)
    return formats[0] if len(formats) == 1 and share == 1.0 else None


def parse_datetimes(values: pd.Series, formats: list[str]) -> tuple[pd.Series, np.ndarray]:
    """Timestamps of ``values`` read with the first of ``formats`` that fits (NaT if none), and
    the index of that format per value (-1 when missing or unread).

    Example:
        >>> stamps, used = parse_datetimes(pd.Series(["2020-01-31", "31/01/2020", "x"]), ["%Y-%m-%d", "%d/%m/%Y"])
        >>> used.tolist()
        [0, 1, -1]
    """
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        stamps = pd.Series(pd.to_datetime(values), index=values.index)
        if getattr(stamps.dt, "tz", None) is not None:
            stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
        return stamps, np.where(stamps.notna().to_numpy(), 0, -1)
    strings = values.astype(object).where(values.notna(), None)
    strings = pd.Series([s.strip() if isinstance(s, str) else s for s in strings], index=values.index, dtype=object)
    stamps = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    used = np.full(len(values), -1, dtype=np.int64)
    # Offset formats last: ``%z`` reads ``Z`` and ``+00:00`` too, which a literal format in the
    # list keeps as written (see ``detect_datetime_formats``).
    for i in sorted(range(len(formats)), key=lambda j: "%z" in formats[j]):
        fmt = formats[i]
        todo = (used < 0) & strings.notna().to_numpy()
        if not todo.any():
            break
        parsed = _parse_one(strings[todo], fmt)
        ok = parsed.notna().to_numpy()
        rows = np.flatnonzero(todo)[ok]
        stamps.iloc[rows] = parsed[ok].to_numpy().astype("datetime64[ns]")
        used[rows] = i
    return stamps, used


def parse_wall_clock(values: pd.Series, formats: list[str]) -> tuple[pd.Series, np.ndarray, list[str | None]]:
    """``parse_datetimes``, but a value read by a ``%z`` format keeps its own wall clock (no
    conversion to UTC) and its offset is returned as written (None for other values).

    A log that writes each stamp in the local time of its device keeps those local times and
    offsets; ``parse_datetimes`` would move every one of them to UTC.

    Example:
        >>> stamps, used, offsets = parse_wall_clock(pd.Series(["2025-03-01T02:01:10.167+02:00", "x"]),
        ...                                          ["%Y-%m-%dT%H:%M:%S.%f%z"])
        >>> str(stamps[0]), used.tolist(), offsets
        ('2025-03-01 02:01:10.167000', [0, -1], ['+02:00', None])
    """
    stamps, used = parse_datetimes(values, formats)
    offsets: list[str | None] = [None] * len(values)
    raw = values.to_numpy(dtype=object)
    for i, fmt in enumerate(formats):
        rows = np.flatnonzero(used == i)
        if "%z" not in fmt or not len(rows):
            continue
        wall: list[str | None] = []
        for row in rows:
            text = str(raw[row]).strip()
            match = _OFFSET.search(text)
            offsets[row] = match.group(0) if match else None
            wall.append(text[: match.start()] if match else None)
        parsed = _parse_one(pd.Series(wall, dtype=object), fmt.replace("%z", ""))
        stamps.iloc[rows] = parsed.to_numpy().astype("datetime64[ns]")
    return stamps, used, offsets


def fraction_digits(values: pd.Series) -> tuple[int, bool]:
    """How many digits values write after the seconds (the most common count; 0 when none do) and
    whether any of those fractions is non-zero.

    Example:
        >>> fraction_digits(pd.Series(["2025-03-01T02:01:10.167", "2025-03-01T02:01:11.200", None]))
        (3, True)
    """
    found = values.dropna().astype(str).str.extract(_FRACTION)[0].dropna()
    if found.empty:
        return 0, False
    return int(found.str.len().mode().iloc[0]), bool(found.str.strip("0").ne("").any())


def unpadded(fmt: str) -> str:
    """``fmt`` writing month, day and hour without a leading zero (``%-m``; glibc and macOS).

    Example:
        >>> unpadded("%m/%d/%Y %H:%M")
        '%-m/%-d/%Y %-H:%M'
    """
    for directive, spelled in _UNPADDED.items():
        fmt = re.sub(r"(?<!%)" + re.escape(directive), spelled, fmt)
    return fmt


def writes_unpadded(values: pd.Series, fmt: str) -> bool:
    """True when the values ``fmt`` reads are written without leading zeros (``3/5/2024`` rather
    than ``03/05/2024``): written back with ``fmt`` every one would change its layout.

    Example:
        >>> writes_unpadded(pd.Series(["3/5/2024", "12/25/2024", "11/7/2023"]), "%m/%d/%Y")
        True
        >>> writes_unpadded(pd.Series(["03/05/2024", "12/25/2024"]), "%m/%d/%Y")
        False
    """
    if unpadded(fmt) == fmt:
        return False
    strings = values.dropna().astype(str).str.strip()
    strings = strings.iloc[:UNPADDED_SAMPLE] if len(strings) > UNPADDED_SAMPLE else strings
    stamps = _parse_one(strings, fmt)
    read = stamps.notna().to_numpy()
    if not read.any() or "%z" in fmt or "%f" in fmt:
        return False
    written, raw = stamps[read], strings[read].to_numpy(dtype=object)
    padded = int((written.dt.strftime(fmt).to_numpy(dtype=object) == raw).sum())
    bare = int((written.dt.strftime(unpadded(fmt)).to_numpy(dtype=object) == raw).sum())
    return bare > padded
