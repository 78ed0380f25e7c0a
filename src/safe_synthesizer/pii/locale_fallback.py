"""Which Faker locale writes a kind of fake for a locale whose own Faker provider is missing.

Why: Faker knows ``it_CH``, ``fr_BE``, ``es_VE``, ``de_LU``, ``en_PH``, ``mt_MT``... but ships no name or
address provider for several of them and then silently writes ``en_US`` values: a Ticino table's
names became ``Ryan Gallagher``, a Walloon table's towns ``Port Pascaltown``, a Venezuelan table's
streets ``0008 Sheila Light``. A fake of such a locale is drawn from the nearest locale that has the
provider: for names and streets one of the same language (``it_CH`` -> ``it_IT``, ``es_VE`` -> a Latin
American Spanish list), else of the same country; for towns, regions and postcodes only one of the same
country (``fr_BE`` -> ``nl_BE``: Belgian towns and four-digit codes; Colombian towns are no Venezuelan
fakes); ``None`` when there is none (the caller keeps its own fallback).

Example::

    provider_locale("it_CH", "last_name")  # "it_IT"
    provider_locale("fr_BE", "postcode")  # "nl_BE"
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from faker.config import AVAILABLE_LOCALES

# Faker provider package of each kind of pool value.
_PROVIDER = {
    "first_name": "person", "last_name": "person", "name": "person", "first_name_male": "person",
    "first_name_female": "person", "last_name_male": "person", "last_name_female": "person", "prefix": "person",
    "city": "address", "street_name": "address", "street_address": "address", "postcode": "address",
    "state": "address", "state_abbr": "address", "address": "address", "building_number": "address",
    "city_name": "address", "phone_number": "phone_number", "free_email_domain": "internet",
    "domain_name": "internet", "company": "company",
}  # fmt: skip
# Kinds only the country decides (its towns, regions, postcode layout): another country's are no fit.
_COUNTRY_ONLY = frozenset({"city", "city_name", "state", "state_abbr", "postcode", "phone_number"})
# The list a language's other countries borrow first (Latin American Spanish for es_VE, not Spain's).
_LANGUAGE_HOME = {"es": ("es_CO", "es_MX", "es_AR", "es_ES"), "en": ("en_US", "en_GB"), "it": ("it_IT",),
                  "fr": ("fr_FR",), "de": ("de_DE",), "nl": ("nl_NL",), "pt": ("pt_PT", "pt_BR")}  # fmt: skip
_NOT_PEOPLE = frozenset({"dk_DK", "fr_QC", "ng_NG", "la", "th", "ar_AA"})


@lru_cache(maxsize=1024)
def has_provider(locale: str, provider: str) -> bool:
    """Faker ships ``provider`` (``person``, ``address``...) for ``locale`` itself."""
    try:
        importlib.import_module(f"faker.providers.{provider}.{locale}")
    except ImportError:
        return False
    return True


def _same_language(locale: str, provider: str) -> list[str]:
    language = locale.split("_")[0]
    home = [loc for loc in _LANGUAGE_HOME.get(language, ()) if loc != locale]
    rest = sorted(loc for loc in AVAILABLE_LOCALES if loc.split("_")[0] == language and loc not in _NOT_PEOPLE)
    found = dict.fromkeys((*home, *rest))
    return [loc for loc in found if loc != locale and "_" in loc and has_provider(loc, provider)]


def _same_country(locale: str, provider: str) -> list[str]:
    region = locale.split("_")[-1]
    found = sorted(loc for loc in AVAILABLE_LOCALES if loc.endswith(f"_{region}") and loc not in _NOT_PEOPLE)
    return [loc for loc in found if loc != locale and has_provider(loc, provider)]


@lru_cache(maxsize=1024)
def provider_locale(locale: str, kind: str) -> str | None:
    """The locale whose Faker provider writes ``kind`` for ``locale``: ``locale`` itself when Faker has
    it (or ``kind`` is no known pool kind), else a sibling (see the module doc), else ``None``."""
    provider = _PROVIDER.get(kind)
    if provider is None or "_" not in locale or has_provider(locale, provider):
        return locale
    order = (_same_country,) if kind in _COUNTRY_ONLY else (_same_language, _same_country)
    for find in order:
        if found := find(locale, provider):
            return found[0]
    return None
