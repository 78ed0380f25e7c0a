"""Shift a date written with a month's name by some days, in its own language and form.

A birth date found in text (``12 de marzo de 1985``, ``ganwyd 08 Mawrth 1958``, ``született 1985. március 12.``,
``1967년 2월 23일``) is replaced by the same date shifted by the replacer's days; without this the replacer
renumbers day and year but keeps the real month word. The new month is written in the same language, form and
case (``Mawrth`` -> ``Ebrill``, ``novembrī`` -> ``decembrī``, ``márc.`` -> ``ápr.``, ``MARZO`` -> ``ABRIL``), the
day keeps its zero padding, French ``1er`` stays only on a first.

Layouts: day month year (``08 Mawrth 1958``, ``1er mars 1990``, ``5 de mayo del 1990``, ``12. märts 1985``,
``5 ta' Settembru 1977``), year month day or year day month (``1985. március 12.``, ``1983. gada 7.
novembrī``, ``1964 m. gegužės 9 d.``, ``1971eko urriaren 3``) and Korean year, month and day words.

Example::

    shift_month_name_date("08 Mawrth 1958", 31)  # '08 Ebrill 1958'
    shift_month_name_date("12 de marzo de 1985", 2)  # '14 de marzo de 1985'
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii.month_names import month_forms

__all__ = ["shift_month_name_date"]

_KOREAN_DATE = re.compile(r"^(\d{4})년([ \t]?)(\d{1,2})월([ \t]?)(\d{1,2})일$")


@lru_cache(maxsize=1)
def _month_of() -> dict[str, tuple[str, int, int]]:
    """Month word (lower case, single spaces) -> (language, month 1-12, form index); the first language wins."""
    of: dict[str, tuple[str, int, int]] = {}
    for lang, months in month_forms().items():
        for i, alts in enumerate(months, 1):
            for j, alt in enumerate(alts):
                of.setdefault(alt.lower(), (lang, i, j))
    return of


@lru_cache(maxsize=1)
def _layouts() -> tuple[re.Pattern[str], ...]:
    words = sorted(_month_of(), key=len, reverse=True)
    months = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    day_first = re.compile(
        rf"^(?P<d>\d{{1,2}})(?P<g1>(?:er|\.)?[ \t]+(?:ta'?[ \t]+|a[ \t]+viz[ \t]+|de[ \t]+)?)(?P<m>{months})"
        rf"(?P<g2>,?[ \t]+(?:del?[ \t]+)?)(?P<y>\d{{4}})$",
        re.I,
    )
    year_month_day = re.compile(
        rf"^(?P<y>\d{{4}})(?P<g1>\.?[ \t]+(?:m\.[ \t]+)?|eko[ \t]+)(?P<m>{months})(?P<g2>[ \t]+)(?P<d>\d{{1,2}})"
        rf"(?P<tail>\.?|[ \t]+d\.)$",
        re.I,
    )
    year_day_month = re.compile(
        rf"^(?P<y>\d{{4}})(?P<g1>\.?[ \t]+gad[aā][ \t]+)(?P<d>\d{{1,2}})(?P<g2>\.[ \t]+)(?P<m>{months})$", re.I
    )
    return day_first, year_month_day, year_day_month


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _day(new_day: int, like: str) -> str:
    return f"{new_day:02d}" if len(like) == 2 and like.startswith("0") else str(new_day)


def _shift_korean(m: re.Match[str], days: int) -> str | None:
    year, gap, month, gap2, day = m.groups()
    try:
        new = dt.date(int(year), int(month), int(day)) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    padded = month.startswith("0") or day.startswith("0")  # "1967년 02월 23일" pads, "1967년 2월 23일" not
    month_text = f"{new.month:02d}" if padded else str(new.month)
    day_text = f"{new.day:02d}" if padded else str(new.day)
    return f"{new.year}년{gap}{month_text}월{gap2}{day_text}일"


def shift_month_name_date(value: str, days: int) -> str | None:
    """``value`` shifted by ``days`` with its month word in the same language and form; ``None`` if ``value``
    is no such date (or names no real day)."""
    text = value.strip()
    if (korean := _KOREAN_DATE.match(text)) is not None:
        return _shift_korean(korean, days)
    for layout in _layouts():
        m = layout.match(text)
        if m is None:
            continue
        lang, month, form = _month_of()[re.sub(r"[ \t]+", " ", m.group("m")).lower()]
        try:
            new = dt.date(int(m.group("y")), month, int(m.group("d"))) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return None
        alts = month_forms()[lang][new.month - 1]
        parts = {"d": _day(new.day, m.group("d")), "m": _cased(alts[min(form, len(alts) - 1)], m.group("m")),
                 "y": str(new.year)}  # fmt: skip
        gap = m.group("g1")
        parts["g1"] = gap[2:] if gap.startswith("er") and new.day != 1 else gap  # French "1er" on the first only
        out, pos = "", 0
        for name in sorted(parts, key=m.start):
            out += text[pos : m.start(name)] + parts[name]
            pos = m.end(name)
        return out + text[pos:]
    return None
