"""The table's country from the columns that name one, for phone columns whose numbers do not.

A national number without ``+CC`` is valid in many countries: ``034 191 05 44`` is a valid number in
Switzerland, France, Germany, Italy and a dozen more, so a phone column of them alone cannot say
where the table is, and its fakes were drawn for the wrong country (invalid in the right one).
Other columns of the same table often name the country outright: IBANs begin with it
(``CH31 7044 ...``), e-mail addresses end in its domain (``@bluewin.ch``, ``@seznam.cz``), and some
phone numbers are written with their country code, in a column or in the notes (``call +56 2 2105 7423``).
When those agree on one country and the phone column's national numbers are valid there, the column is
faked as that country's numbers.

Column-level evidence, so not used under differential privacy (there no value is looked at to
choose a locale).

Example::

    table_country(df, plans)  # "CH" for a table with ``@bluewin.ch`` e-mails
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

import pandas as pd
import phonenumbers
from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.country_towns import keep_town_country
from safe_synthesizer.pii.locale_fallback import nearest_locale, writes_language
from safe_synthesizer.pii.locales import REGION_LOCALES, parse_phone, region_of
from safe_synthesizer.pii.script_locales import script_locale_votes

# Country domains sold worldwide as generic names (``.io``, ``.co``, ``.me``...): no country.
_GENERIC_CC_DOMAINS = frozenset({"io", "co", "me", "tv", "ai", "ly", "fm", "cc", "ws", "to", "gg", "sh", "ac", "am",
                                 "la", "nu", "tk", "ml", "ga", "cf", "gq", "so", "st", "vc", "im"})  # fmt: skip
_DOMAIN_REGION = {"uk": "GB", "gb": "GB"}
# Share of a column's values that must name one country for the column to vote for it.
MIN_COLUMN_SHARE = 0.3
# Share of a phone column's national numbers that must be valid in the table's country.
MIN_VALID_SHARE = 0.9
_SAMPLE = 100


def _values(df: pd.DataFrame, column: str) -> list[str]:
    return [str(v).strip() for v in df[column].dropna().head(_SAMPLE * 3) if str(v).strip()][:_SAMPLE]


def _majority(regions: Sequence[str | None], n: int) -> str | None:
    """The region most values name, when at least :data:`MIN_COLUMN_SHARE` of ``n`` do and no other as many."""
    counts = Counter(r for r in regions if r)
    if not counts or not n:
        return None
    (best, k), *rest = counts.most_common(2)
    return best if k >= MIN_COLUMN_SHARE * n and (not rest or rest[0][1] * 2 <= k) else None


def _email_region(value: str) -> str | None:
    tld = value.rsplit("@", 1)[-1].rsplit(".", 1)[-1].lower()
    if tld in _DOMAIN_REGION:
        return _DOMAIN_REGION[tld]
    if len(tld) != 2 or tld in _GENERIC_CC_DOMAINS:
        return None
    return tld.upper() if tld.upper() in phonenumbers.SUPPORTED_REGIONS else None


def _iban_region(value: str) -> str | None:
    code = value.replace(" ", "")[:2].upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _dialled_region(value: str) -> str | None:
    if not value.startswith(("+", "00")):
        return None
    parsed = parse_phone(value, "US")
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return None
    region = phonenumbers.region_code_for_number(parsed)
    return region if region and region != "ZZ" else None


def column_country(entity: str, values: Sequence[str]) -> str | None:
    """The country one column's values name (IBAN prefix, e-mail country domain, ``+CC`` phones), or ``None``.

    Example::

        column_country("email", ["a@seznam.cz", "b@gmail.com", "c@centrum.cz"])  # "CZ"
    """
    if entity == E.IBAN:
        return _majority([_iban_region(v) for v in values], len(values))
    if entity == E.EMAIL:
        return _majority([_email_region(v) for v in values], len(values))
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        return _majority([_dialled_region(v) for v in values], len(values))
    return None


# Numbers dialled with their country code inside notes (``+56 2 2105 7423``, ``0044 20 7946 0958``).
_DIALLED_IN_TEXT = re.compile(r"(?<![\w+])(?:\+|00)[1-9][\d ().\-]{5,18}\d(?!\w)")
_FLOAT_TAIL = re.compile(r"(?<=\d)\.0$")
# Numbers the notes must dial before their country votes (one note may quote an office abroad).
MIN_TEXT_DIALLED = 3


def text_country(values: Sequence[str]) -> str | None:
    """The country most numbers dialled with ``+CC`` inside notes ``values`` belong to, or ``None``.

    Why: a bare national column (``221367845``) is valid in Chile and in Portugal alike; notes that dial
    ``+56 ...`` say which. At least :data:`MIN_TEXT_DIALLED` numbers, twice as many as any other country's.

    Example::

        text_country(["call +56 2 2105 7423", "o +56 9 6123 4567", "+56 2 2987 6543 (casa)"])  # "CL"
    """
    counts = Counter(
        region for value in values for found in _DIALLED_IN_TEXT.findall(value) if (region := _dialled_region(found))
    )
    if not counts:
        return None
    (best, k), *rest = counts.most_common(2)
    return best if k >= MIN_TEXT_DIALLED and (not rest or rest[0][1] * 2 <= k) else None


def table_country(df: pd.DataFrame, plans: Sequence) -> str | None:
    """The country the table's naming columns agree on: more of them than name any other country
    (notes count as one column, by the numbers they dial: :func:`text_country`)."""
    votes = Counter(
        country
        for p in plans
        if p.column in df.columns
        and (
            country := text_country(_values(df, p.column))
            if p.entity == E.FREE_TEXT
            else column_country(p.entity, _values(df, p.column))
        )
    )
    if not votes:
        return None
    (best, k), *rest = votes.most_common(2)
    return best if not rest or rest[0][1] < k else None


def locale_for_region(region: str, language: str | None = None) -> str | None:
    """A Faker locale of ``region``: of ``language`` when Faker has one (``fr`` + ``CH`` -> ``fr_CH``)."""
    own = sorted(loc for loc in AVAILABLE_LOCALES if loc.endswith(f"_{region}"))
    if language and (same := [loc for loc in own if loc.split("_")[0] == language]):
        return same[0]
    return REGION_LOCALES.get(region) or (own[0] if own else None)


def _valid_share(values: Sequence[str], region: str) -> float:
    # A float export's ``.0`` (``7710254175.0``) is no part of the number.
    national = [_FLOAT_TAIL.sub("", v) for v in values if not v.startswith(("+", "00"))]
    if not national:
        return 0.0
    ok = 0
    for value in national:
        parsed = parse_phone(value, region)
        ok += (
            parsed is not None
            and phonenumbers.is_valid_number(parsed)
            and phonenumbers.region_code_for_number(parsed) == region
        )
    return ok / len(national)


def settle_country_locales(df: pd.DataFrame, plans: list) -> list:
    """Columns take the table's country (:func:`table_country`): phone columns when their national
    numbers are valid there, place columns (towns, streets, addresses, postcodes) located in another
    country, notes in Latin letters, columns with no locale other than names. The language of the table's
    other columns picks among the country's locales (``fr_FR`` places beside Swiss IBANs -> ``fr_CH``)."""
    plans = phones_follow_table(df, plans)
    country = table_country(df, plans)
    if country is None:
        return keep_town_country(plans, None, df)
    languages = Counter(p.locale.split("_")[0] for p in plans if p.locale and p.entity not in _PHONES)
    found = [(lang, locale_for_region(country, lang)) for lang, _ in languages.most_common()]
    own = [loc for lang, loc in found if loc and loc.startswith(f"{lang}_")]
    locale = own[0] if own else locale_for_region(country)
    # A country Faker has no locale of (Papua New Guinea, Aruba, Benin): the real one nearest in language and region.
    locale = locale or nearest_locale(country, [lang for lang, _ in languages.most_common()])
    # A phone's fake needs only its country: one Faker has no locale of (Malaysia, Mongolia, Singapore) or
    # whose nearest locale is another country's (``ar_SA`` for the Emirates) is still named.
    language = languages.most_common(1)[0][0] if languages else "en"
    phone_locale = locale if locale and region_of(locale) == country else f"{language}_{country}"

    def takes_country(p) -> bool:
        if p.column not in df.columns or (p.locale is not None and region_of(p.locale) == country):
            return False
        if locale is None and p.entity not in _PHONES:
            return False
        if p.entity == E.IBAN:  # an IBAN column naming the country is that country's
            return column_country(p.entity, _values(df, p.column)) == country
        if p.entity in _PHONES:
            return _valid_share(_values(df, p.column), country) >= MIN_VALID_SHARE
        if p.entity == E.FREE_TEXT:
            # Notes in Latin letters take the country's locale (a Slovak note got a Taiwanese street
            # fake from the table's vote); notes in another script keep the script's locale.
            return script_locale_votes(_values(df, p.column)[:50]) is None
        # Names say a language, not a country: a country's default locale would give a French table
        # Swiss-German names.
        if p.entity in _LANGUAGE_ONLY and not writes_language(country, p.locale):
            return True  # Papua New Guinean surnames read as Romanian: they take the country's nearest locale
        return p.entity in _PLACES or (p.locale is None and p.entity not in _LANGUAGE_ONLY)

    settled = [
        dataclasses.replace(p, locale=phone_locale if p.entity in _PHONES else locale) if takes_country(p) else p
        for p in plans
    ]
    # Towns of a country Faker has no locale of: that country's real towns, not the nearest locale's invented ones.
    return keep_town_country(settled, country, df)


