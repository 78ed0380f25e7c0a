"""Numbers as people write them: thousands separators, decimal commas, currency and percent signs.

``detect_number_format`` finds the one :class:`NumberFormat` that reads most values of a string
column (``"1,484,622"``, ``"3,14"``, ``"1.234,5"``, ``"$1,200.50"``, ``"12.5%"``, ``"(1,000)"``,
Indian lakh grouping ``"₹1,23,456.78"``, ``"3,240円"``, units ``"2,35 kg"``, full-width ``"３６．５"``),
``parse_numbers`` turns strings into float64 with it (NaN when a value does not parse) and
``format_numbers`` writes numbers back the same way. Zero-padded codes (``"00123"``) never parse:
they are codes whose zeros matter, not numbers.

Example:
    >>> import pandas as pd
    >>> fmt, share = detect_number_format(pd.Series(["1,484,622", "2,001", "17"]))
    >>> fmt.thousands, share
    (',', 1.0)
    >>> format_numbers([1484622], fmt, decimals=0, is_integer=True)
    ['1,484,622']
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.data import durations

_SIGNS = "-+\u2212"  # U+2212 is the typographic minus
_SYMBOLS = ("$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₱", "₫", "₦", "円", "元", "원",
            # Signs of several characters: Brazil's "R$ 1.234,56", "US$", Polish "zł", Nordic "kr",
            # Czech "Kč", Hungarian "Ft", Turkish "TL" (as the single "$" they missed "R$": amounts
            # were categories of labels copied from the input).
            "R$", "US$", "C$", "A$", "NZ$", "HK$", "S$", "MX$", "zł", "kr", "Kč", "Ft", "TL")
# Units written after a number (``2,35 kg``, ``120 mmHg``): a suffix like a percent sign. Single
# letters are units too (``28m``): a column mixing ``1h 23m`` and ``28m`` still does not parse.
# Left out on purpose: "s" (decades "1990s"), "A"/"K"/"t" (seat "12A", "50K" salaries), "in".
_UNITS = ("kg", "g", "mg", "µg", "lb", "lbs", "oz", "km", "m", "cm", "mm", "mi", "ft", "l", "L", "ml", "mL", "cl",
          "h", "hrs", "min", "sec", "ms", "kWh", "W", "kW", "MW", "V", "mA", "°C", "°F", "mmHg", "bpm", "Hz", "kHz",
          "MHz", "GHz", "KB", "MB", "GB", "TB", "kB", "px", "m²", "qm", "m2")
_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "CNY", "INR", "SEK", "NOK", "DKK",
          "PLN", "CZK", "HUF", "BRL", "MXN", "ZAR", "HKD", "SGD", "KRW", "RUB", "TRY")  # fmt: skip
# (thousands, decimal) pairs, in the order that wins a tie: a column every pair reads the same way
# stays plain, and a lone "1,234" is read as a thousands comma rather than a decimal comma.
_SEPARATORS = [
    ("", "."), (",", "."), (".", ","), ("", ","), (" ", "."), (" ", ","), ("\u00a0", ","),
    ("\u00a0", "."), ("\u202f", ","), ("\u202f", "."), ("'", "."), ("\u2019", "."),
]  # fmt: skip
# Indian grouping (lakh, crore): the last three digits, then groups of two (``1,23,45,678``).
# Tried after the pairs above, so a column that reads as well with groups of three keeps them.
_LAKH = ","
_INFINITY = {"inf": 1, "+inf": 1, "-inf": -1, "infinity": 1, "+infinity": 1, "-infinity": -1}
_SYMBOL_CLASS = "(?:" + "|".join(re.escape(x) for x in sorted(_SYMBOLS, key=len, reverse=True)) + ")"
# Signs escaped: unescaped, "(-+" is a character range that leaves "-" out, and a column of
# negative amounts only ("-₹868.12", "-$5.00") found no prefix and was no number column.
_PREFIX = re.compile(
    r"^[(" + re.escape(_SIGNS) + r"]*\s*(" + _SYMBOL_CLASS + r"|[A-Z]{3})\s?(?=[" + re.escape(_SIGNS) + r"]?[\d.])"
)
_UNIT_ALTERNATION = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_SUFFIX = re.compile(r"\d\s?(%|" + _SYMBOL_CLASS + r"|[A-Z]{3}|" + _UNIT_ALTERNATION + r")\)?$")
# Full-width digits and signs (Japanese/Chinese input methods: ``３６．５``) and their ASCII forms.
_FULL_WIDTH = "０１２３４５６７８９．，－＋％"
_TO_ASCII = str.maketrans(_FULL_WIDTH, "0123456789.,-+%")
_TO_FULL_WIDTH = str.maketrans("0123456789.,-+%", _FULL_WIDTH)
SAMPLE_VALUES = 2000
# Mantissa decimals and exponent letter of a number in scientific notation (``6.847e+09``).
_SCIENTIFIC = re.compile(r"\d(?:\.(\d*))?([eE])[+-]?\d+$")
# Share of plain numbers written with an exponent from which the column is written that way.
SCIENTIFIC_MIN_SHARE = 0.9


@dataclass(frozen=True)
class NumberFormat:
    """How a column writes its numbers; the default is plain (``1234.5``).

    ``prefix``/``suffix`` are the currency or percent signs as written (``"$"``, ``"USD "``,
    ``" %"``); ``parentheses`` means negatives are written ``(5)``; ``fixed_decimals`` means every
    value shows the column's decimal places (``"1.50"``), as money usually does. ``exponent``
    (``"e"``/``"E"``) means scientific notation with ``mantissa_decimals`` decimals (``6.847e+09``;
    with ``fixed_decimals`` every mantissa shows them, else trailing zeros are dropped).
    ``lakh`` groups the thousands separator Indian style (``1,23,456``); ``full_width`` writes
    digits, sign, decimal mark and percent in their full-width forms (``３６．５``). ``duration``
    (a ``data.durations`` layout: ``iso``, ``hh:mm:ss``, ``h mm``, ...) reads ``PT1H23M``,
    ``01:23:45`` or ``1h 23m`` as a count of ``duration_unit`` seconds (60: minutes) and writes it back so.

    Example:
        >>> NumberFormat.from_dict({"thousands": ",", "decimal": ".", "prefix": "$", "suffix": ""}).prefix
        '$'
    """

    thousands: str = ""
    decimal: str = "."
    prefix: str = ""
    suffix: str = ""
    parentheses: bool = False
    fixed_decimals: bool = False
    exponent: str = ""
    mantissa_decimals: int = 0
    lakh: bool = False
    full_width: bool = False
    duration: str = ""
    duration_unit: int = 1

    @property
    def is_plain(self) -> bool:
        return self == NumberFormat()

    def to_dict(self) -> dict[str, str]:
        """The schema's ``number_format`` form (every value a string)."""
        d = {"thousands": self.thousands, "decimal": self.decimal, "prefix": self.prefix, "suffix": self.suffix}
        if self.parentheses:
            d["negative"] = "parentheses"
        if self.fixed_decimals:
            d["fixed_decimals"] = "true"
        if self.exponent:
            d["exponent"] = self.exponent
            d["mantissa_decimals"] = str(self.mantissa_decimals)
        if self.lakh:
            d["grouping"] = "lakh"
        if self.full_width:
            d["digits"] = "full_width"
        if self.duration:
            d["duration"] = self.duration
            d["duration_unit"] = str(self.duration_unit)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, str] | None) -> NumberFormat:
        """Inverse of ``to_dict``; None (a plain column) gives the plain format."""
        if not d:
            return cls()
        return cls(
            thousands=d.get("thousands", ""),
            decimal=d.get("decimal", "."),
            prefix=d.get("prefix", ""),
            suffix=d.get("suffix", ""),
            parentheses=d.get("negative") == "parentheses",
            fixed_decimals=d.get("fixed_decimals") == "true",
            exponent=d.get("exponent", ""),
            mantissa_decimals=int(d.get("mantissa_decimals", "0")),
            lakh=d.get("grouping") == "lakh",
            full_width=d.get("digits") == "full_width",
            duration=d.get("duration", "") if d.get("duration", "") in durations.LAYOUTS else "",
            duration_unit=int(d.get("duration_unit", "1")),
        )

    def describe(self) -> str:
        """Short words for notes: ``thousands ',' and prefix '$'``."""
        names = {" ": "space", "\u00a0": "no-break space", "\u202f": "narrow space"}
        if self.duration:
            unit = "minutes" if self.duration_unit == 60 else "seconds"
            return f"durations ({self.duration} layout, modelled in {unit})"
        parts = []
        if self.thousands:
            grouping = " (lakh grouping)" if self.lakh else ""
            parts.append(f"thousands '{names.get(self.thousands, self.thousands)}'{grouping}")
        if self.full_width:
            parts.append("full-width digits")
        if self.decimal != ".":
            parts.append(f"decimal '{self.decimal}'")
        if self.prefix:
            parts.append(f"prefix '{self.prefix.strip()}'")
        if self.suffix:
            parts.append(f"suffix '{self.suffix.strip()}'")
        if self.parentheses:
            parts.append("negatives in parentheses")
        if self.exponent:
            parts.append(f"scientific notation ({self.mantissa_decimals} mantissa decimals)")
        return " and ".join(parts) or "plain"


