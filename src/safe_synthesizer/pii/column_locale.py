"""Which Faker locale a detected PII column's values look like (``en_GB``, ``de_DE``...).

Evidence per entity: phone numbers vote for the regions where ``phonenumbers`` finds them valid
(or the region of their country code), IBANs and e-mail domains for their country, postcodes for
the locales whose layout they have (five bare digits say nothing), streets for the locales whose
street words they use (``rue``, ``Straße``, ``straat``), names for the locales whose name lists
hold them (a name listed in fewer locales weighs more), towns and regions for the locale lists
that hold them; names, places and addresses written in kana/kanji for ``ja_JP``. A locale is
returned only when it has a clear plurality of the votes.

Example::

    guess_column_locale("phone_number", ["+44 20 7946 0958", "020 7946 0000"])  # ("en_GB", 1.0)
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers as G
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_towns import small_country_town
from safe_synthesizer.pii.locale_anchor_support import supported_country_locale
from safe_synthesizer.pii.locale_names import country_name_votes
from safe_synthesizer.pii.locales import country_locale, region_of
from safe_synthesizer.pii.phone_lists import phone_list_values
from safe_synthesizer.pii.script_locales import SCRIPT_LOCALES, script_locale_votes

#: Share of the votes the top locale needs.
MIN_VOTE_SHARE = 0.4
_TLD = {"uk": "en_GB", "de": "de_DE", "at": "de_AT", "ie": "en_IE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT",
        "nl": "nl_NL", "us": "en_US"}  # fmt: skip
_NAME_ENTITIES = (E.FIRST_NAME, E.LAST_NAME, E.NAME)
_EN_MARKERS = {"apt": "en_US", "suite": "en_US", "flat": "en_GB", "studio": "en_GB"}


# Name locales looked at when the detect locales' lists hold few of a column's words: their lists
# are long and their own (Turkish ``Yılmaz``, Czech ``Dvořák``), so a column of them is named rightly
# instead of getting English fakes.
FALLBACK_NAME_LOCALES = ("tr_TR", "cs_CZ", "pl_PL", "fi_FI", "hu_HU", "ro_RO")
# Share of a column's name words the detect locales must hold before the fallback lists are skipped.
_MIN_DETECT_NAME_WORDS = 0.3


def _name_votes(values: Sequence[str], entity: str) -> Counter[str]:
    # Every Faker name list votes first: a Danish, Slovene or Portuguese column names its own country;
    # English, German, French, Spanish, Italian and Dutch names keep the detect locales' finer vote.
    wide = country_name_votes(values, entity)
    if wide is not None:
        return wide
    votes = _name_votes_in(values, entity, G.DETECT_LOCALES)
    n_words = sum(len(re.split(r"[\s,\-]+", v)) for v in values)
    if n_words and sum(votes.values()) < _MIN_DETECT_NAME_WORDS * n_words:
        fallback = _name_votes_in(values, entity, FALLBACK_NAME_LOCALES)
        if sum(fallback.values()) > sum(votes.values()):
            return fallback
    return votes


def _name_votes_in(values: Sequence[str], entity: str, locales: Sequence[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for value in values:
        words = [w.lower().rstrip(".") for w in re.split(r"[\s,\-]+", value) if w]
        words = [w for w in words if w not in G.TITLES and w not in G.PARTICLES]
        for word in words:
            holders = []
            for locale in locales:
                lists = (G.locale_first_names(locale), G.locale_last_names(locale))
                if entity == E.FIRST_NAME:
                    lists = lists[:1]
                elif entity == E.LAST_NAME:
                    lists = lists[1:]
                if any(word in names for names in lists):
                    holders.append(locale)
            for locale in holders:
                votes[locale] += 1.0 / len(holders)
    return votes


def _place_votes(values: Sequence[str], entity: str) -> Counter[str]:
    votes: Counter[str] = Counter()
    index = 0 if entity == E.CITY else 1
    for value in values:
        key = value.lower()
        holders = [loc for loc in G.DETECT_LOCALES if key in G.locale_places(loc)[index]]
        if not holders and entity == E.CITY and (small := small_country_town(key)):
            holders = [small]  # Latvian, Lithuanian, Estonian, Irish towns (no Faker list)
        for locale in holders:
            votes[locale] += 1.0 / len(holders)
    if entity == E.CITY and sum(votes.values()) < 0.3 * len(values):
        # Invented or unlisted towns: the names they are built from (``Dumontboeuf``) still vote.
        votes.update(
            _name_votes(
                [re.sub(r"(?i)(sur|les|saint|sainte|new|port|north|south|east|west|lake)", " ", v) for v in values],
                E.NAME,
            )
        )
    return votes


def _spread(votes: Counter[str], holders: Sequence[str]) -> None:
    for locale in holders:
        votes[locale] += 1.0 / len(holders)


# Entities whose values written in a non-Latin script vote for that script's locale
# (:mod:`script_locales`: kana -> ja_JP, Hangul -> ko_KR, traditional ideographs -> zh_TW...).
_SCRIPT_ENTITIES = (*_NAME_ENTITIES, E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS)


# The vote of a value whose country no locale writes (a phone's explicit +675): it counts against the others.
_NO_LOCALE = ""


def _votes(entity: str, values: Sequence[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    if entity in _NAME_ENTITIES and (wide := country_name_votes(values, entity)) is not None and _decisive(wide):
        return wide  # Bulgarian names in Cyrillic are Bulgarian, not the script's Russian
    if entity in _SCRIPT_ENTITIES:
        scripted = script_locale_votes(values)
        if scripted is not None:
            return scripted
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        # Each number of a two-number cell votes (``+44 7491 825476 / +44 7459 031982``).
        for value in phone_list_values(list(values)):
            regions = V.phone_regions(value, cued=True)
            holders = [loc for r in regions if (loc := country_locale(r))]
            if regions and not holders and value.lstrip().startswith(("+", "00")):
                # +675 names Papua New Guinea, a country no locale writes: its bare numbers that also fit
                # Taiwan's plan must not make the table Taiwanese.
                votes[_NO_LOCALE] += 1
            _spread(votes, list(dict.fromkeys(holders)))
    elif entity == E.IBAN:
        for value in values:
            if value[:2].isalpha() and (locale := country_locale(value[:2])):
                votes[locale] += 1
    elif entity in (E.EMAIL, E.URL):
        for value in values:
            host = value.rsplit("@", 1)[-1].split("/")[2 if "://" in value else 0].lower()
            tld = host.rsplit(".", 1)[-1]
            if tld in _TLD:
                votes[_TLD[tld]] += 1
    elif entity == E.POSTCODE:
        for value in values:
            holders = V.postcode_locales(value.upper())
            if len(holders) == 1:
                votes[holders[0]] += 1
    elif entity in (E.STREET_ADDRESS, E.ADDRESS):
        for value in values:
            holders = list(V.street_locales(value))
            words = set(re.findall(r"[a-z]+", value.lower()))
            if {"en_US", "en_GB"} <= set(holders) and words & _EN_MARKERS.keys():
                # English streets share their suffixes; unit words tell the countries apart.
                holders = [_EN_MARKERS[next(iter(words & _EN_MARKERS.keys()))]]
            for line in re.split(r"[\n,]", value):
                codes = V.postcode_locales(line.strip().upper())
                if len(codes) == 1:
                    holders.append(codes[0])
            _spread(votes, holders)
    elif entity in _NAME_ENTITIES:
        votes = _name_votes(values, entity)
    elif entity in (E.CITY, E.STATE):
        votes = _place_votes(values, entity)
    elif entity == E.SSN:
        votes["en_US"] = len(values)
    elif entity == E.NATIONAL_ID:
        # A national scheme names its country (``tr.tckimlik`` -> tr_TR).
        for value in values:
            found = V.national_id_scheme(value)
            country = found[0].split(".")[0].upper() if found else ""
            if locale := country_locale(country):
                votes[locale] += 1
        # One random number in ten passes a single check digit: a scheme only a few values pass (a few
        # Philippine TINs that happen to be valid Japanese My Numbers) names no country.
        votes = Counter({locale: n for locale, n in votes.items() if 2 * n >= len(values)})
    return votes


def _decisive(votes: Counter[str]) -> bool:
    """The top locale of ``votes`` passes :func:`guess_column_locale`'s bar (else a script's vote decides)."""
    (_, top), *rest = [*votes.most_common(2), ("", 0.0)]
    total = sum(votes.values())
    return bool(total) and top / total >= MIN_VOTE_SHARE and top >= 1.25 * rest[0][1]


def guess_column_locale(entity: str, values: Sequence[str]) -> tuple[str | None, float]:
    """(locale or ``None``, its share of the votes) for a column of ``entity`` values.

    Example::

        guess_column_locale("iban", ["DE89370400440532013000"])  # ("de_DE", 1.0)
    """
    votes = _votes(entity, list(values)[:100])
    total = sum(votes.values())
    if not total:
        return None, 0.0
    (best, top), *rest = [*votes.most_common(2), ("", 0.0)]
    share = top / total
    runner_up = rest[0][1] if rest else 0.0
    if best == _NO_LOCALE or share < MIN_VOTE_SHARE or top < 1.25 * runner_up:
        return None, round(share, 3)
    return best, round(share, 3)


#: Entities whose locale says a country, not only a language: phones and IBANs carry a country
#: code, postcodes and national ids a national layout.
_COUNTRY_ENTITIES = frozenset({E.PHONE_NUMBER, E.FAX_NUMBER, E.POSTCODE, E.IBAN, E.NATIONAL_ID, E.SSN})
# Entities whose locale a table's country may overwrite when it is the same language (name lists
# tell English from German, not India from the US).
_LANGUAGE_ENTITIES = frozenset({*_NAME_ENTITIES, E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS, E.POSTCODE})


# Place columns take the table's country whatever their list votes said (``Campinas`` is in no
# Portuguese list, and a Brazilian phone column says where the table's towns are).
_PLACE_ENTITIES = frozenset({E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS, E.POSTCODE})


_IDEOGRAPH_LOCALES = frozenset({"ja_JP", "zh_CN", "zh_TW"})


def _is_anchor(plan) -> bool:
    locale = getattr(plan, "locale", None)
    return bool(locale) and (getattr(plan, "entity", None) in _COUNTRY_ENTITIES or locale in SCRIPT_LOCALES)


def table_country_locale(plans: list) -> str | None:
    """The locale the table's country evidence agrees on (phones, postcodes, ids, non-Latin script).

    ``None`` unless one locale holds at least two thirds of those columns. Canadian tables whose
    names are French are ``fr_CA`` (phones and postcodes do not tell English from French Canada).

    Example::

        table_country_locale(plans)  # "en_IN" for a table with Indian mobiles
    """
    counts = Counter(p.locale for p in plans if _is_anchor(p))
    if not counts:
        return None
    locale, n = counts.most_common(1)[0]
    if n * 3 < 2 * sum(counts.values()):
        return None
    # Bare phones valid in a country no other column writes the language of (Algerian mobiles valid in Sweden).
    locale = supported_country_locale(plans, locale)
    if locale == "en_CA" and any(
        getattr(p, "entity", None) in _NAME_ENTITIES and (getattr(p, "locale", None) or "").startswith("fr_")
        for p in plans
    ):
        return "fr_CA"
    # The country's locale in the language its people's names are written in: Swiss phones beside
    # Italian names are Ticino (it_CH: Italian names, Ticino towns), not German Switzerland; Belgian
    # ones beside French names are Wallonia (fr_BE).
    languages = Counter(
        p.locale.split("_")[0]
        for p in plans
        if getattr(p, "entity", None) in _NAME_ENTITIES and getattr(p, "locale", None)
    )
    if languages and (language := languages.most_common(1)[0][0]) != locale.split("_")[0]:
        return country_locale(region_of(locale), language) or locale
    return locale


def _own_name_lists(plans: list, locale: str) -> bool:
    """A name column of ``locale`` whose lists are its own (:data:`FALLBACK_NAME_LOCALES`: a
    column of ``Nagy``, ``Popescu``, ``Dvořák`` names its language alone, unlike English names)."""
    return locale in FALLBACK_NAME_LOCALES and any(
        getattr(p, "entity", None) in _NAME_ENTITIES and getattr(p, "locale", None) == locale for p in plans
    )


def fill_table_locale(plans: list, min_columns: int = 2) -> list:
    """Give plans the table's locale: its country locale, else the majority of ``min_columns``.

    Works on any frozen dataclass with ``locale`` (``ColumnPlan``, ``ColumnDetection``). When the
    country evidence (:func:`table_country_locale`) names a locale, every column without one, every
    place column, and every name column whose locale is of the same language (``en_US`` names
    beside Indian mobiles) takes it (columns in a non-Latin script keep theirs): an Indian table
    gets Indian towns, states and
    names. Otherwise columns without a locale take the majority locale of ``min_columns`` columns:
    a table whose phones and names are German has German five-digit postcodes too; one name column
    of a language with its own name lists is enough (Hungarian names: Hungarian addresses).

    Example::

        plans = fill_table_locale(plans)  # the postcode column's locale None -> "de_DE"
    """
    country = table_country_locale(plans)
    if country is not None:
        language = country.split("_")[0]
        out = []
        for p in plans:
            locale = getattr(p, "locale", "x")
            same_language = locale is not None and locale != "x" and locale.split("_")[0] == language
            entity = getattr(p, "entity", None)
            if (locale in _IDEOGRAPH_LOCALES and country in _IDEOGRAPH_LOCALES) or (locale, country) == (
                "en_CA",
                "fr_CA",
            ):
                # French Canada's phones and postcodes are located as en_CA (the names said French);
                # towns written in ideographs alone do not tell Japan from China or Taiwan: phones do.
                locale = None
            if locale is None or (
                locale != country
                and locale not in SCRIPT_LOCALES
                and ((entity in _LANGUAGE_ENTITIES and same_language) or entity in _PLACE_ENTITIES)
            ):
                p = dataclasses.replace(p, locale=country)
            out.append(p)
        plans = out
    counts = Counter(p.locale for p in plans if getattr(p, "locale", None))
    if not counts:
        return plans
    (locale, n), *rest = counts.most_common(2)
    if (n < min_columns and not _own_name_lists(plans, locale)) or (rest and rest[0][1] * 2 > n):
        return plans
    return [dataclasses.replace(p, locale=locale) if getattr(p, "locale", "x") is None else p for p in plans]
