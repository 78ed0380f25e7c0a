"""Locales of PII values: which Faker locale a column's values look like, and locale rules.

Fakes are written in the locale of the column (``ColumnPlan.locale`` when the detector set it,
else :func:`guess_locale` from the values, else the first of ``replace_pii.globals.locales``): a
UK phone becomes another valid UK phone, a German name a German name, a Dutch postcode a Dutch
postcode.

Example::

    guess_locale("phone_number", ["0121 496 0628", "020 7946 0958"], default="en_US")  # 'en_GB'
    region_of("de_DE")  # 'DE'
    is_valid_postcode("SW1A 1AA", "en_GB")  # True
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii.formats import PHONE_EXTENSION_TAIL

#: Locales with locale-specific fakes (names, streets, towns, postcodes, phones) and tests.
SUPPORTED_LOCALES: tuple[str, ...] = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")

#: Phone region -> Faker locale (a fake phone is a valid number of the region, in the same layout).
REGION_LOCALES: dict[str, str] = {
    "US": "en_US", "CA": "en_CA", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES",
    "IT": "it_IT", "NL": "nl_NL", "BR": "pt_BR", "IN": "en_IN", "JP": "ja_JP", "PL": "pl_PL",
    "SE": "sv_SE", "PT": "pt_PT", "AU": "en_AU", "NZ": "en_NZ", "IE": "en_IE", "AT": "de_AT", "CH": "de_CH",
    "BE": "nl_BE", "DK": "da_DK", "NO": "no_NO", "FI": "fi_FI", "MX": "es_MX", "CZ": "cs_CZ",
    "CN": "zh_CN", "TW": "zh_TW", "HK": "zh_TW", "KR": "ko_KR", "RU": "ru_RU", "UA": "uk_UA", "SA": "ar_SA",
    "AE": "ar_SA", "TH": "th_TH", "TR": "tr_TR", "GR": "el_GR", "RO": "ro_RO", "LT": "lt_LT", "SK": "sk_SK",
    "HU": "hu_HU", "HR": "hr_HR", "SI": "sl_SI", "BG": "bg_BG", "EE": "et_EE", "LV": "lv_LV",
    "IS": "is_IS", "CL": "es_CL", "PH": "en_PH", "LU": "de_LU",
}  # fmt: skip

#: Regions tried when a phone number carries no country code (the column's own region first).
PHONE_REGIONS: tuple[str, ...] = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "PL", "SE")
#: Regions a whole phone column is also tried in when its numbers are not valid in its locale's
#: region (a Portuguese or Australian column): its fakes are then valid numbers of that region.
COLUMN_PHONE_REGIONS: tuple[str, ...] = (*PHONE_REGIONS, "PT", "AU", "NZ", "IE", "AT", "CH", "BE", "DK", "NO", "FI",
                                         "MX", "CZ", "CA", "TR", "GR", "RO", "LT", "SK", "HU", "HR", "SI", "BG",
                                         "UA", "RU")  # fmt: skip
#: Regions a national number's locale is also looked for in (not its detection: more regions
#: would make more digit strings "possible" numbers): Asia, Cyrillic and Arabic countries, the Americas.
LOCALE_PHONE_REGIONS: tuple[str, ...] = (*PHONE_REGIONS, "CA", "MX", "CN", "TW", "HK", "KR", "RU", "UA", "SA", "AE",
                                         "TH")  # fmt: skip
#: Regions a national number's *locale vote* spreads over: every country whose numbers a table may hold.
#: A bare ``02 214 555 62`` (Bratislava) is valid in Taiwan too; tried only where Taiwan was, it voted zh_TW
#: and a Slovak table got Taiwanese names and towns. Spread over both, it decides nothing, and the table's
#: other evidence (IBAN, ids, e-mail domains, names) says where it is from.
VOTE_PHONE_REGIONS: tuple[str, ...] = tuple(
    dict.fromkeys((*LOCALE_PHONE_REGIONS, *COLUMN_PHONE_REGIONS, "IS", "EE", "LV", "LU", "CL", "PH",
                   # Countries Faker names (own lists here where it has none): a national number valid there
                   # votes for them too (an Argentine or Vietnamese column was named Spain or the US).
                   "AR", "CO", "VE", "NG", "VN", "ID", "MT"))
)
# Faker locales that copy another (``dk_DK`` is ``da_DK``) or name no country's people.
_NOT_COUNTRY_LOCALES = frozenset({"dk_DK", "fr_QC", "ng_NG", "la", "en", "es", "de", "th", "sw", "ar_AA"})
# Written region codes that are not ISO's (``UK`` in e-mail domains and some IBAN-like exports).
_REGION_ALIASES = {"UK": "GB"}

_UK = r"(?:GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
#: Well-formed postcode per locale (shape, not existence).
POSTCODE_PATTERNS: dict[str, re.Pattern[str]] = {
    "en_US": re.compile(r"\d{5}(?:-\d{4})?"),
    "en_GB": re.compile(_UK, re.IGNORECASE),
    "de_DE": re.compile(r"\d{5}"),
    "fr_FR": re.compile(r"\d{5}"),
    "es_ES": re.compile(r"(?:0[1-9]|[1-4]\d|5[0-2])\d{3}"),
    "it_IT": re.compile(r"\d{5}"),
    "nl_NL": re.compile(r"[1-9]\d{3} ?[A-Z]{2}", re.IGNORECASE),
    "en_IN": re.compile(r"[1-9]\d{2} ?\d{3}"),
    "ja_JP": re.compile(r"〒?\s?\d{3}-?\d{4}"),
    "zh_CN": re.compile(r"\d{6}"),
    "zh_TW": re.compile(r"\d{3}(?:\d{2,3})?"),
    "ko_KR": re.compile(r"\d{5}"),
    "ru_RU": re.compile(r"\d{6}"),
    "uk_UA": re.compile(r"\d{5}"),
    "th_TH": re.compile(r"[1-9]\d{4}"),
    "pt_BR": re.compile(r"\d{5}-?\d{3}"),
    "es_MX": re.compile(r"\d{5}"),
    "en_CA": re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", re.IGNORECASE),
    "fr_CA": re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", re.IGNORECASE),
}
#: A postcode at the end of an address (distinctive layouts only: UK and Dutch).
_POSTCODE_TAIL = {
    "en_GB": re.compile(rf"\b{_UK}\s*$", re.IGNORECASE),
    "nl_NL": re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b"),
}


def region_of(locale: str) -> str:
    """Phone region of a Faker locale (``en_GB`` -> ``GB``); ``US`` when it has none."""
    region = locale.split("_")[-1].upper()
    return region if len(region) == 2 and region.isalpha() else "US"


def locale_of_region(region: str | None) -> str | None:
    """Faker locale for a phone region, ``None`` when not supported."""
    return REGION_LOCALES.get((region or "").upper())


@lru_cache(maxsize=512)
def country_locale(region: str | None, language: str | None = None) -> str | None:
    """The Faker locale of a country (a phone, IBAN, e-mail or id region): one of ``language`` when
    Faker has it (``CH`` + ``it`` -> ``it_CH``, ``BE`` + ``fr`` -> ``fr_BE``), else the country's usual
    one (:data:`REGION_LOCALES`), else the one Faker has (``NG`` -> ``en_NG``, ``VN`` -> ``vi_VN``).

    One map for every caller (the column votes and the fakes' phone regions), so a country does not
    name one locale here and another there.

    Example::

        country_locale("BE", "fr")  # "fr_BE"
        country_locale("MT")  # "mt_MT"
    """
    from faker.config import AVAILABLE_LOCALES

    code = (region or "").upper()
    code = _REGION_ALIASES.get(code, code)
    if len(code) != 2:
        return None
    own = sorted(loc for loc in AVAILABLE_LOCALES if loc.endswith(f"_{code}") and loc not in _NOT_COUNTRY_LOCALES)
    if language and (same := [loc for loc in own if loc.split("_")[0] == language]):
        return same[0]
    return REGION_LOCALES.get(code) or (own[0] if own else None)


def is_valid_postcode(value: str, locale: str) -> bool:
    """``value`` has the postcode layout of ``locale`` (locales without a rule accept anything)."""
    pattern = POSTCODE_PATTERNS.get(locale)
    return True if pattern is None else bool(pattern.fullmatch(value.strip()))


# A trailing extension opened by a word of another language (``poste 1388``, ``interno 47``, ``Durchwahl 12``).
_LOCAL_EXTENSION = re.compile(rf"(?i){PHONE_EXTENSION_TAIL}\s*$")


def parse_phone(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    """Parse a written phone number (``00`` prefix and ``(0)`` trunk allowed); ``None`` if unparsable."""
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:].lstrip("-. ")
    if _LOCAL_EXTENSION.search(text):  # ``poste 1388``: phonenumbers reads only English extension words
        text = _LOCAL_EXTENSION.sub(r" ext. \g<digits>", text)
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def phone_region_of(value: str, regions: Sequence[str]) -> str | None:
    """First region (of ``regions``; any for ``+``-numbers) where ``value`` is a valid number."""
    for region in regions:
        parsed = parse_phone(value, region)
        if parsed is not None and phonenumbers.is_valid_number(parsed):
            return phonenumbers.region_code_for_number(parsed)
        if value.lstrip().startswith(("+", "00")):
            return None
    return None


@lru_cache(maxsize=16)
def _name_lists(locale: str) -> frozenset[str]:
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return frozenset()
    names: set[str] = set()
    for attr in ("first_names", "last_names", "first_names_male", "first_names_female"):
        names.update(str(n).lower() for n in getattr(provider, attr, ()))
    return frozenset(names)


def _best(votes: Counter[str], n: int, min_share: float) -> str | None:
    if not votes or not n:
        return None
    locale, count = votes.most_common(1)[0]
    return locale if count / n >= min_share else None


def guess_locale(entity: str, values: Sequence[str], default: str = "en_US", *, sample: int = 300) -> str:
    """The Faker locale ``values`` of ``entity`` look like; ``default`` when the values do not say.

    Phones vote by the region where they are valid numbers (``default``'s region first), postcodes
    and addresses by distinctive postcode layouts (UK, Dutch), names by the locale name lists
    (only when clearly better than ``default``'s list).

    Example::

        guess_locale("name", ["Hans Müller", "Greta Schmidt", "Jürgen Weber"])  # 'de_DE'
    """
    values = [str(v) for v in values[:sample] if str(v).strip()]
    if not values:
        return default
    found: str | None = None
    if entity in ("phone_number", "fax_number"):
        regions = (region_of(default), *(r for r in PHONE_REGIONS if r != region_of(default)))
        votes = Counter(locale_of_region(phone_region_of(v, regions)) for v in values)
        votes.pop(None, None)
        found = _best(votes, len(values), 0.5)  # type: ignore[arg-type]
    elif entity in ("postcode", "address", "street_address", "free_text"):
        votes = Counter()
        for v in values:
            for locale, pattern in _POSTCODE_TAIL.items():
                if pattern.search(v):
                    votes[locale] += 1
                    break
        found = _best(votes, len(values), 0.5)
    elif entity in ("name", "first_name", "last_name"):
        tokens = [[t.lower() for t in re.split(r"[\s,\-]+", v) if t] for v in values]
        scores = {
            loc: sum(all(t in _name_lists(loc) for t in ts) for ts in tokens if ts) / len(values)
            for loc in SUPPORTED_LOCALES
        }
        best = max(scores, key=lambda loc: scores[loc])
        if scores[best] >= 0.5 and scores[best] >= scores.get(default, 0.0) + 0.25:
            found = best
    return found or default
