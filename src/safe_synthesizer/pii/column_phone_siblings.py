"""A second phone column of a few numbers beside a phone column found: the emergency contact's, the landline.

Why: a column's values prove phones only in numbers (a dozen distinct values or more, beyond chance) or under a
phone header. A booking export's ``Emergency tel`` holds a number for a few people only (two to six distinct
values), so under a mangled header (``c010``) nothing proves it, and the emergency contact's number was kept
(set 36: en_SG ``emergencytel`` ``8125 8831``, fr_DJ ``77 86 30 20``, en_VU ``591 2114``). The column beside it
that was found as phones proves the layout: the same digit groups (``9999 9999``, written with separators, so no
bare run of digits such as an order number), the same leading digits (a plan's mobile or area prefix: ``81``,
``77``) and numbers valid where the found column's are.

Every non-empty value must agree (a few values leave no room for strays); a value of the found column itself does
not count (a copy proves nothing). Detections are made per table, as the others: no fake depends on them.

Example::

    sibling_phone_columns(df, {"c002": <phone detection>, "c010": None})  # {"c010": ColumnDetection(...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_small_plans import short_plans
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS

# A phone written in groups: digits with spaces, dots or dashes between, an optional "+" first; 6-15 digits; an
# extension after it is left out.
_GROUPED = re.compile(r"^\+?\d{1,4}(?:[ .\-]\d{1,5}){1,5}$")
_EXTENSION = re.compile(r"(?i)[ \t]*(?:x|ext\.?|extn\.?|#)[ \t]*\d{1,5}$")
_GROUP = re.compile(r"\d+")
MIN_DIGITS, MAX_DIGITS = 6, 15  # six: Greenland's and the Faroes' numbers
#: Most distinct values a sibling may have (more are the values' own to prove).
MAX_VALUES = 40
_PROBE = 60
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)


def _values(series: pd.Series, most: int | None = None, head: int | None = None) -> list[str]:
    """Distinct non-empty text values of ``series``: none when it is numeric or has more than ``most`` distinct
    values; of its first ``head`` values only (vectorised counts: no loop over a whole column)."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return []
    present = series.dropna()
    if head is not None:
        present = present.head(head)
    if most is not None and present.nunique() > most:
        return []
    return list(dict.fromkeys(v for v in (str(x).strip() for x in present.unique()) if v))


def _read(value: str, regions: tuple[str, ...]) -> tuple[str, str, tuple[int, ...]] | None:
    """(region, first national digit, digit-group lengths of the national part) of a grouped phone ``value``."""
    value = _EXTENSION.sub("", value)
    if not _GROUPED.match(value) or not MIN_DIGITS <= sum(ch.isdigit() for ch in value) <= MAX_DIGITS:
        return None
    if " " not in value and V.looks_like_date(value):  # "22.06.25" beside Greenland's "22.19.69": a date
        return None
    region = phone_region_of(value, regions)
    if region is None:
        return None
    groups = _GROUP.findall(value)
    if value.startswith("+"):
        code = str(phonenumbers.country_code_for_region(region))
        if groups[0] != code:
            return None  # "+25377859104": the code glued to the number, no national groups to compare
        groups = groups[1:]
    if len(groups) < 2:
        return None
    return region, groups[0][:1], tuple(len(g) for g in groups)


def sibling_phone_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """Columns of ``df`` not found (``found[c] is None``) whose few values are grouped numbers in the layout,
    leading digits and plan of a column ``found`` as phones: column -> its detection."""
    phones = [c for c, d in found.items() if d is not None and d.entity in _PHONES and c in df.columns]
    if not phones:
        return {}
    regions = (*TEXT_PHONE_REGIONS, *short_plans())
    known: set[tuple[str, str, tuple[int, ...]]] = set()  # (region, first digit, group lengths) of found phones
    for c in phones:
        known |= {r for v in _values(df[c], head=10 * _PROBE)[:_PROBE] if (r := _read(v, regions)) is not None}
    if not known:
        return {}
    home = tuple(dict.fromkeys(r for r, _, _ in known))
    shapes = {(first, groups) for _, first, groups in known}
    out: dict[str, ColumnDetection] = {}
    for c, d in found.items():
        if d is not None or c not in df.columns:
            continue
        values = _values(df[c], most=MAX_VALUES)
        if not values or len(values) > MAX_VALUES:
            continue
        # Valid in one of the found phones' own countries, in one of their layouts and leading digits.
        read = [_read(v, home) for v in values]
        if all(r is not None and r[1:] in shapes for r in read):
            out[c] = ColumnDetection(
                c, E.PHONE_NUMBER, 0.8, 1.0, "values", len(values), None,
                f"{len(values)} numbers in the layout, leading digit and plan of a phone column beside it",
            )  # fmt: skip
    return out
