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
    provider_locale("ro_PG", "city")  # "en_AU": Papua New Guinea writes English, no Romanian
    nearest_locale("AW", ["is"])  # "nl_NL"

Countries Faker has no locale of at all (Papua New Guinea, Aruba, Benin, Qatar...) take the real locale nearest in
language and region (:data:`NEAREST`): ``en_PG`` -> ``en_AU``, ``pap_AW`` -> ``nl_NL``, ``fr_BJ`` -> ``fr_FR``. A
table's name columns may vote a language the country does not write (Papua New Guinean surnames are in no Faker list
and read as Romanian, Aruban ones as Icelandic): such a locale (``ro_PG``) takes the country's nearest locale, never
the unrelated language's (Romanian streets and towns for Port Moresby).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
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

#: Countries Faker has no locale of: the languages they write, each with the real locale nearest in language and
#: region (the first is the country's default). Arabic countries take Faker's Arabic locales (``ar_SA``'s towns are
#: a real list), francophone Africa and the Maghreb France's forms (Algeria's own ``fr_DZ`` where Faker has it),
#: the Pacific Australia's or New Zealand's, the Dutch Caribbean the Netherlands', lusophone Africa Portugal's.
_NEAREST_GROUPS = (
    ("PG SB VU FJ NR KI", "en:en_AU"),
    ("TO WS CK NU TV", "en:en_NZ"),
    ("AW CW SX BQ SR", "nl:nl_NL pap:nl_NL en:en_US"),
    ("BJ SN CI ML BF NE TG GN GA CG CD CF TD MG DJ KM HT MC PF NC MU RE GP MQ GF YT PM", "fr:fr_FR"),
    ("CM RW BI SC", "fr:fr_FR en:en_GB"),
    ("MA TN", "fr:fr_FR ar:ar_DZ"),
    ("LY QA KW OM YE IQ SY SD MR", "ar:ar_SA en:en_GB"),
    ("LB", "ar:ar_JO fr:fr_FR en:en_US"),
    ("BM BS JM TT BB BZ GY KY VG AG LC GD VC DM KN TC AI MS GI FK SH", "en:en_GB"),
    ("GH SL GM UG TZ ZM ZW MW BW NA LS SZ SS ER", "en:en_GB"),
    ("LR PR GU AS MP VI MH FM PW", "en:en_US"),
    ("BT", "dz:en_IN en:en_IN"),
    ("MV", "dv:en_IN en:en_IN"),
    ("AO MZ CV GW ST TL MO", "pt:pt_PT"),
    ("BO PY UY EC PE SV HN NI CR PA DO CU GT", "es:es_MX"),
    ("GQ", "es:es_ES fr:fr_FR"),
    ("AD", "ca:es_ES es:es_ES fr:fr_FR"),
    ("SM VA", "it:it_IT"),
)
NEAREST: dict[str, tuple[tuple[str, str], ...]] = {
    region: tuple(tuple(pair.split(":")) for pair in options.split())  # type: ignore[misc]
    for regions, options in _NEAREST_GROUPS
    for region in regions.split()
}
# Kinds whose fake is of the table's country alone: a phone's region is its own (the fakes dial the country).
_OWN_REGION_ONLY = frozenset({"phone_number"})


def nearest_locale(region: str, languages: Iterable[str] = ()) -> str | None:
    """The real Faker locale nearest to a country Faker has no locale of (:data:`NEAREST`): the one of the first
    of ``languages`` the country writes, else the country's default; ``None`` for a country not listed.

    Example::

        nearest_locale("CM", ["en"])  # "en_GB"
        nearest_locale("PG", ["ro"])  # "en_AU"
    """
    options = NEAREST.get((region or "").upper())
    if not options:
        return None
    own = dict(options)
    return next((own[lang] for lang in languages if lang in own), options[0][1])


def writes_language(region: str, locale: str | None) -> bool:
    """``locale``'s language is one ``region`` writes, as far as :data:`NEAREST` knows: False only for a country Faker
    has no locale of and a language it does not write (``PG`` and ``ro_RO``: names that voted Romanian).

    Example::

        writes_language("PG", "ro_RO")  # False
        writes_language("DE", "tr_TR")  # True (a country Faker has: its people's names are their own)
    """
    options = NEAREST.get((region or "").upper())
    if not options or not locale:
        return True
    return locale.split("_")[0] in dict(options)


def _nearest_for(locale: str) -> str | None:
    """The nearest real locale of ``locale`` when its country is one of :data:`NEAREST` (``ro_PG`` -> ``en_AU``)."""
    language, _, region = locale.rpartition("_")
    return nearest_locale(region, [language]) if region.upper() in NEAREST else None


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
    if kind not in _OWN_REGION_ONLY and (near := _nearest_for(locale)):
        # A country Faker has no locale of: its nearest real one, whatever language its names voted (and that
        # one's own sibling where it lacks the provider: en_AU has no names of its own, ar_SA no streets).
        return near if has_provider(near, provider) else provider_locale(near, kind) or near
    order = (_same_country,) if kind in _COUNTRY_ONLY else (_same_language, _same_country)
    for find in order:
        if found := find(locale, provider):
            return found[0]
    return None
