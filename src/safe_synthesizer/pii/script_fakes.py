"""Fakes for names and addresses written in non-Latin scripts, in the input's script and layout.

A name token's fake comes from the pool of its column's locale *in the token's own writing*:
katakana readings get katakana names (``サトウ`` -> ``タナカ``), romanised tokens in a Japanese or
Chinese column get romanised names, and a token whose script the locale does not write (Hangul in a
column guessed as ``en_US``) gets its script's locale. Full names keep their order: Chinese,
Korean and Japanese names (and Russian ``Фамилия Имя``) put the family name first, spaced or not.

Example::

    name_pool("first_name", "ヒロシ", "ja_JP")  # ("first_kana_name", "ja_JP")
    family_first("王秀英")  # ("王", "秀英")
"""

from __future__ import annotations

import re

import numpy as np

from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.script_locales import SCRIPT_LOCALES, value_locale
from safe_synthesizer.pii.validators.japanese import split_unspaced
from safe_synthesizer.pii.validators.scripts import (
    family_names,
    given_names,
    script_of,
    split_family_given,
)

# Locale -> script its Faker names are written in.
_LOCALE_SCRIPT = {"ja_JP": ("han", "hiragana"), "zh_CN": ("han",), "zh_TW": ("han",), "ko_KR": ("hangul",),
                  "ru_RU": ("cyrillic",), "uk_UA": ("cyrillic",), "ar_SA": ("arabic",), "th_TH": ("thai",),
                  "hi_IN": ("devanagari",)}  # fmt: skip
# Locales with romanised name pools (``first_romanized_name``).
_ROMANIZED = frozenset({"ja_JP", "zh_CN", "zh_TW"})


def name_pool(kind: str, token: str, locale: str | None) -> tuple[str, str | None]:
    """(Faker pool kind, locale) whose names are written like ``token`` (``kind``: ``first_name``...)."""
    script = script_of(token)
    if locale == "ja_JP" and script == "katakana":
        base = "first_kana_name" if kind.startswith("first_name") else "last_kana_name"
        return base + kind[len("first_name") :] if kind.startswith("first_name_") else base, locale
    if script is None:
        if locale in _ROMANIZED:  # "Hiroshi Sato" in a Japanese column
            romanized = kind.replace("first_name", "first_romanized_name").replace("last_name", "last_romanized_name")
            return romanized, locale
        if locale in SCRIPT_LOCALES:
            return kind, "en_US"
        return kind, locale
    if locale in _LOCALE_SCRIPT and script in _LOCALE_SCRIPT[locale]:
        return kind, locale
    own = value_locale(token)
    if script == "han" and own is None:
        own = locale if locale in ("zh_CN", "zh_TW", "ja_JP") else "zh_CN"
    if script == "cyrillic" and own is None:  # no letter of one alphabet only: the column's, else Russian
        own = locale if locale in ("ru_RU", "uk_UA") else "ru_RU"
    if own == "ja_JP" and locale != "ja_JP":  # katakana without a column locale (DP): still katakana
        return name_pool(kind, token, "ja_JP")
    return kind, own or locale


def family_first(value: str) -> tuple[str, str] | None:
    """(family, given) of a name written family name first, ``None`` for given-name-first names.

    Unspaced Chinese/Korean/Japanese names are split at a listed family name (``王秀英``,
    ``김민준``, ``山口花子``); spaced ones in a non-Latin script are family-first when their first
    word is a listed family name and a later one a listed given name (``Иванов Александр``,
    ``サトウ ヒロシ``).
    """
    text = value.strip()
    script = script_of(text)
    if script is None:
        return None
    words = [w for w in re.split(r"[\s\u3000]+", text) if w]
    if len(words) == 1:
        return split_family_given(text) or split_unspaced(text)
    if script in ("han", "hangul", "hiragana") or (script == "katakana" and len(words) == 2):
        return words[0], " ".join(words[1:])
    family, given = family_names(script), given_names(script)
    first, rest = words[0].lower(), [w.lower() for w in words[1:]]
    if first in family and first not in given and any(w in given for w in rest):
        return words[0], " ".join(words[1:])
    return None


_SEPARATORS = re.compile(r"\s*[,\n]\s*")


def script_address(pools: Pools, original: str, locale: str, rng: np.random.Generator) -> str:
    """A Faker address of ``locale`` in the original's layout: one line or comma-separated parts."""
    pool = pools.get("address", locale)
    fake = str(pool[rng.integers(0, len(pool))])
    separator = ", " if "," in original else "\n" if "\n" in original else " "
    return _SEPARATORS.sub(separator, fake.strip())