@lru_cache(maxsize=256)
def _pattern(thousands: str, decimal: str, prefix: str, suffix: str, lakh: bool = False) -> re.Pattern[str]:
    t, d = re.escape(thousands), re.escape(decimal)
    whole = r"(?:0|[1-9]\d*)" if not thousands else rf"(?:[1-9]\d{{0,2}}(?:{t}\d{{3}})+|0|[1-9]\d*)"
    if thousands and lakh:
        whole = rf"(?:[1-9]\d{{0,1}}(?:{t}\d{{2}})*{t}\d{{3}}|0|[1-9]\d{{0,2}})"
    frac = rf"(?:{d}\d*)?" if decimal == "." else rf"(?:{d}\d+)?"
    body = rf"(?:{whole}{frac}|{d}\d+)"
    if not thousands and decimal == ".":
        body += r"(?:[eE][+-]?\d+)?"
    pre = rf"(?:{re.escape(prefix.strip())}\s?)?" if prefix.strip() else ""
    post = rf"(?:\s?{re.escape(suffix.strip())})?" if suffix.strip() else ""
    # Affixes are optional per value: a training split written back plainly still parses.
    return re.compile(
        rf"^(?P<open>\()?(?P<s1>[{_SIGNS}])?{pre}(?P<s2>[{_SIGNS}])?(?P<body>{body}){post}(?(open)\))$"
    )


