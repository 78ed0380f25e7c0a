"""Birth dates in Japanese and Chinese notes.

The shared birth-date pattern wants its cue word to stand apart (``(?<!\\w)``), but Chinese and
Japanese glue the cue to the word before it: ``傷病者生年月日1994年06月17日`` ("patient's date of
birth"), ``患者出生日期1946年01月28日``. Here the cue may sit anywhere in a run of ideographs, and
Japanese era dates count too (``昭和50年3月2日生``, ``平成元年5月1日``).

Example::

    cjk_birth_date_spans("患者出生日期1946年01月28日，组长张。")
    # [(6, 17, 'date_of_birth')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["cjk_birth_date_spans"]

_ERA = r"(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年\d{1,2}月\d{1,2}日"
_DATE = (
    rf"(?:{_ERA}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|[12]\d{3}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
# Bare "出生" ("born") too: "（出生1940年07月19日）", "患者出生1946年01月28日" (the date must follow it).
_CUE = r"(?:生年月日|出生日期|出生年月日|出生年月|誕生日|生日|出生于|出生於|生於|出生)"
_CUED = re.compile(rf"{_CUE}[ \t\u3000]*[：:]?[ \t\u3000]*(?:は|为|為|是)?[ \t\u3000]*({_DATE})(?![\d年])")
# An era date before "born" ("昭和50年3月2日生まれ"); Western-year dates are the shared pattern's.
_ERA_BORN = re.compile(rf"({_ERA})(?=[ \t\u3000]*(?:生まれ|生|出生))")


def cjk_birth_date_spans(text: str) -> list[tuple[int, int, str]]:
    """Dates after a Chinese/Japanese birth-date cue (glued to the word before) or era dates before 生."""
    out = [(m.start(1), m.end(1), E.DATE_OF_BIRTH) for m in _CUED.finditer(text)]
    out += [(m.start(1), m.end(1), E.DATE_OF_BIRTH) for m in _ERA_BORN.finditer(text)]
    return out
