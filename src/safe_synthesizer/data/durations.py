"""Durations as people write them: ISO 8601 ``PT1H23M``, clock ``01:23:45``, short ``1h 23m``.

A duration column is a number column (``data.numbers``) whose values are read as a count of
seconds (or of minutes, when no value shows seconds) and written back in the column's most common
layout. As categories, durations were copied as labels (2,342 distinct ``hh:mm:ss`` over 3,000
rows) and their generated tail wrote layouts the column never had (``3h`` for ``1h 23m``).

Layouts (``NumberFormat.duration``):

``iso``       ``PT1H23M``, ``PT45M``, ``PT2H5M30S``, ``P1DT2H`` (read); written without days
``hh:mm:ss``  ``01:23:45`` (hours zero-padded); also a time of day (seconds since midnight)
``h:mm:ss``   ``1:23:45``
``h mm``      ``1h 05m``, ``28m`` (minutes zero-padded after hours)
``h m``       ``1h 5m``, ``28m``

Any layout reads any other (a column mixing ``1h 30m`` and ``01:30:00`` is read whole and
written in its most common layout).

Example:
    >>> seconds("PT1H23M"), seconds("01:23:45"), seconds("1h 05m"), seconds("12")
    (4980, 5025, 3900, None)
    >>> write(83, "iso", 60), write(5025, "hh:mm:ss", 1), write(65, "h mm", 60)
    ('PT1H23M', '01:23:45', '1h 05m')
"""

from __future__ import annotations

import re

_ISO = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d):([0-5]\d)$")
_HM = re.compile(r"^(?:(\d+)\s?h(?:rs?)?)?\s?(?:(\d+)\s?m(?:in)?)?$")
LAYOUTS = ("iso", "hh:mm:ss", "h:mm:ss", "h mm", "h m")
# A zero-padded clock value (``01:23:45``) is a duration, not a code whose leading zero matters.
CLOCK = _CLOCK


def seconds(text: str) -> int | None:
    """The duration ``text`` spells, in seconds, or None when it is no duration in any layout."""
    text = text.strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m and text not in ("P", "PT") and not text.endswith("T"):
        d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        return ((d * 24 + h) * 60 + mi) * 60 + s
    m = _CLOCK.match(text)
    if m:
        return (int(m[1]) * 60 + int(m[2])) * 60 + int(m[3])
    m = _HM.match(text)
    if m and (m[1] or m[2]):
        return (int(m[1] or 0) * 60 + int(m[2] or 0)) * 60
    return None


def layout(text: str) -> str | None:
    """The layout ``text`` is written in (one of ``LAYOUTS``), or None."""
    text = text.strip()
    if seconds(text) is None:
        return None
    if text.startswith("P"):
        return "iso"
    m = _CLOCK.match(text)
    if m:
        return "hh:mm:ss" if len(m[1]) >= 2 else "h:mm:ss"
    return "h mm"  # "h m" when no value pads its minutes: see ``detect``


def detect(texts: list[str], weights: list[int]) -> tuple[str, int, int]:
    """The most common layout of ``texts``, the unit (60 when no value shows seconds, else 1)
    and the weight of the values read as durations (0: no durations at all)."""
    tally: dict[str, int] = {}
    unit, covered, padded, unpadded = 60, 0, False, False
    for text, weight in zip(texts, weights, strict=True):
        found = layout(text)
        if found is None:
            continue
        covered += weight
        tally[found] = tally.get(found, 0) + weight
        if seconds(text) % 60:  # type: ignore[operator]
            unit = 1
        m = _HM.match(text.strip())
        if found == "h mm" and m and m[1] and m[2]:
            padded |= len(m[2]) == 2 and m[2].startswith("0")
            unpadded |= len(m[2]) == 1
    if not tally:
        return "", 1, 0
    best = max(tally, key=lambda k: (tally[k], -LAYOUTS.index(k)))
    if best == "h mm" and unpadded and not padded:
        best = "h m"  # "1h 5m": minutes after hours are not zero-padded
    return best, unit, covered


def write(value: float, layout_name: str, unit: int) -> str:
    """``value`` (a count of ``unit`` seconds) written in ``layout_name``; negative values as 0."""
    total = max(0, round(float(value) * unit))
    if unit == 60:
        total = total // 60 * 60
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    if layout_name == "iso":
        if not total:
            return "PT0M" if unit == 60 else "PT0S"
        return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s else "")
    if layout_name == "hh:mm:ss":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if layout_name == "h:mm:ss":
        return f"{h}:{m:02d}:{s:02d}"
    if not h:
        return f"{m}m"
    return f"{h}h {m:02d}m" if layout_name == "h mm" else f"{h}h {m}m"