def _canonical(text: str, fmt: NumberFormat) -> str | None:
    """``text`` as a plain number string (``"-1234.5"``), or None when ``fmt`` does not read it."""
    if fmt.duration:
        found = durations.seconds(text)
        if found is None:
            return None
        whole, rest = divmod(found, fmt.duration_unit)
        return str(whole) if not rest else repr(found / fmt.duration_unit)
    if fmt.full_width:
        text = text.translate(_TO_ASCII)
    m = _pattern(fmt.thousands, fmt.decimal, fmt.prefix, fmt.suffix, fmt.lakh).match(text.strip())
    if m is None or (m["s1"] and m["s2"]):
        return None
    body = m["body"]
    if fmt.thousands:
        body = body.replace(fmt.thousands, "")
    if fmt.decimal != ".":
        body = body.replace(fmt.decimal, ".")
    sign = m["s1"] or m["s2"] or ""
    negative = bool(m["open"]) or sign in ("-", "\u2212")
    if m["open"] and sign:
        return None  # "(-5)" is no convention anyone writes
    return ("-" if negative else "") + body


def plain_strings(values: Iterable[Any], fmt: NumberFormat | None = None) -> list[str | None]:
    """Each value as a plain number string, None when missing or not a number in ``fmt``.

    Example:
        >>> plain_strings(["1.234,5", "x"], NumberFormat(thousands=".", decimal=","))
        ['1234.5', None]
    """
    fmt = fmt or NumberFormat()
    out: list[str | None] = []
    seen: dict[str, str | None] = {}  # columns repeat values: read each distinct string once
    for value in values:
        if isinstance(value, str):
            if value not in seen:
                seen[value] = _canonical(value, fmt)
            out.append(seen[value])
        elif isinstance(value, bool) or value is None or value is pd.NA:
            out.append(None)
        elif isinstance(value, int | np.integer):
            out.append(str(int(value)))
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                out.append(None)
                continue
            out.append(repr(number) if math.isfinite(number) else None)
    return out


