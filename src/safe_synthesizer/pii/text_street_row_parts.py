"""A row's own address, written again in that row's note in parts or without a house number.

:func:`text_row_values.row_streets` gives a note the street line of its row (the part of an address before the
first comma) when that line holds a letter and a digit. Many addresses have neither a number nor their street in
the first part: Lesotho's ``Plot 357, Khubetsoana, Roma 180`` (the note says ``Plot 357, Khubetsoana``),
Basotho villages ``Ha Tšosane, Teyateyaneng``, Lusophone ``Bairro da Liberdade`` and ``Roça Monte Café`` in a
street column, Congolese ``Av. Lumumba n°239, Q/ Golf, C/ Lubumbashi, Lubumbashi`` (the note repeats the avenue,
quarter and commune). No text rule may take a village name with no street word, but the row's own column says
what it is. :func:`row_street_parts` adds, per row, these keys to the street lines:

- the street line with no digit when it has two words or more, or one word no common-word list holds
  (``Caracolas``; not ``Centre``);
- the leading parts joined as written (``Plot 357, Khubetsoana``; ``Av. Lumumba n°239, Q/ Golf``), never the
  whole address with its town (the last part of an address column);
- an inner part of two words or more (``Q/ Golf``, ``C/ Lubumbashi``, ``Ha Abia``) that opens with no unit
  word (``floor 2`` or ``Apt 5`` identify no one alone).

The keys are found again by :func:`text_row_values.row_value_spans` (whole words, any case). Only the row's own
columns are used: under DP a record's text still depends on that record only.

Example::

    row_street_parts(df, plans)  # [["Plot 357", "Plot 357, Khubetsoana"], ["Ha Tšosane"], ...]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_row_values import row_streets

__all__ = ["row_street_parts", "street_keys"]

_STREET_ENTITIES = (E.STREET_ADDRESS, E.ADDRESS)
# Parts of an address: commas (Latin, Arabic, CJK) and line breaks.
_SPLIT = re.compile(r"[ \t]*(?:[,،，\n;])[ \t]*")
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"\S+")
# A part opening with a unit word is a flat, floor or box: the same in many rows' addresses.
_UNIT_HEAD = re.compile(
    r"(?i:floor|fl|piso|étage|etage|stock|apt|apartment|appt|flat|unit|suite|ste|room|bldg|building|block|bloque"
    r"|edif|depto|dpto|dept|interior|int|p\.?o\.?\s*box|box|bp|cp|casilla|tower|torre|level|lvl|gate|door|no)\b"
)
MIN_KEY_CHARS = 5


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words

    return common_words()


def _key_ok(part: str) -> bool:
    """A key worth looking for: letters, five characters, and a digit, or a word no common list holds."""
    if len(part) < MIN_KEY_CHARS or not _LETTER.search(part):
        return False
    if any(c.isdigit() for c in part):
        return True
    words = _WORDS.findall(part)
    if len(words) >= 2:
        return not all(w.lower().strip(".") in _common() for w in words)
    return words[0][:1].isupper() and words[0].lower() not in _common()


def street_keys(value: str, entity: str) -> list[str]:
    """The keys of one street or address cell (module docstring), longest first."""
    value = value.strip()
    bounds, start = [], 0
    for sep in _SPLIT.finditer(value):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(value)))
    bounds = [(a, b) for a, b in bounds if b > a]
    if not bounds:
        return []
    # An address column's last part is its town (and postcode); a street column's cell is all street.
    inner = bounds[:-1] if entity == E.ADDRESS and len(bounds) > 1 else bounds
    first = value[bounds[0][0] : bounds[0][1]]
    keys = [first] if _key_ok(first) else []
    keys += [value[bounds[0][0] : b] for _, b in inner[1:] if _key_ok(value[bounds[0][0] : b])]
    for a, b in inner[1:]:
        part = value[a:b]
        if len(_WORDS.findall(part)) >= 2 and not _UNIT_HEAD.match(part) and _key_ok(part):
            keys.append(part)
    return sorted(dict.fromkeys(keys), key=len, reverse=True)


def row_street_parts(df: pd.DataFrame, plans: Sequence[Any]) -> list[list[str]] | None:
    """Per row: :func:`text_row_values.row_streets`'s street lines plus the keys of :func:`street_keys`."""
    lines = row_streets(df, plans)
    if lines is None:
        return None
    for plan in plans:
        if plan.entity not in _STREET_ENTITIES:
            continue
        for i, value in enumerate(df[plan.column].tolist()):
            if not isinstance(value, str):
                continue
            for key in street_keys(value, plan.entity):
                if key not in lines[i]:
                    lines[i].append(key)
    return lines
