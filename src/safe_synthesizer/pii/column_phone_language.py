"""Countries that write a column's language, and phone plans Faker has no locale for.

Why: ``098 435 8907`` is an Ecuadorian mobile and a Ukrainian one, written the same way. In a column read
as Spanish (``es_ES``, from its table's names), the column's country was looked for among the regions
Faker has a locale for, Ecuador was never tried, and the fakes came out Ukrainian: invalid in Ecuador
(set 22, seen: es_EC, es_CR, es_DO, pt_MZ, fr_SN at 0.77 valid fakes). Two fixes, both general:

* the countries that write the column's language, outside the commonly seen ones, are tried right after
  its own region, so they win a tie (a Spanish table's numbers that fit Ecuador and Ukraine equally are Ecuador's);
* every country ``phonenumbers`` has a plan for is a candidate, after the commonly seen ones; one Faker has
  no locale of is named by a locale of the column's language and that country (``es_EC``): a phone fake
  needs only the country (as :func:`locale_evidence.settle_country_locales` already does).

English says nothing about the country (it is written everywhere), so it names no sibling countries.

Example::

    language_regions("ES")  # ('PE', 'EC', 'GT', 'CU', 'BO', 'DO', ..., 'CR', ...)
    phone_locale("EC", "es_ES")  # 'es_EC'
"""

from __future__ import annotations

from functools import cache

import phonenumbers

from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, country_locale

# Countries where the language is the main written one (phone plans only: territories sharing a plan left out).
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR",
           "PA", "UY", "PR", "GQ"),
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"),
    "fr": ("FR", "BE", "CH", "LU", "MC", "CA", "SN", "CI", "CM", "ML", "BF", "NE", "GN", "BJ", "TG", "CD", "CG",
           "GA", "MG", "HT", "DZ", "MA", "TN", "RE", "GP", "MQ", "GF", "NC", "PF"),
    "ar": ("SA", "AE", "EG", "JO", "BH", "KW", "QA", "OM", "LB", "SY", "IQ", "YE", "DZ", "MA", "TN", "LY", "SD",
           "PS", "MR"),
    "de": ("DE", "AT", "CH", "LU", "LI"),
    "nl": ("NL", "BE", "SR", "AW", "CW", "SX"),
    "it": ("IT", "CH", "SM"),
    "sv": ("SE", "FI", "AX"),
    "ru": ("RU", "BY", "KZ", "KG"),
    "kk": ("KZ",),
    "ro": ("RO", "MD"),
    "el": ("GR", "CY"),
    "tr": ("TR", "CY"),
    "ms": ("MY", "BN", "SG"),
    "sw": ("KE", "TZ", "UG"),
    "zh": ("CN", "TW", "HK", "MO", "SG"),
    "sr": ("RS", "BA", "ME"),
    "hr": ("HR", "BA"),
}  # fmt: skip


def _language(locale: str | None) -> str | None:
    return locale.split("_")[0].lower() if locale and "_" in locale else None


@cache
def language_regions(region: str) -> tuple[str, ...]:
    """Countries outside the commonly seen phone regions that write the language of ``region``'s usual
    locale (``ES`` -> Peru, Ecuador, Costa Rica...; ``SA`` -> Bahrain before Qatar).

    Only those: a commonly seen country (:data:`COLUMN_PHONE_REGIONS`, Luxembourg, Chile...) is tried already,
    in the order of how often tables hold its numbers (Danish ``55 13 26 76`` beside German names stay Danish,
    though Luxembourg writes them too). Empty for English (written everywhere) and for unknown regions.
    """
    from safe_synthesizer.pii.validators.phones import FAKE_ONLY_REGIONS

    language = _language(country_locale(region))
    if language is None or language == "en":
        return ()
    seen = {*COLUMN_PHONE_REGIONS, *FAKE_ONLY_REGIONS, region}
    return tuple(r for r in LANGUAGE_REGIONS.get(language, ()) if r not in seen and r in phonenumbers.SUPPORTED_REGIONS)


@cache
def plan_only_regions() -> tuple[str, ...]:
    """Countries with a ``phonenumbers`` plan but no Faker locale (Ecuador, Senegal, Mozambique...), sorted.

    Tried after every country Faker has a locale for: a column's numbers are looked for there only
    when no commonly seen country explains them better.
    """
    from safe_synthesizer.pii.fake_phone_regions import faker_phone_regions

    known = set(faker_phone_regions())
    return tuple(
        sorted(
            r for r in phonenumbers.SUPPORTED_REGIONS if r not in known and len(r) == 2 and r.isalpha() and r != "ZZ"
        )
    )


def phone_locale(region: str, locale: str | None) -> str:
    """A locale naming ``region`` for a phone fake: Faker's (of ``locale``'s language when it has one), else
    ``locale``'s language with the country (``es_EC``), which is all a phone fake needs."""
    language = _language(locale)
    return country_locale(region, language) or f"{language or 'en'}_{region}"
