"""Shift a birth date written with a month name of the languages of ``text_birth_words_local``.

``text_dates.shift_local_month_date`` shifts ``12 de marzo de 1985`` and the other dates of its own month list.
Birth dates found after the birth words of Welsh, Icelandic, Hungarian, Estonian, Latvian, Maltese, Swahili...
(``ganwyd 08 Mawrth 1958``, ``született 1985. március 12.``, ``dzimšanas datums: 1983. gada 7. novembrī``) use
the month names of :mod:`text_birth_words_local`; without this the replacer renumbers day and year but keeps
the real month word. Here the date is shifted by the same days as any other date and the new month is written
in the same language and form (``Mawrth`` -> ``Ebrill``, ``novembrī`` -> ``decembrī``, ``márc.`` -> ``ápr.``).

Layouts: day month year (``08 Mawrth 1958``, ``12. märts 1985``, ``5 ta' Settembru 1977``) and year month day
or year day month (``1985. március 12.``, ``1983. gada 7. novembrī``, ``1964 m. gegužės 9 d.``,
``1971eko urriaren 3``).

Example::

    shift_more_month_date("08 Mawrth 1958", 31)  # '08 Ebrill 1958'
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

__all__ = ["shift_more_month_date"]


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, tuple[str, int, int]], dict[str, list[list[str]]], str]:
    """(word -> (language, month 1-12, form index), language -> months' forms, regex of the words)."""
    from safe_synthesizer.pii.text_birth_words_local import _MONTHS

    of: dict[str, tuple[str, int, int]] = {}
    forms: dict[str, list[list[str]]] = {}
    for lang, names in _MONTHS.items():
        months = [[alt.replace("_", " ") for alt in month.split("/")] for month in names.split()]
        if len(months) != 12:
            continue
        forms[lang] = months
        for i, alts in enumerate(months, 1):
            for j, alt in enumerate(alts):
                of.setdefault(alt.lower(), (lang, i, j))
    words = sorted(of, key=len, reverse=True)
    return of, forms, "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@lru_cache(maxsize=1)
def _layouts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months = _months()[2]
    day_first = re.compile(
        rf"^(?P<d>\d{{1,2}})(?P<g1>\.?[ \t]+(?:ta'?[ \t]+|a[ \t]+viz[ \t]+|de[ \t]+)?)(?P<m>{months})"
        rf"(?P<g2>,?[ \t]+(?:de[ \t]+)?)(?P<y>\d{{4}})$",
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


def shift_more_month_date(value: str, days: int) -> str | None:
    """``value`` shifted by ``days`` with its month word in the same language and form; ``None`` if ``value``
    is no such date (or names no real day)."""
    text = value.strip()
    for layout in _layouts():
        m = layout.match(text)
        if m is None:
            continue
        of, forms, _ = _months()
        lang, month, form = of[re.sub(r"[ \t]+", " ", m.group("m")).lower()]
        try:
            new = dt.date(int(m.group("y")), month, int(m.group("d"))) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return None
        alts = forms[lang][new.month - 1]
        word = _cased(alts[min(form, len(alts) - 1)], m.group("m"))
        day = f"{new.day:02d}" if len(m.group("d")) == 2 and m.group("d").startswith("0") else str(new.day)
        parts = {"d": day, "m": word, "y": str(new.year)}
        out, pos = "", 0
        for name in sorted(("d", "m", "y"), key=lambda n: m.start(n)):
            out += text[pos : m.start(name)] + parts[name]
            pos = m.end(name)
        return out + text[pos:]
    return None
