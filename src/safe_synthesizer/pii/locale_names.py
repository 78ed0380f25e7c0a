"""Which country a column of names comes from, over every Faker locale that lists names.

Why: the column locale voted only among the seven detect locales (and six fallbacks), so a Danish
column (``Søren Kjærgaard``, ``Mette Jensen``) was named German, a Slovene or Latvian one German,
a Portuguese one Spanish; their fakes were then another country's names, and the table's towns and
phones followed. Here every Faker name list votes: a word shared by many lists spreads its vote
over them (each holder's share in proportion to how common the word is in its list), so a word only
one country lists decides the most.

Lists are grouped into *families* whose names one cannot tell apart: the English-speaking West
(en_US, en_GB, en_AU...), German (de_DE, de_AT, de_CH...), French, Spanish, Italian and Dutch; every
other list is grouped by its country (``yo_NG``, ``ig_NG`` and ``en_NG`` are Nigeria). When one of the
six language families wins, the caller keeps its own finer vote (en_US vs en_GB), so the first
seven locales' choices do not move; otherwise the winning country's locale is named.

Example::

    wide_name_votes(["Søren Kjærgaard", "Mette Jensen"], "name").most_common(1)  # [("da_DK", ...)]
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES, case_forms, plain_form

#: Families of name lists that say a language, not a country (their detect locale's vote decides).
LANGUAGE_FAMILIES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "en_IE", "ga_IE", "en"),
    "de": ("de_DE", "de_AT", "de_CH", "de_LI", "de_LU", "de"),
    "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA"),
    "es": ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_CA"),
    "it": ("it_IT",),
    "nl": ("nl_NL", "nl_BE"),
    # Not told apart by the detect vote: the family's best list names the locale.
    "pt": ("pt_BR", "pt_PT"),
}
#: Families whose detect locale's finer vote decides (en_US vs en_GB): the first seven locales' languages.
DETECT_FAMILIES = frozenset({"en", "de", "fr", "es", "it", "nl"})
_FAMILY_OF = {loc: fam for fam, locs in LANGUAGE_FAMILIES.items() for loc in locs}
# Faker locales that copy another's lists (``dk_DK`` is ``da_DK``, ``fr_QC`` is ``fr_CA``) or are too
# small or not a people's names (``la``: Latin words, ``es``: two names).
_SKIPPED = frozenset({"dk_DK", "fr_QC", "la", "es", "th", "ng_NG"})
_FIRST = ("first_names", "first_names_male", "first_names_female")
_LAST = ("last_names", "last_names_male", "last_names_female", "male_last_names", "female_last_names")


def family(locale: str) -> str:
    """The family a locale's names belong to: a language (``en``, ``de``...) or a country (``DK``)."""
    return _FAMILY_OF.get(locale) or locale.split("_")[-1].upper()


def _weighted(provider, attributes: tuple[str, ...], forms_of: dict[str, set[str]]) -> dict[str, float]:
    """Case form -> the highest share of the lists' weight a name with that word has (``forms_of``: the case
    forms of each word met so far, shared by the calls of one index: the locales' lists repeat most names)."""
    out: dict[str, float] = {}
    for attribute in attributes:
        values = getattr(provider, attribute, None)
        if not values or isinstance(values, (str, property)) or callable(values):
            continue  # some providers compute a list (a property on the class)
        items = values.items() if isinstance(values, dict) else ((v, 1.0) for v in values)
        pairs = [(str(k), float(w)) for k, w in items]
        total = sum(w for _, w in pairs) or 1.0
        for name, weight in pairs:
            for word in name.replace("-", " ").split():
                forms = forms_of.get(word)
                if forms is None:
                    forms = forms_of[word] = case_forms(word, plain=True)
                for form in forms:
                    out[form] = max(out.get(form, 0.0), weight / total)
    return out


@lru_cache(maxsize=1)
def name_index() -> dict[str, dict[str, tuple[float, float]]]:
    """Word -> {locale: (how common it is among the locale's first names, among its last names)}."""
    index: dict[str, dict[str, tuple[float, float]]] = {}
    forms_of: dict[str, set[str]] = {}
    for locale in sorted(AVAILABLE_LOCALES):
        if locale in _SKIPPED:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        first, last = _weighted(provider, _FIRST, forms_of), _weighted(provider, _LAST, forms_of)
        for word in first.keys() | last.keys():
            if word not in TITLES and word not in PARTICLES and len(word) > 1:
                index.setdefault(word, {})[locale] = (first.get(word, 0.0), last.get(word, 0.0))
    return index


def _words(value: str) -> list[str]:
    out = []
    for word in value.replace(",", " ").replace("-", " ").split():
        low = word.lower().strip(".")
        if low and low not in TITLES and low not in PARTICLES:
            out.append(low)
    return out


def wide_name_votes(values: Sequence[str], entity: str) -> Counter[str]:
    """Votes per locale of every Faker name list for ``values`` (``entity``: name, first_name, last_name)."""
    index = name_index()
    part = {"first_name": 0, "last_name": 1}.get(entity)
    votes: Counter[str] = Counter()
    for value in values:
        for word in _words(value):
            found = index.get(word) or index.get(plain_form(word)) or {}
            holders = {loc: (w[part] if part is not None else max(w)) for loc, w in found.items()}
            total = sum(holders.values())
            for locale, weight in holders.items():
                if weight:
                    votes[locale] += weight / total
    return votes


def family_votes(votes: Counter[str]) -> Counter[str]:
    """``votes`` summed per :func:`family`."""
    out: Counter[str] = Counter()
    for locale, n in votes.items():
        out[family(locale)] += n
    return out


def country_name_votes(values: Sequence[str], entity: str) -> Counter[str] | None:
    """Votes per family, keyed by the family's best locale, when a country's (or Portuguese) family wins; ``None``
    when a detect language's family (:data:`DETECT_FAMILIES`) wins or no list holds the words.

    Example::

        country_name_votes(["Søren Kjærgaard", "Mette Jensen"], "name")  # Counter({"da_DK": ..., ...})
    """
    votes = wide_name_votes(values, entity)
    families = family_votes(votes)
    if not families:
        return None
    top = families.most_common(1)[0][0]
    if top in DETECT_FAMILIES:
        return None
    out: Counter[str] = Counter()
    for fam, n in families.items():
        members = [loc for loc in votes if family(loc) == fam]
        out[max(members, key=lambda loc: (votes[loc], loc))] += n
    return out
