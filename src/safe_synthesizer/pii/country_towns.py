"""Real towns of the countries Faker has no locale of: the fakes' pool and the detector's list.

Why: Faker has no locale for Rwanda, Congo, Equatorial Guinea, São Tomé, Papua New Guinea, Tonga and a hundred
more countries. Their towns matched no list (a column of ``Kigali``, ``Huye``, ``Rubavu`` beside a street column,
with its header hidden, was published as written: set 34), and where a town column was found its fakes came from
the nearest Faker locale, which invents towns (``Bruceberg`` for Port Moresby, ``Port Pascaltown`` for a Congolese
table). Each country here lists its capital, regional capitals and larger towns (:mod:`country_towns_africa`,
:mod:`country_towns_americas`, :mod:`country_towns_asia_pacific`, :mod:`country_towns_europe`), so a town is read as
one and a fake town is a real town of the same country.

For the detector, towns that are also people's names or common words (``Kara``, ``Neves``) and short ones are
left out (:func:`listed_country_town`): a column of surnames must not read as towns. The fakes take every town.

Example::

    country_towns("TO")[:2]  # ("Nuku'alofa", "Neiafu")
    locale_country_towns("fr_CD")[:2]  # ("Kinshasa", "Lubumbashi")
    listed_country_town("kigali")  # "RW"
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd
from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.country_towns_africa import AFRICA
from safe_synthesizer.pii.country_towns_americas import AMERICAS
from safe_synthesizer.pii.country_towns_asia_pacific import ASIA_PACIFIC
from safe_synthesizer.pii.country_towns_europe import EUROPE

COUNTRY_TOWNS: dict[str, str] = {**AFRICA, **AMERICAS, **ASIA_PACIFIC, **EUROPE}
# Shorter towns (``Bo``, ``Ica``, ``Moa``) are words too often to be read as towns by the detector.
MIN_DETECTED_CHARS = 4


@cache
def country_towns(region: str | None) -> tuple[str, ...]:
    """The listed towns of a country (ISO code, any case), first-listed order, without repeats; ``()`` when none."""
    text = COUNTRY_TOWNS.get((region or "").upper(), "")
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


@cache
def locale_country_towns(locale: str | None) -> tuple[str, ...]:
    """The towns of a locale's country when Faker has no such locale (``fr_CD``, ``en_PG``, ``to_TO``), else ``()``:
    a Faker locale keeps its own towns."""
    if not locale or "_" not in locale or locale in AVAILABLE_LOCALES:
        return ()
    return country_towns(locale.rpartition("_")[2])


def _person_or_word(town: str) -> bool:
    # Imported here: the name validators import the place lists.
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.validators.names import first_name_known, full_name_known, last_name_known

    if town.casefold() in common_words():
        return True
    if " " in town.strip():  # ``San Salvador`` is no person; ``Pedro Juan Caballero`` reads as one
        return full_name_known(town)
    return first_name_known(town) or last_name_known(town)


@cache
def _detected_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for region in COUNTRY_TOWNS:
        for town in country_towns(region):
            if len(town) < MIN_DETECTED_CHARS or _person_or_word(town):
                continue
            low = town.casefold()
            for key in (low, gazetteers.plain_form(low)):
                out.setdefault(key, region)
    return out


def listed_country_town(value: str) -> str | None:
    """The country (ISO code) of a listed town the detector may read as one (any case, accents optional), else
    ``None``."""
    text = value.strip().casefold()
    if len(text) < MIN_DETECTED_CHARS:
        return None
    index = _detected_index()
    return index.get(text) or index.get(gazetteers.plain_form(text))


def detected_country_towns() -> frozenset[str]:
    """Every key of :func:`listed_country_town` (lower case, and without accents)."""
    return frozenset(_detected_index())


# Share of a town column's distinct values that must be listed towns of one country for the column to name it.
MIN_TOWNS_OF_COUNTRY = 0.5
MAX_READ_VALUES = 200


def towns_country(values: Iterable[str]) -> str | None:
    """The country (ISO code) whose listed towns are most of ``values``' distinct values (at least
    :data:`MIN_TOWNS_OF_COUNTRY`), else ``None``: ``Matadi``, ``Kisangani``, ``Bukavu`` -> ``CD``."""
    distinct = list(dict.fromkeys(str(v).strip() for v in values if str(v).strip()))[:MAX_READ_VALUES]
    if not distinct:
        return None
    votes = Counter(r for v in distinct if (r := listed_country_town(v)))
    if not votes:
        return None
    region, n = votes.most_common(1)[0]
    return region if n >= MIN_TOWNS_OF_COUNTRY * len(distinct) else None


def keep_town_country(plans: list, country: str | None, df: pd.DataFrame | None = None) -> list:
    """Town plans (``ColumnPlan``) of a country Faker has no locale of take that country, in the language their
    locale writes (``en_AU`` -> ``en_PG``, ``es_ES`` -> ``es_GQ``), so their fakes are its real towns
    (:func:`locale_country_towns`). The country is the table's (``country``), else the one most of the column's
    towns are listed in (``df``). Every other plan, and every country Faker has, as they were.

    Why: the table's country is known (phones, ids) or its towns say it, yet its places took the nearest real locale
    (Australia's for Papua New Guinea), whose towns Faker invents (``Bruceberg``)."""
    out = []
    for plan in plans:
        region = (country or "").upper()
        if plan.entity == "city" and not _fakeless(region) and df is not None and plan.column in df.columns:
            region = towns_country(df[plan.column].dropna().astype(str).head(2000).unique()) or ""
        if plan.entity == "city" and _fakeless(region) and not (plan.locale or "").upper().endswith(f"_{region}"):
            language = (plan.locale or "en").split("_")[0]
            plan = dataclasses.replace(plan, locale=f"{language}_{region}")
        out.append(plan)
    return out


def real_town_fakes(locale: str | None, values: Iterable[str]) -> bool:
    """A town column's fakes would be real towns: Faker lists the locale's (``de_DE``), or the locale is of a country
    listed here (``fr_GP``), or most of the column's towns are listed towns of one such country (``Le Gosier``,
    ``Le Moule`` under ``fr_FR`` -> Guadeloupe, :func:`keep_town_country` gives the plan that country).

    Why: a town column whose towns are each shared by many rows is kept as it is where the fakes would be invented
    towns (``replace._kept_town_column``). Overseas territories (Guadeloupe, Réunion, Guernsey) and small countries
    read as their mother country's locale (``fr_FR``, ``en_GB``), whose towns Faker invents, so a petition's 300 home
    towns of Guadeloupe were published as written (set 35, seen: its pipeline replay). Their real towns are listed
    here, so they are replaced by real towns of the same territory."""
    if gazetteers.has_real_towns(locale) or locale_country_towns(locale):
        return True
    return _fakeless(towns_country(values) or "")


def _fakeless(region: str) -> bool:
    """A country with listed towns and no Faker locale."""
    return bool(country_towns(region)) and not any(loc.endswith(f"_{region}") for loc in AVAILABLE_LOCALES)


@cache
def _all_index() -> frozenset[str]:
    return frozenset(
        key
        for region in COUNTRY_TOWNS
        for town in country_towns(region)
        for key in (town.casefold(), gazetteers.plain_form(town.casefold()))
    )


def is_country_town(value: str) -> bool:
    """Any listed town of these countries, people's names among them (``Livingstone``, ``Goma``): evidence only
    where the table already says town (an address block), never alone."""
    text = value.strip().casefold()
    return bool(text) and (text in _all_index() or gazetteers.plain_form(text) in _all_index())
