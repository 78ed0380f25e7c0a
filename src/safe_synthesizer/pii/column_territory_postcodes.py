"""Postcodes of small territories (``TKCA 1ZZ``, ``AI-2640``, ``MSR1110``, ``KY1-1100``) beside the table's
addresses, and postcode columns headed ``PC`` (``Pick-up PC``, ``From PC``).

Why: the postcode checks read a country's layout from many distinct codes, or a few beside a street column, and a
small territory writes one code for the whole island (Turks and Caicos ``TKCA 1ZZ``, Anguilla ``AI-2640``, the
Falklands ``FIQQ 1ZZ``, St Helena ``STHL 1ZZ``) or a handful (Montserrat ``MSR1110``-``MSR1350``, the Virgin Islands
``VG1110``-``VG1160``): one or two levels over every row read as a category, and such columns were published as
written beside the people's replaced addresses, shown and hidden (set 37, seen: 7 columns in en_TC, en_AI, en_MS).
These layouts are the territories' own (their postal services' published codes) and nothing else is written so, so
the table needs only an address written beside them. British and Commonwealth exports also shorten postcode to
``PC`` (``Pick-up PC``, ``FROM_PC``), which no cue list reads: five digits under such a header beside a found street
column were left as written in it_IT, th_TH and sw_KE tables (set 37, seen).

A column counts when the table has a found street, address or town column and the header says nothing, cues a
postcode or nothing known, and:

- every filled distinct value (placeholders such as ``nil`` left out) is in one territory's layout
  (:data:`TERRITORY_LAYOUTS`); or
- the header holds the token ``PC`` and every filled distinct value is a postcode of some layout (four to six digits
  or a lettered code: :func:`~safe_synthesizer.pii.column_block_few.is_block_postcode`).

Example::

    territory_postcode_columns(df, ["c011", "c012"], {"c010": "street_address"})
    # {"c012": ColumnDetection("c012", "postcode", 0.75, ..., "values+territory", ..., "1 code in TC's layout")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_block_few import is_block_postcode
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import cue_hints, says_nothing
from safe_synthesizer.pii.not_known_cells import not_known_keys

MAX_ROWS = 2000
CONFIDENCE = 0.75
ADDRESS_PARTS = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY})
_PLACEHOLDERS = frozenset({"-", "--", "---", "—", "?", "n/a", "na", "nil", "none", "null", "x", "xx", "tbc", "n.a."})

# Territory -> its postcode layout, from the territories' postal services.
TERRITORY_LAYOUTS: dict[str, re.Pattern[str]] = {
    "TC": re.compile(r"^TKCA\s?1ZZ$"),  # Turks and Caicos
    "AI": re.compile(r"^AI-?\s?26\d0$"),  # Anguilla (AI-2640)
    "MS": re.compile(r"^MSR\s?1[1-3][0-9]0$"),  # Montserrat (MSR1110-MSR1350)
    "FK": re.compile(r"^FIQQ\s?1ZZ$"),  # Falkland Islands
    "GS": re.compile(r"^SIQQ\s?1ZZ$"),  # South Georgia
    "SH": re.compile(r"^(?:STHL|ASCN|TDCU)\s?1ZZ$"),  # St Helena, Ascension, Tristan da Cunha
    "PN": re.compile(r"^PCRN\s?1ZZ$"),  # Pitcairn
    "IO": re.compile(r"^BBND\s?1ZZ$"),  # British Indian Ocean Territory
    "GI": re.compile(r"^GX11\s?1AA$"),  # Gibraltar
    "KY": re.compile(r"^KY[1-3]-?\d{4}$"),  # Cayman Islands (KY1-1100)
    "VG": re.compile(r"^VG\s?11[1-6]0$"),  # British Virgin Islands
    "BM": re.compile(r"^(?:HM|FL|CR|DV|GE|MA|PG|SB|SN|SS|WK|HS|DD|BB)\s?(?:\d{2}|BX)$"),  # Bermuda (HM 12)
    "LC": re.compile(r"^LC\d{2}\s?\d{3}$"),  # Saint Lucia (LC01 101)
    "VC": re.compile(r"^VC\s?\d{4}$"),  # Saint Vincent (VC0100)
    "JM": re.compile(r"^JM[A-Z]{3}\s?\d{2}$"),  # Jamaica (JMAAW01)
    "MT": re.compile(r"^[A-Z]{3}\s?\d{4}$"),  # Malta (VLT 1117)
    "BN": re.compile(r"^[BKPT][A-Z]\s?\d{4}$"),  # Brunei (BS8811)
    "FO": re.compile(r"^FO-?\s?\d{3}$"),  # Faroe Islands (FO-100)
    "SZ": re.compile(r"^[HLMS]\d{3}$"),  # Eswatini (H100)
}
# Layouts short enough to be other codes too (Malta's ``ABC 1234`` is a plate's, Eswatini's ``H100`` a room's):
# only under a postcode header.
CUED_ONLY = frozenset({"BM", "JM", "MT", "BN", "SZ"})
# ``PC`` as its own token of a header: ``Pick-up PC``, ``FROM_PC``, ``strFromPc``.
_PC_TOKEN = re.compile(r"(?:^|[\s_.\-\[(])pc(?:$|[\s_.\-\])])", re.I)
_PC_CAMEL = re.compile(r"(?<=[a-z])(?:Pc|PC)$")
_BARE = re.compile(r"^\d{4,6}$")


def territory_of(values: Sequence[str], cued: bool = False) -> str | None:
    """The territory whose postcode layout every one of ``values`` is in, or ``None``; the layouts of
    :data:`CUED_ONLY` only when ``cued`` (the header names a postcode)."""
    if not values:
        return None
    for territory, layout in TERRITORY_LAYOUTS.items():
        if (cued or territory not in CUED_ONLY) and all(layout.match(v.upper()) for v in values):
            return territory
    return None


def names_pc(column_name: str) -> bool:
    """The header holds ``PC`` as a word of its own (``Pick-up PC``, ``FROM_PC``, ``strFromPc``)."""
    name = column_name.strip()
    return bool(_PC_TOKEN.search(name) or _PC_CAMEL.search(name))


def _distinct(series: pd.Series) -> list[str]:
    head = series.head(MAX_ROWS)
    text = head.astype(str).str.strip()
    values = [v for v in dict.fromkeys(text[head.notna() & text.ne("")].tolist()) if v.casefold() not in _PLACEHOLDERS]
    empty = set(not_known_keys(values, E.POSTCODE))
    return [v for v in values if v not in empty]


def postcode_evidence(series: pd.Series, column_name: str) -> str | None:
    """Why ``series`` reads as the people's postcodes beside a found address, or ``None``."""
    values = _distinct(series)
    if not values:
        return None
    cued = E.POSTCODE in cue_hints(column_name) or names_pc(column_name)
    territory = territory_of(values, cued)
    if territory is not None:
        return f"{len(values)} distinct codes in {territory}'s postcode layout"
    if names_pc(column_name) and all(_BARE.match(v) or is_block_postcode(v) for v in values):
        return f"{len(values)} distinct postcodes under a PC header"
    return None


def _header_allows(column: str) -> bool:
    hints = cue_hints(column)
    return says_nothing(column) or E.POSTCODE in hints or not hints


def territory_postcode_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Postcode columns (see the module) among ``names`` that ``found`` left undecided."""
    decided = {c: d.entity for c, d in found.items() if d is not None}
    if E.POSTCODE in decided.values() or not ADDRESS_PARTS & set(decided.values()):
        return {}
    out: dict[str, ColumnDetection] = {}
    for column in names:
        if column in decided or column not in df.columns or not _header_allows(column):
            continue
        series = df[column]
        if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            continue
        why = postcode_evidence(series, column)
        if why is None:
            continue
        n = int(series.head(MAX_ROWS).notna().sum())
        out[column] = ColumnDetection(column, E.POSTCODE, CONFIDENCE, CONFIDENCE, "values+territory", n, None, why)
        break  # one postcode column per address block
    return out
