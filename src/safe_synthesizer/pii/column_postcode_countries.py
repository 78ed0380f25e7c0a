"""Bare-digit postcodes the table's own country never writes: a number column paired with the town is no postcode.

Why: the pair rule (:mod:`place_pairs`) takes a column of 4-digit numbers beside (or, in a table with street lines,
apart from) a town column for its postcodes. A chess club's ratings (``1437``, ``1999``), a dojo's grades or a
firm's branch numbers are such numbers, and in a British, Italian, Kenyan, Ivorian or Curaçao table no postcode is
four bare digits: a British code is ``SW1A 1AA``, an Italian or Kenyan one five digits, Côte d'Ivoire and Curaçao
write none (set 34, seen: a chess club's ``Rating`` / ``Elo`` column, 9 false postcode columns). Once the table's
phones, ids or IBANs say which country it is from, a bare-digit code of a length that country never writes is no
postcode of its people.

Only countries whose postcode writing is well known are listed (:data:`BARE_DIGITS`); any other country, and a table
whose country is not known, leaves every code as the pair rule found it.

Example::

    fits_country_postcodes(["1437", "1999", "1778"], "GB")  # False: British postcodes have letters
    fits_country_postcodes(["1010", "8020", "4600"], "AT")  # True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E

# Share of a column's codes that must be bare digits to be judged here.
MIN_BARE_SHARE = 0.9

_NONE: frozenset[int] = frozenset()
# Countries whose codes carry letters (``SW1A 1AA``, ``K1A 0B1``, ``H100``).
_LETTERED = "GB IE CA MT BN SZ BM JE GG IM"
# Countries with no postcode system in use.
_WITHOUT = (
    "AE QA HK CI CW GH ST GQ SL CD SY ZW RW UG TG BJ ML BF CM GA CG CF TD BI MW BW AO YE ER DJ KM GM GY SR BS JM BZ "
    "FJ BO AW TL KI NR TV TO VU SB"
)
# Countries with five-digit codes (Sweden, Czechia, Slovakia, Greece ``123 45``; Poland ``12-345``).
_FIVE = (
    "US DE FR ES IT FI EE HR LT MX MY PK RS SA TH TR UA ID KE KR MA DZ EG JO KW SD UY ZM CU DO GT CR BA ME SE CZ SK "
    "GR SN IQ LK SM MC LA BT PL"
)
# Countries with six-digit codes.
_SIX = "IN CN RU KZ BY SG NG RO CO EC TM TJ UZ KG TT"
# The bare-digit lengths a country writes its postcodes in (empty: none, or only with letters). Countries whose
# codes are also written as bare four digits (NL ``1234 AB`` cut to its digits, PT ``1000-001`` cut to ``1000``)
# are left out, as are the countries of four-digit codes (AT, CH, BE, DK, NO, HU, AU, ZA ...).
BARE_DIGITS: dict[str, frozenset[int]] = {
    **dict.fromkeys(_LETTERED.split(" "), _NONE),
    **dict.fromkeys(_WITHOUT.split(" "), _NONE),
    **dict.fromkeys(_FIVE.split(" "), frozenset({5})),
    **dict.fromkeys(_SIX.split(" "), frozenset({6})),
    "VN": frozenset({5, 6}),
    "IL": frozenset({5, 7}),
    "JP": frozenset({7}),
    "BR": frozenset({5, 8}),
    "IS": frozenset({3}),
    "FO": frozenset({3}),
    "LS": frozenset({3}),
}


def fits_country_postcodes(codes: Sequence[str], region: str | None) -> bool:
    """Whether ``codes`` (a column's distinct values) may be postcodes of ``region`` (a two-letter country): False
    only when nearly all are bare digits (:data:`MIN_BARE_SHARE`) of a length the country never writes."""
    if not region or region.upper() not in BARE_DIGITS:
        return True
    written = [c.strip() for c in codes if c and c.strip()]
    bare = [c for c in written if c.isdigit()]
    if not written or len(bare) < MIN_BARE_SHARE * len(written):
        return True
    length, _ = Counter(map(len, bare)).most_common(1)[0]
    return length in BARE_DIGITS[region.upper()]


def table_region(found: Mapping) -> str | None:
    """The two-letter country the table's phones, postcodes and ids agree on (``found``: column -> detection or
    None), else None."""
    from safe_synthesizer.pii.column_locale import table_country_locale

    locale = table_country_locale([d for d in found.values() if d is not None])
    return locale.split("_")[-1].upper() if locale and "_" in locale else None


# Phone values read (of the table's phone columns), and the share of them a country must make valid to be the table's.
PHONE_VALUES = 12
MIN_PHONE_SHARE = 0.6


def _phone_countries(values: Sequence[str]) -> set[str]:
    """The countries that make at least :data:`MIN_PHONE_SHARE` of ``values`` valid phone numbers: a dialled
    number (``+254 ...``, ``00254 ...``) speaks for its own country, a bare one for every country it is valid in;
    where some are dialled, only their countries are the table's."""
    votes: Counter = Counter()
    dialled: set[str] = set()
    for value in values:
        text = "+" + value[2:] if value.startswith("00") else value
        if text.startswith("+"):
            try:
                number = phonenumbers.parse(text, None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                dialled.add(region := phonenumbers.region_code_for_number(number))
                votes[region] += 1
            continue
        for region in phonenumbers.SUPPORTED_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                    votes[region] += 1
            except phonenumbers.NumberParseException:
                break
    found = {r for r, n in votes.items() if n >= MIN_PHONE_SHARE * len(values)}
    return found & dialled if dialled else found


def _phone_values(df: pd.DataFrame, found: Mapping) -> list[str]:
    columns = [c for c, d in found.items() if d is not None and d.entity == E.PHONE_NUMBER and c in df.columns]
    out: list[str] = []
    for column in columns:
        values = df[column].dropna().astype(str).str.strip()
        out += [v for v in values.tolist() if sum(ch.isdigit() for ch in v) >= 6][:PHONE_VALUES]
    return out[:PHONE_VALUES]


def fits_table_country(series: pd.Series, found: Mapping, df: pd.DataFrame | None = None) -> bool:
    """Whether the column ``series`` may hold postcodes of the country the table's ``found`` detections agree on
    (:func:`fits_country_postcodes`). When they name none, the countries its phone columns (of ``df``) are valid
    in: the codes are vetoed only if every one of those countries is listed and writes no code of their length
    (bare local numbers of Côte d'Ivoire are valid French numbers too: neither writes four bare digits)."""
    if pd.api.types.is_float_dtype(series.dtype):
        return True  # read as numbers: the written length is lost (the pair rule skips such columns anyway)
    values = series.dropna().astype(str).str.strip()
    codes = list(dict.fromkeys(values[values != ""].tolist()))[:500]
    if not codes or sum(c.isdigit() for c in codes) < MIN_BARE_SHARE * len(codes):
        return True  # lettered or grouped codes: not judged here
    if (region := table_region(found)) is not None:
        return fits_country_postcodes(codes, region)
    if df is None:
        return True
    countries = _phone_countries(_phone_values(df, found))
    if not countries or any(c not in BARE_DIGITS for c in countries):
        return True
    return any(fits_country_postcodes(codes, c) for c in countries)