def phones_follow_table(df: pd.DataFrame, plans: list) -> list:
    """Phone columns take the locale most of the table's other columns have, when their national
    numbers are valid numbers of its country.

    Nine bare digits (``605.296.475``) are valid in Czechia, Poland and more: the column's own vote
    among the regions it is tried in named Poland beside Czech names, ids and addresses, and its fakes
    were valid Polish numbers, invalid Czech ones (set 10 cs_CZ: 28 % of fakes invalid).

    Example::

        phones_follow_table(df, plans)  # the "mobil" column pl_PL -> cs_CZ beside cs_CZ names and ids
    """
    # Notes do not vote: their locale is the script's or language's of mixed prose (Devanagari notes read hi_IN
    # beside Nepali names would tie the table and leave its Nepali mobiles faked as US numbers).
    others = Counter(p.locale for p in plans if p.locale and p.entity not in (*_PHONES, E.FREE_TEXT))
    if not others:
        return plans
    (locale, n), *rest = others.most_common(2)
    if n < 2 or (rest and rest[0][1] * 2 > n):
        return plans
    region = region_of(locale)

    def follows(p) -> bool:
        if p.entity not in _PHONES or p.column not in df.columns:
            return False
        if p.locale is not None and region_of(p.locale) == region:
            return False
        return _valid_share(_values(df, p.column), region) >= MIN_VALID_SHARE

    return [dataclasses.replace(p, locale=locale) if follows(p) else p for p in plans]


_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
_LANGUAGE_ONLY = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_PLACES = (E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS, E.POSTCODE)
