"""Pools of Faker values (names, streets, towns, postcodes...) that fakes are picked from.

Building values with Faker one by one is slow; a pool of a few thousand distinct values per
(locales, seed, kind) is built once per process and picked from with numpy. Pools hold only
generated values, never data.

Example::

    Pools(["en_GB"], seed=0).get("city")[:2]  # array(['Port Lucy', 'Lake Andrewmouth'], dtype=object)
"""

from __future__ import annotations

import importlib
import re
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from faker import Faker

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii.column_towns import own_towns
from safe_synthesizer.pii.fake_places import own_places
from safe_synthesizer.pii.locale_fallback import provider_locale
from safe_synthesizer.pii.text_name_tibetan import TIBETAN_LOCALE, tibetan_name_pool
from safe_synthesizer.pii.validators.scripts import ARABIC_TOWNS

POOL_SIZE = 3000


@lru_cache(maxsize=128)
def pool(locales: tuple[str, ...], seed: int, kind: str) -> np.ndarray:
    """Distinct Faker values of one kind (names, streets, cities, domains); cached per process.

    Each pool has its own Faker seeded from (seed, kind), so its content does not depend on which
    pools were built before.
    """
    if locales == (TIBETAN_LOCALE,) and kind.startswith(("first_name", "last_name", "name")):
        return np.array(tibetan_name_pool(), dtype=object)  # Tibetan names in their script (no Faker locale)
    if len(locales) == 1 and (locales[0], kind) in _STATIC:
        return np.array(sorted(_STATIC[(locales[0], kind)]), dtype=object)
    if len(locales) == 1 and kind == "city" and (towns := own_towns(locales[0])):
        return np.array(sorted(towns), dtype=object)  # Faker invents English towns there (``New John``)
    if len(locales) == 1 and (places := own_places(locales[0], kind)):
        return np.array(sorted(places), dtype=object)  # Malta, Nigeria, Venezuela: no Faker addresses
    if len(locales) == 1 and kind == "street_address" and own_places(locales[0], "street_name"):
        rng = np.random.default_rng(seed * 1_000_003 + zlib.crc32(kind.encode()))
        names = pool(locales, seed, "street_name")
        return np.array(sorted({_numbered(str(n), int(k), locales[0]) for n, k in
                                zip(names[rng.integers(0, len(names), 600)], rng.integers(1, 200, 600), strict=True)}),
                        dtype=object)  # fmt: skip
    if len(locales) == 1 and (near := provider_locale(locales[0], kind)) and near != locales[0]:
        # Faker has no such provider for the locale and would write en_US values (it_CH names).
        return pool((near,), seed, kind)
    faker = Faker(list(locales))
    _stable_lists(faker)
    faker.seed_instance(seed * 1_000_003 + zlib.crc32(kind.encode()))
    method: Callable[[], str] | None = getattr(faker, _KIND_ALIASES.get((locales[0], kind), kind), None)
    if kind in _REGION_KINDS and len(locales) == 1 and locales[0] not in _OWN_STATES:
        # Locales without ``state`` (ja_JP, zh_CN, ko_KR...) name theirs otherwise; ar_SA's are US states.
        method = next((getattr(faker, k) for k in _REGION_KINDS[kind] if hasattr(faker, k)), None)
    if method is None:  # the locale has no such kind (en_GB has no states): fall back to en_US
        return pool(("en_US",), seed, kind) if locales != ("en_US",) else np.array(["Unknown"], dtype=object)
    if kind == "first_name" and len(locales) == 1 and _placeholder_first_names(locales[0]):
        # Faker vi_VN's ``first_names`` is ``("John", "Jane")``; its gendered lists are the real ones.
        method = lambda: faker.first_name_male() if faker.random.random() < 0.5 else faker.first_name_female()  # noqa: E731
    size = {"state": 200, "state_abbr": 200, "free_email_domain": 60, "tld": 60}.get(kind, POOL_SIZE)
    # Dedupe, keep first-seen order: determinism does not depend on set ordering.
    values = list(dict.fromkeys(str(method()) for _ in range(size)))
    if (locales[0], kind) in _KIND_ALIASES:
        values = list(dict.fromkeys(re.sub(r"\s*\([^)]*\)$", "", v) for v in values))
    # A fake that reads as a missing value (the Piedmont town ``None``) would come back as an empty
    # cell from any CSV reader: such values are left out of every pool.
    values = [v for v in values if not is_missing_word(v)] or values
    out = np.array(values, dtype=object)
    out.flags.writeable = False
    return out


