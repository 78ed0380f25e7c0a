"""Bare numbers of a far country beside the table's own phones are no phones: a table pass that takes them back.

Why: a number written without ``+CC`` is written as it is dialled inside its own country, so a table's bare
phone numbers are of the country its other phones are of. Alone, a column of nine-digit submission ids opening
with ``3`` (KoboToolbox's ``_id``) passed the bare-number test as Vietnamese mobiles (Vietnam takes every
``3xxxxxxxx``) in tables whose respondents' phones were Austrian, French or British (set 27 seen: 24 locales,
names shown and hidden). Such a column is kept when its own numbers are of the table's phone country after all:
valid there as written, found there by the per-column test (a trunk ``0`` lost in an integer export), or the
people's numbers of that country by the table test (:func:`column_phone_country.country_phone_evidence`).

Only columns found by their values alone, whose name cues no phone, in a table whose other phone columns all
name one country (their locale), are judged; a ``Mobile`` column or a lone phone column is never touched. Where
the other phone columns name no country (their numbers in several layouts, or dialled with ``+``), the country the
table's dialled numbers call (``+51 912 393 235`` in a contacts column, ``0051...`` in a phone column, ``+94...``
in the notes) is the table's (:func:`dialled_home`): eight-digit student numbers opening with ``2`` (Latvian
mobiles by their plan) beside Peruvian, Sri Lankan or Tongan phones were no phones (set 33 seen, housing tables).

Example::

    foreign_bare_phones(df, detections)  # {"_id": "bare VN numbers in a table of AT phones"}
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_phone_bare import _as_written, _layout, _valid_share
from safe_synthesizer.pii.column_phone_country import MIN_SHARE, country_phone_evidence
from safe_synthesizer.pii.column_phone_nanp import NANP_REGIONS
from safe_synthesizer.pii.column_phones import national_phone_evidence
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.cues import cue_hints

# Share of a column's values that must be bare digits (no ``+``/``00``, one digit run or groups) to be judged.
MIN_BARE_SHARE = 0.95
# Share of the values valid as written in the table's phone country that keeps the column.
MIN_HOME_SHARE = 0.5
SAMPLE_SIZE = 200
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)


def _region_of(locale: str | None) -> str | None:
    return locale.split("_")[-1].upper() if locale and "_" in locale else None


def _home_region(detections: dict, column: str) -> str | None:
    """The one country the table's other phone columns are of (their locale), else None."""
    regions = {
        _region_of(d.locale)
        for name, d in detections.items()
        if name != column and d is not None and d.entity in _PHONES
    }
    regions.discard(None)
    return next(iter(regions)) if len(regions) == 1 else None


# A number dialled with its country code: ``+51 912 393 235``, ``0094719850173``, ``+6767939033``.
_DIALLED = re.compile(r"(?<![\w+])(?:\+|00)[1-9][\d .\-()]{5,16}\d(?!\d)")
# Dialled numbers the table must hold, and the share of them one country must have, to be that country's.
MIN_DIALLED = 3
MIN_DIALLED_SHARE = 0.8
# Cells of each text column read for dialled numbers.
DIALLED_SAMPLE = 100


def dialled_home(df: pd.DataFrame, skip: str | None = None, seed: int = 0) -> str | None:
    """The one country the numbers dialled with ``+``/``00`` in ``df``'s text columns (but ``skip``) call, when
    :data:`MIN_DIALLED` or more are found and :data:`MIN_DIALLED_SHARE` of them call it; else None.

    A phone number is written with its country code for someone outside the country, or by an export that
    writes every number so: either way, the country most of a table's dialled numbers call is the table's own,
    and a number written without the code is dialled inside that country.
    """
    counts: Counter[str] = Counter()
    for name in df.columns:
        if name == skip or pd.api.types.is_numeric_dtype(df[name].dtype):
            continue
        for cell in sample_values(df[name], DIALLED_SAMPLE, seed).values:
            if "+" not in cell and "00" not in cell:
                continue
            for m in _DIALLED.finditer(cell):
                text = "+" + m.group()[2:] if m.group().startswith("00") else m.group()
                try:
                    number = phonenumbers.parse(text, None)
                except phonenumbers.NumberParseException:
                    continue
                region = phonenumbers.region_code_for_number(number)
                if region and region != "ZZ":
                    counts[region] += 1
    total = sum(counts.values())
    if total < MIN_DIALLED:
        return None
    region, n = counts.most_common(1)[0]
    return region if n >= MIN_DIALLED_SHARE * total else None


def _other_phones(detections: dict, column: str) -> bool:
    """The table holds phones besides ``column``: another phone column, or a column of names with their numbers."""
    return any(
        name != column and d is not None and (d.entity in _PHONES or "phone" in d.evidence)
        for name, d in detections.items()
    )


def _same_plan(a: str, b: str) -> bool:
    return a == b or (a in NANP_REGIONS and b in NANP_REGIONS)


def foreign_reason(values: list[str], home: str) -> str | None:
    """Why ``values`` (a column's distinct bare numbers) are no phones of a table whose phones are of ``home``,
    or None when they may be its numbers."""
    if sum(_layout(v) is not None for v in values) < MIN_BARE_SHARE * len(values):
        return None
    _, region, _ = national_phone_evidence(values)
    if region is None or _same_plan(region, home):
        return None
    if _valid_share(values, home) >= MIN_HOME_SHARE and _as_written(values, home) >= MIN_HOME_SHARE * len(values):
        return None
    if country_phone_evidence(values, home)[0] >= MIN_SHARE:
        return None
    return f"bare {region} numbers in a table of {home} phones"


def foreign_bare_phones(df: pd.DataFrame, detections: dict, seed: int = 0) -> dict[str, str]:
    """Columns of ``df`` that ``detections`` (column -> ColumnDetection or None) found as phones by their values
    alone but that are bare numbers of another country than the table's other phones: column -> why."""
    out: dict[str, str] = {}
    for name, d in detections.items():
        if d is None or d.entity != E.PHONE_NUMBER or d.method != "values" or name not in df.columns:
            continue
        if E.PHONE_NUMBER in cue_hints(str(name)):
            continue
        home = _home_region(detections, name)
        if home is None and _other_phones(detections, name):
            home = dialled_home(df, name, seed)
        if home is None:
            continue
        values = sample_values(df[name], SAMPLE_SIZE, seed).values
        if values and (why := foreign_reason(values, home)) is not None:
            out[name] = why
    return out
