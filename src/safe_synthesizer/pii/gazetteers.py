"""Offline word lists for names and places, taken from Faker's locale providers.

Faker ships first/last name lists and state lists for many locales inside the wheel, so they work
without network. The lists are unioned over a fixed set of Latin-script locales (name coverage of
real data improves a lot over ``en_US`` alone) and cached lower-cased.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "es_ES", "es_MX", "fr_FR", "de_DE",
    "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "fi_FI", "no_NO",
)  # fmt: skip
STATE_LOCALES = ("en_US", "en_CA", "en_AU", "es_MX", "en_IN", "de_DE", "pt_BR")

TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr", "ii", "iii", "iv"})

_EXTRA_STREET_SUFFIXES = (
    "st", "ave", "av", "rd", "blvd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "ter", "cir", "sq",
    "trl", "way", "strasse", "straße", "rue", "calle", "via", "avenida", "road", "lane", "drive",
)  # fmt: skip


def _provider(kind: str, locale: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except (ImportError, AttributeError):
        return None


def _collect(kind: str, locales: tuple[str, ...], attributes: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for locale in locales:
        provider = _provider(kind, locale)
        for attribute in attributes:
            values = getattr(provider, attribute, None) if provider is not None else None
            for value in values or ():
                # Some providers store (abbreviation, name) pairs.
                items = value if isinstance(value, tuple) else (value,)
                words.update(str(v).lower() for v in items)
    return frozenset(words)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names of the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names", "first_names_male", "first_names_female"))


@lru_cache(maxsize=1)
def male_first_names() -> frozenset[str]:
    """Lower-cased first names listed as male in the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names_male",))


@lru_cache(maxsize=1)
def female_first_names() -> frozenset[str]:
    """Lower-cased first names listed as female in the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names_female",))


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """Lower-cased last names of the name locales."""
    return _collect("person", NAME_LOCALES, ("last_names",))


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """Lower-cased state/province names and abbreviations (US, CA, AU, MX, IN, DE, BR)."""
    words = set(
        _collect("address", STATE_LOCALES, ("states", "provinces", "states_abbr", "province_abbrs", "provinces_abbr"))
    )
    words |= set(_collect("address", ("en_US",), ("territories_abbr", "military_state_abbr")))
    words |= {"district of columbia", "puerto rico"}
    return frozenset(words)


@lru_cache(maxsize=1)
def street_suffixes() -> frozenset[str]:
    """Lower-cased street-type words (``street``, ``ave``, ``boulevard``...)."""
    words = set(_collect("address", ("en_US", "en_GB", "en_CA", "en_AU"), ("street_suffixes",)))
    words |= set(_EXTRA_STREET_SUFFIXES)
    return frozenset(words)