@lru_cache(maxsize=256)
def _placeholder_first_names(locale: str) -> bool:
    """Faker's plain first-name list of ``locale`` is a stub beside its gendered lists (vi_VN)."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return False
    plain = getattr(provider, "first_names", ())
    gendered = [*(getattr(provider, "first_names_male", ()) or ())]
    gendered += [*(getattr(provider, "first_names_female", ()) or ())]
    return isinstance(plain, (list, tuple)) and len(plain) < 5 and len(gendered) >= 10


def _numbered(street: str, number: int, locale: str) -> str:
    """A street line with its house number where the country writes it (``12, Triq San Pawl`` in Malta,
    ``12 Allen Avenue`` in Nigeria, ``Avenida Bolívar 12`` in Venezuela)."""
    if locale.startswith("mt_"):
        return f"{number}, {street}"
    return f"{number} {street}" if locale.startswith("en_") else f"{street} {number}"


def is_missing_word(value: str) -> bool:
    """``value`` is a word CSV readers take for a missing value (pandas' defaults: ``None``, ``NA``...)."""
    return value.strip() in MISSING_WORDS


#: pandas' default missing-value strings (``read_csv``'s ``na_values``), exactly as it matches them.
MISSING_WORDS = frozenset({"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
                           "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"})  # fmt: skip


def _stable_lists(faker: Faker) -> None:
    """Sort the string lists Faker picks from, on this instance's providers only.

    Some are built from a set at import (Faker ``it_IT``'s towns: ``list({...})``), so their order,
    and every seeded pick from them, changes with ``PYTHONHASHSEED``: the same config and seed gave
    other towns in a new process. A uniform pick from a sorted list has the same distribution and
    the same result in every process. Tuples are written out in Faker's source (fixed order) and
    weighted choices are dicts (insertion order): both are left alone.
    """
    for provider in faker.get_providers():
        for name in dir(type(provider)):
            if name.startswith("_"):
                continue
            value = getattr(type(provider), name, None)
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                setattr(provider, name, sorted(value))


# Region pools by the names locales give them (first found wins); locales whose ``state`` is their own.
_REGION_KINDS = {
    "state": ("state", "prefecture", "province", "administrative_unit", "region", "estado_nome"),
    "state_abbr": ("estado_sigla", "province_abbr", "state_abbr"),
}
_OWN_STATES = frozenset({"en_US", "en_IN", "hi_IN", "es_MX", "en_AU", "de_DE", "de_AT", "pt_BR"})
# Faker's Arabic towns are English templates with Arabic names glued in: a list of real towns instead.
_STATIC = {("ar_SA", "city"): ARABIC_TOWNS}
# Faker's Russian and Ukrainian ``city`` carries a settlement type and region (``клх Листвянка (Иркут.)``).
_KIND_ALIASES = {("ru_RU", "city"): "city_name", ("uk_UA", "city"): "city_name"}


class Pools:
    """Component pools for one mapper's locales and seed."""

    def __init__(self, locales: Sequence[str], seed: int) -> None:
        self.locales = tuple(locales)
        self.seed = seed

    def get(self, kind: str, locale: str | None = None) -> np.ndarray:
        """Pool of ``kind`` for ``locale`` (the mapper's locale list when None)."""
        return pool((locale,) if locale else self.locales, self.seed, kind)

    def shared_words(self, kind: str, locale: str | None = None) -> frozenset[str]:
        """Words many entries of that pool share (see :func:`shared_words`)."""
        return shared_words((locale,) if locale else self.locales, self.seed, kind)


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def letter_words(text: str) -> list[str]:
    """The lower-case words of ``text`` made of letters only (numbers, ``_`` and punctuation dropped): how a
    street's words are compared, in a pool (``shared_words``) and between a fake and its original."""
    return _LETTER_WORD.findall(text.lower())


@lru_cache(maxsize=64)
def shared_words(locales: tuple[str, ...], seed: int, kind: str) -> frozenset[str]:
    """Lower-case words that many entries of a pool share: street types (``utca``, ``calle``,
    ``intrarea``, ``street``), which a fake may repeat without giving an original street away."""
    entries = pool(locales, seed, kind)
    counts = Counter(w for entry in entries for w in set(letter_words(str(entry))))
    floor = max(3, len(entries) // 20)
    return frozenset(w for w, n in counts.items() if n >= floor)


@lru_cache(maxsize=32)
def postcodes_by_layout(locales: tuple[str, ...], seed: int) -> dict[str, list[str]]:
    """Pool postcodes grouped by layout (``SW1A 1AA`` -> ``AA9A 9AA``), with and without spaces."""
    out: dict[str, list[str]] = {}
    for p in pool(locales, seed, "postcode"):
        code = str(p).upper()
        out.setdefault(code.translate(B._LAYOUT), []).append(code)
    for layout, codes in list(out.items()):
        if " " in layout:
            out.setdefault(layout.replace(" ", ""), []).extend(c.replace(" ", "") for c in codes)
    return out
