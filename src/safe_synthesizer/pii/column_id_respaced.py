"""National ids re-spaced by hand: a scheme's check read on the value with its inner blanks dropped.

Why: people and export tools space an id their own way (``128 097 481 44`` for a Turkish T.C. kimlik number
printed bare, ``JT5 415 47C`` for a British NI number printed ``JT 54 15 47 C``), while a scheme's validator
accepts only the layouts it knows; with one value in eight or ten spaced so, a column fell below the share of
valid ids that lets values decide and was left as written (or taken for phones). Dropping blanks changes no
digit, so a value that passes the scheme once compacted is that scheme's id; the share stays one scheme's, so
random digits gain nothing (a column of random numbers does not pass a check digit nine times in ten, however
spaced). Only blanks are dropped: hyphens, dots and slashes carry meaning in dates, phones and record numbers.

Example::

    id_share(["12809748144", "128 097 481 44", ...])  # (1.0, "tr.tckimlik")
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V

# Letters and digits in two or more runs split by single blanks (``JY0 647 41C``); nothing else.
_SPACED = re.compile(r"^[0-9A-Za-z]+(?: [0-9A-Za-z]+)+$")
# At or above this share the values decide as they are: no need to read them again.
ENOUGH = 0.9


def compacted(value: str) -> str:
    """``value`` with its inner blanks dropped when it is letters and digits split by blanks, else as it is."""
    text = value.strip()
    return text.replace(" ", "") if _SPACED.match(text) else value


def id_share(values: list[str]) -> tuple[float, str | None]:
    """Share of ``values`` passing the one id scheme most pass, and the scheme (as
    :func:`~safe_synthesizer.pii.validators.national_ids.national_id_share`), reading blank-split values compacted
    when that passes more of them."""
    share, scheme = V.national_id_share(values)
    if share >= ENOUGH:
        return share, scheme
    again = [compacted(v) for v in values]
    if again == values:
        return share, scheme
    share2, scheme2 = V.national_id_share(again)
    return (share2, scheme2) if share2 > share else (share, scheme)
