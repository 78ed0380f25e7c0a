"""Postcode columns written with another country's letters than the table's: a business's own codes.

Why: European mail writes a country's vehicle letters before a foreign postcode (``S-11425`` for Sweden,
``D-10115``), so the value layouts read ``S-`` plus five digits as a Swedish postcode. A tutoring centre's
``Session ID`` (``S-49833``, one per row) in an Italian, Dutch, Kenyan or Palauan table was taken for a postcode
column in eleven tables of set 38 (seen), shown and hidden. A table's people live in the table's country: a whole
column of postcodes written with one foreign country's letters, in a table whose phones, ids and other postcodes
say another country, is a letter plus a number the business gives (session, ticket, file), not where anyone lives.
A column written with the table's own letters (``D-10115`` in a German table) is kept, and so is any column of a
table whose country nothing tells, and any whose header names a postcode (``PLZ``, ``CAP``): a hotel's foreign
guests may write their own country's letters, and a postcode wrongly kept is worse than a code wrongly replaced.

Example::

    foreign_prefix_postcode_columns(df, found)  # ["Session ID"] in an Italian table of ``S-48386``, ``S-78002``
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_prefixed_postcodes import PREFIXES
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["foreign_prefix", "foreign_prefix_postcode_columns"]

#: Country letters the prefixed-postcode pass does not list (its list holds those it may add a column for), by
#: the country they stand for: Sweden's ``S-``/``SE-``, Portugal's ``P-``, Poland, Czechia, Slovakia, the Netherlands.
EXTRA_PREFIXES: dict[str, str] = {"S": "SE", "SE": "SE", "P": "PT", "PL": "PL", "CZ": "CZ", "SK": "SK", "NL": "NL"}
# A prefix of country letters, a hyphen or a space, then the digits (``S-49833``, ``S-123 45``, ``D 10115``).
_CODE = re.compile(r"^([A-Z]{1,3})[-\s](\d[\d ]{2,6}\d)$")
MIN_SHARE = 0.9
MIN_VALUES = 5
MAX_VALUES = 500
MAX_ROWS = 2000
MAX_PHONES = 30


def _prefix_country(prefix: str) -> str | None:
    if prefix in PREFIXES:
        return PREFIXES[prefix][0]
    return EXTRA_PREFIXES.get(prefix)


def foreign_prefix(values: Sequence[str]) -> str | None:
    """The country (ISO code) whose letters open at least :data:`MIN_SHARE` of ``values``, all with one prefix,
    or ``None``."""
    cleaned = [v.strip().upper() for v in values if v and v.strip()]
    if len(cleaned) < MIN_VALUES:
        return None
    prefixes = Counter(m.group(1) for v in cleaned if (m := _CODE.match(v)))
    if not prefixes:
        return None
    prefix, n = prefixes.most_common(1)[0]
    if n < MIN_SHARE * len(cleaned):
        return None
    return _prefix_country(prefix)


def _table_country(found: Mapping[str, ColumnDetection | None], skip: str) -> str | None:
    from safe_synthesizer.pii.column_locale import table_country_locale

    others = [d for name, d in found.items() if d is not None and name != skip]
    locale = table_country_locale(others)
    return locale.split("_")[-1].upper() if locale and "_" in locale else None


def _phone_countries(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> set[str]:
    """The countries (ISO codes) of the phone columns' numbers written with a ``+`` country code (first
    :data:`MAX_PHONES` distinct numbers of each): a small territory's table (``+680`` Palau) whose locale no column
    has."""
    countries: set[str] = set()
    for name, det in found.items():
        if det is None or det.entity != E.PHONE_NUMBER or name not in df.columns:
            continue
        values = [v for v in df[name].iloc[:MAX_ROWS].dropna().astype(str).unique()[:MAX_PHONES] if "+" in v]
        for value in values:
            try:
                number = phonenumbers.parse(value[value.index("+") :].split(";")[0].split(" or ")[0], None)
            except phonenumbers.NumberParseException:
                continue
            if (region := phonenumbers.region_code_for_number(number)) and region != "001":
                countries.add(region)
    return countries


def foreign_prefix_postcode_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The postcode columns of ``found`` written with one country's letters (:func:`foreign_prefix`) in a table
    whose other columns say another country (or, with no country told, whose phones dial others).
    Reads the first :data:`MAX_ROWS` rows and at most :data:`MAX_VALUES` distinct values of each."""
    out: list[str] = []
    for name, det in found.items():
        if det is None or det.entity != E.POSTCODE or name not in df.columns or E.POSTCODE in cue_hints(str(name)):
            continue
        series = df[name].iloc[:MAX_ROWS].dropna()
        if series.empty or not (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            continue
        country = foreign_prefix([str(v) for v in series.unique()[:MAX_VALUES]])
        if country is None:
            continue
        table = _table_country(found, name)
        if table is None:
            phones = _phone_countries(df, found)  # no locale agreed: the countries its phones dial
            if phones and country not in phones:
                out.append(name)
        elif table != country:
            out.append(name)
    return out