def parse_numbers(values: Iterable[Any], fmt: NumberFormat | None = None, *, integer: bool = False) -> np.ndarray:
    """Float64 array of ``values`` read with ``fmt`` (NaN when missing or unparsable).

    Strings written plainly (a split written back to CSV) are read too; see ``read_plain``.

    Example:
        >>> parse_numbers(["$1,200.50", "(3)", "n/a"], NumberFormat(thousands=",", prefix="$")).tolist()
        [1200.5, -3.0, nan]
    """
    return to_floats(read_plain(values, fmt, integer=integer))


def read_plain(values: Iterable[Any], fmt: NumberFormat | None = None, *, integer: bool = False) -> list[str | None]:
    """``plain_strings`` of a whole column, read with ``fmt`` or, when that reads more, plainly.

    A split written back to CSV holds plain numbers (``1234.5``) where the input had ``1.234,5``.
    Only ``1.234`` under a thousands dot reads both ways; then ``integer`` columns take the
    reading that gives integers and other columns the plain one.

    Example:
        >>> read_plain(["1.234,5", "2"], NumberFormat(thousands=".", decimal=","))
        ['1234.5', '2']
        >>> read_plain(["1234.5", "2"], NumberFormat(thousands=".", decimal=","))
        ['1234.5', '2']
    """
    values = list(values)
    fmt = fmt or NumberFormat()
    chosen = plain_strings(values, fmt)
    if fmt.is_plain:
        return chosen
    plain = plain_strings(values)
    n_fmt = sum(s is not None for s in chosen)
    n_plain = sum(s is not None for s in plain)
    if n_plain > n_fmt:
        return plain
    if n_plain == n_fmt and chosen != plain:
        numbers = to_floats(chosen)
        integral = bool(np.all(np.mod(numbers[np.isfinite(numbers)], 1) == 0))
        return chosen if integer and integral else plain
    return chosen


def to_floats(strings: list[str | None]) -> np.ndarray:
    """Float64 array of plain number strings (None -> NaN).

    Example:
        >>> to_floats(["1.5", None]).tolist()
        [1.5, nan]
    """
    return np.array([np.nan if s is None else float(s) for s in strings], dtype=np.float64)


def infinity_sign(value: Any) -> int:
    """+1 / -1 for spellings of infinity (``"inf"``, ``"-Infinity"``, ``float("inf")``), else 0.

    Example:
        >>> infinity_sign("-Inf"), infinity_sign("5")
        (-1, 0)
    """
    if isinstance(value, str):
        return _INFINITY.get(value.strip().lower(), 0)
    if isinstance(value, float | np.floating) and math.isinf(value):
        return 1 if value > 0 else -1
    return 0


