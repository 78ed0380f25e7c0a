"""Postcode columns written with their country's prefix (``AD500``, ``HT6110``, ``L-1234``, ``F-75008``), in the
table of that country or beside its streets and towns.

Why: some countries write the prefix as part of the postcode (Andorra ``AD100``-``AD700``, Haiti ``HT6110``,
Moldova ``MD-2001``, Barbados ``BB11000``), and European exports often put the country's vehicle letters before
the digits (``L-1234`` in Luxembourg, ``F-75008``, ``I-00100``, ``B-1000``, ``FL-9490``). The value layouts read
some of them (``D-10115``, ``CH-8001``) but not all, and with the column's name hidden a column of ``AD200`` was
left as written. A prefix plus a code is also how a business writes its own numbers (``D-12345`` a donor,
``T45431`` a tenancy), so a column counts only when every one of these holds:

- the header says nothing against it (``Donor No``, ``Door PIN``);
- one prefix from :data:`PREFIXES` in nearly every value (:data:`MIN_SHARE`), followed by exactly as many digits
  as that country's postcodes have (a single-letter prefix needs its hyphen: ``D-10115``, not ``D10115``);
- the table is of that country (its phones, ids, postcodes: ``table_country_locale``), or, for a prefix of two
  letters or more, a street, address or town column was found in the table (``F-12345`` beside addresses may
  be a file number).

Runs as a table pass on columns nothing was found in (:func:`prefixed_postcode_detections`).

Example::

    prefixed_postcodes(["AD200", "AD100", "AD700", "AD200"])  # ("AD", 1.0)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.column_postcode_vetoes import vetoes_postcode
from safe_synthesizer.pii.cue_subjects import names_a_record_number

# Prefix -> (the country's ISO code, digits of its postcodes).
PREFIXES: dict[str, tuple[str, int]] = {
    # Written by the country itself.
    "AD": ("AD", 3), "HT": ("HT", 4), "MD": ("MD", 4), "AZ": ("AZ", 4), "LV": ("LV", 4), "LT": ("LT", 5),
    "BB": ("BB", 5), "VC": ("VC", 4),
    # Vehicle letters before the digits (European mail habit).
    "A": ("AT", 4), "B": ("BE", 4), "D": ("DE", 5), "F": ("FR", 5), "I": ("IT", 5), "L": ("LU", 4),
    "CH": ("CH", 4), "FL": ("LI", 4), "E": ("ES", 5), "DK": ("DK", 4), "N": ("NO", 4), "FIN": ("FI", 5),
    "SI": ("SI", 4), "HR": ("HR", 5), "H": ("HU", 4), "GR": ("GR", 5), "BG": ("BG", 4), "RO": ("RO", 6),
    "EST": ("EE", 5), "MC": ("MC", 5),
}  # fmt: skip
_CODE = re.compile(r"^([A-Z]{1,3})(-|\s)?(\d{3,6})$")
MIN_SHARE = 0.9
MIN_VALUES = 3
CONFIDENCE = 0.85
_PLACE_SIDES = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY})


def prefixed_postcodes(values: Sequence[str]) -> tuple[str | None, float]:
    """(the prefix, share of ``values`` written as that country's prefixed postcode); placeholders left out."""
    cleaned = [v.strip().upper() for v in values if v and v.strip() and not is_placeholder(v)]
    if len(cleaned) < MIN_VALUES:
        return None, 0.0
    matches = [m for v in cleaned if (m := _CODE.match(v))]
    prefixes = Counter(m.group(1) for m in matches)
    if not prefixes:
        return None, 0.0
    prefix = prefixes.most_common(1)[0][0]
    if prefix not in PREFIXES:
        return None, 0.0
    digits = PREFIXES[prefix][1]
    ok = sum(
        m.group(1) == prefix and len(m.group(3)) == digits and (len(prefix) > 1 or m.group(2) == "-") for m in matches
    )
    return prefix, ok / len(cleaned)


def _country(found: dict) -> str | None:
    from safe_synthesizer.pii.column_locale import table_country_locale

    locale = table_country_locale([d for d in found.values() if d is not None])
    return locale.split("_")[-1].upper() if locale and "_" in locale else None


def prefixed_postcode_detections(
    df: pd.DataFrame, candidates: Collection[str], found: dict, *, entities: Collection[str]
) -> dict:
    """Postcode detections among ``candidates`` (columns nothing was found in), by :func:`prefixed_postcodes`, in
    a table of the prefix's country or with a street, address or town column in ``found``."""
    from safe_synthesizer.pii.column_detector import ColumnDetection

    if E.POSTCODE not in set(entities):
        return {}
    country = _country(found)
    places = any(d is not None and d.entity in _PLACE_SIDES for d in found.values())
    out = {}
    for name in candidates:
        if found.get(name) is not None or name not in df.columns:
            continue
        if vetoes_postcode(name) or names_a_record_number(name):
            continue  # ``Donor No``, ``Case ref``: the header says what the codes number
        series = df[name].dropna()
        if series.empty or not (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            continue
        prefix, share = prefixed_postcodes([str(v) for v in series.unique()[:500]])
        if prefix is None or share < MIN_SHARE:
            continue
        own = PREFIXES[prefix][0] == country
        if not (own or (places and len(prefix) > 1)):
            continue  # ``F-12345`` beside addresses may be a file number: one letter needs the country
        why = f"{round(100 * share)}% postcodes written {prefix}+{PREFIXES[prefix][1]} digits"
        why += f", in a {country} table" if own else ", beside the table's streets or towns"
        out[name] = ColumnDetection(name, E.POSTCODE, CONFIDENCE, CONFIDENCE, "values+table", len(series), None, why)
    return out
