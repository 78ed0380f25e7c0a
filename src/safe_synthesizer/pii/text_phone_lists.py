"""A second phone number joined to one already found (``phone +47 40 90 02 62 or 21979852``).

Why: a cue word reaches at most four words ahead, so the second number of a list (``phone 40 26 71 97
or 40 36 33 42``, ``tel. 0912 345 678 / 0913 222 111``) lost its cue, and short national numbers
(8 digits in Norway, Denmark, Ireland's ``02259183``) need one. Joined by "or", a slash or a comma
right after a phone, a number of 7-15 digits that is no date and is a valid number of some country
is the next phone of the list. Amounts and order numbers are not written straight after a phone.

Example::

    listed_phone_spans("phone +47 40 90 02 62 or 21979852", [(6, 21)], ("NO",))  # [(25, 33, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS

# "or" in the languages of the supported locales, a slash, a comma or a semicolon, then the number.
_JOINED = re.compile(
    r"[ \t]*(?:(?:or|oder|ou|o|of|eller|tai|lub|albo|nebo|alebo|ili|или|або|veya|vagy|sau|arba|vai|või|eða|ή|"
    r"atau|hoặc|oppure|ovvero)[ \t]+|[ \t]*[/,;][ \t]*)"
    r"(?P<number>(?:\+|00)?\(?\d[\d().\-/ ]{5,18}\d)(?![\w/-])",
    re.IGNORECASE,
)


def listed_phone_spans(
    text: str, phones: Sequence[tuple[int, int]], regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of the numbers joined to the ``phones`` (start, end) found in ``text``; a list of
    three is followed to its end."""
    out: list[tuple[int, int, str]] = []
    todo = sorted(phones)
    seen = {a for a, _ in todo}
    tried = (*regions, *TEXT_PHONE_REGIONS)
    while todo:
        _, end = todo.pop(0)
        m = _JOINED.match(text, end)
        if m is None:
            continue
        value = m.group("number").rstrip(" -./(")
        start = m.start("number")
        if start in seen or not 7 <= sum(ch.isdigit() for ch in value) <= 15:
            continue
        if V.looks_like_date(value) or V.starts_with_date(value) or phone_region_of(value, tried) is None:
            continue
        seen.add(start)
        out.append((start, start + len(value), E.PHONE_NUMBER))
        todo.append((start, start + len(value)))
    return out