def numeric_values(values: pd.Series) -> np.ndarray:
    """Float array of a numeric column for scoring: numbers as they are, every special value
    (``"inf"``, ``"n/a"``) and infinity as NaN.

    Example:
        >>> numeric_values(pd.Series([1, 2.5, "inf", None], dtype=object)).tolist()
        [1.0, 2.5, nan, nan]
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        out = pd.Series(values).to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        out = to_floats(plain_strings(values.tolist()))
    return np.where(np.isfinite(out), out, np.nan)


def detect_number_format(strings: pd.Series) -> tuple[NumberFormat, float]:
    """The format that reads most of ``strings`` (non-missing, stripped) and the share it reads.

    Example:
        >>> fmt, share = detect_number_format(pd.Series(["3,14", "2,5", "n/a"]))
        >>> (fmt.decimal, round(share, 2))
        (',', 0.67)
    """
    counts = strings.astype(str).str.strip().value_counts()
    if counts.empty:
        return NumberFormat(), 0.0
    if len(counts) > SAMPLE_VALUES:
        # Judged on the most common values plus a random rest; the share is then an estimate.
        half = SAMPLE_VALUES // 2
        counts = pd.concat([counts.iloc[:half], counts.iloc[half:].sample(half, random_state=0)])
    written = counts.index.tolist()
    weights = counts.to_numpy(dtype=np.int64)
    texts = [t.translate(_TO_ASCII) for t in written]
    prefix = _most_common(texts, weights, _PREFIX, _SYMBOLS)
    suffix = _most_common(texts, weights, _SUFFIX, ("%", *_SYMBOLS, *_UNITS))
    best: tuple[int, NumberFormat, np.ndarray] | None = None
    candidates = [NumberFormat(t, d, prefix, suffix) for t, d in _SEPARATORS]
    candidates.append(NumberFormat(_LAKH, ".", prefix, suffix, lakh=True))
    for fmt in candidates:
        parsed = np.array([_canonical(t, fmt) is not None for t in texts])
        covered = int(weights[parsed].sum())
        if best is None or covered > best[0]:
            best = (covered, fmt, parsed)
    assert best is not None
    layout, unit, as_durations = durations.detect(written, weights.tolist())
    if as_durations > best[0]:
        # "PT1H23M", "01:23:45", "1h 23m" (the only number in "28m" alone is a unit suffix).
        return NumberFormat(duration=layout, duration_unit=unit), as_durations / float(weights.sum())
    covered, fmt, parsed = best
    read = [t for t, ok in zip(texts, parsed, strict=True) if ok]
    # Full width when most values read were written so (``３６．５``); ASCII ones still parse.
    wide = sum(int(w) for t, w, ok in zip(written, weights, parsed, strict=True) if ok and t != t.translate(_TO_ASCII))
    fmt = NumberFormat(
        fmt.thousands if any(fmt.thousands and fmt.thousands in t for t in read) else "",
        fmt.decimal,
        fmt.prefix if any(fmt.prefix.strip() and fmt.prefix.strip() in t for t in read) else "",
        fmt.suffix if any(fmt.suffix.strip() and fmt.suffix.strip() in t for t in read) else "",
        parentheses=any(t.startswith("(") for t in read),
        # Lakh only when some value shows a group of two (``1,23,456``); below a lakh it reads as thousands.
        lakh=fmt.lakh and any(re.search(r"\d,\d{2},", t) for t in read),
        full_width=wide > covered / 2,
    )
    if fmt.is_plain:
        fmt = _scientific(read, weights[parsed])
    if not fmt.is_plain and _fixed_decimals(read, fmt.decimal):
        # Only a formatted column keeps its trailing zeros ("$1.50"); plain ones never did.
        fmt = dataclasses.replace(fmt, fixed_decimals=True)
    return fmt, covered / float(weights.sum())


def _scientific(read: list[str], weights: np.ndarray) -> NumberFormat:
    """Scientific notation when nearly every plain number is written with an exponent
    (``6.847e+09``: written back so, not as ``6847000000`` with made-up low digits), else plain."""
    found = [_SCIENTIFIC.search(t) for t in read]
    with_exponent = [(m, int(w)) for m, w in zip(found, weights.tolist(), strict=True) if m is not None]
    if not read or sum(w for _, w in with_exponent) < SCIENTIFIC_MIN_SHARE * float(weights.sum()):
        return NumberFormat()
    letters = {m[2] for m, _ in with_exponent}
    places = {len(m[1] or "") for m, _ in with_exponent}
    return NumberFormat(exponent="E" if letters == {"E"} else "e", mantissa_decimals=max(places),
                        fixed_decimals=len(places) == 1 and places != {0})


def _most_common(texts: list[str], weights: np.ndarray, pattern: re.Pattern[str], symbols: tuple) -> str:
    """The most common affix as written (``"$"``, ``"USD "``, ``" %"``), or ``""``."""
    tally: dict[str, int] = {}
    for text, weight in zip(texts, weights, strict=True):
        m = pattern.search(text)
        if m is None or (m[1] not in symbols and m[1] not in _CODES):
            continue
        spelled = m[0]
        # Keep the affix with its own spacing: "USD 5" writes back as "USD 5", "5 %" as "5 %".
        if pattern is _PREFIX:
            spelled = spelled.lstrip("(" + _SIGNS)
            spelled = m[1] + (" " if spelled[len(m[1]):].startswith(" ") else "")
        else:
            spelled = (" " if m[0][1:].startswith(" ") else "") + m[1]
        tally[spelled] = tally.get(spelled, 0) + int(weight)
    return max(tally, key=lambda k: (tally[k], k)) if tally else ""


def _fixed_decimals(texts: list[str], decimal: str) -> bool:
    """True when every value shows the same (non-zero) number of decimal places (the mantissa's
    decimals with an exponent)."""
    places = {len(re.split(r"[^\d]", t.split(decimal, 1)[1])[0]) if decimal in t else 0 for t in texts}
    return len(places) == 1 and places != {0}


def format_numbers(
    values: Iterable[Any], fmt: NumberFormat | None, decimals: int | None, is_integer: bool
) -> list[str | None]:
    """Numbers written in ``fmt`` (None stays None, so missing cells stay missing).

    Integers are written from their exact value (past 2**53 a float would round them).

    Example:
        >>> format_numbers([1484622, -2.5, None], NumberFormat(thousands=","), 1, False)
        ['1,484,622', '-2.5', None]
        >>> format_numbers([0.5], NumberFormat(suffix="%"), 1, False)
        ['0.5%']
    """
    fmt = fmt or NumberFormat()
    places = max(0, int(decimals or 0))
    out: list[str | None] = []
    for value in values:
        if value is None or value is pd.NA or (isinstance(value, float | np.floating) and not np.isfinite(value)):
            out.append(None)
            continue
        if fmt.exponent:
            out.append(_write(_scientific_text(float(value), fmt), float(value) < 0, fmt))
            continue
        if fmt.duration:
            out.append(durations.write(float(value), fmt.duration, fmt.duration_unit))
            continue
        if is_integer:
            number = int(value) if isinstance(value, int | np.integer) else int(Decimal(repr(float(value))))
            negative, text = number < 0, str(abs(number))
        else:
            exact = Decimal(repr(float(value))) if not isinstance(value, int | np.integer) else Decimal(int(value))
            try:
                text = f"{abs(exact):.{places}f}"
            except InvalidOperation:
                text = repr(abs(float(value)))
            negative = exact < 0 and text.strip("0.") != ""
            if not fmt.fixed_decimals and "." in text:
                text = text.rstrip("0").rstrip(".")
        out.append(_write(text, negative, fmt))
    return out


def _scientific_text(value: float, fmt: NumberFormat) -> str:
    """``|value|`` as ``6.847e+09`` (trailing mantissa zeros dropped unless ``fixed_decimals``)."""
    text = f"{abs(value):.{fmt.mantissa_decimals}{fmt.exponent}}"
    if fmt.fixed_decimals or "." not in text:
        return text
    mantissa, _, power = text.partition(fmt.exponent)
    return mantissa.rstrip("0").rstrip(".") + fmt.exponent + power


def _write(text: str, negative: bool, fmt: NumberFormat) -> str:
    whole, _, frac = text.partition(".")
    if fmt.thousands:
        groups = []
        size = 3
        if fmt.lakh and len(whole) > 3:
            groups.append(whole[-3:])
            whole, size = whole[:-3], 2
        while len(whole) > size:
            groups.insert(0, whole[-size:])
            whole = whole[:-size]
        whole = fmt.thousands.join([whole, *groups])
    body = whole + (fmt.decimal + frac if frac else "")
    if fmt.full_width:
        body = body.translate(_TO_FULL_WIDTH)
    body = f"{fmt.prefix}{body}{fmt.suffix}"
    if not negative:
        return body
    if fmt.parentheses:
        return f"({body})"
    return ("－" if fmt.full_width else "-") + body
