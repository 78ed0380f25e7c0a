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
from safe_synthesizer.pii.script_lexicon import spaced_script_of
from safe_synthesizer.pii.script_locales import SCRIPT_LOCALES, value_locale
from safe_synthesizer.pii.text_name_tibetan import TIBETAN_LOCALE, is_tibetan
from safe_synthesizer.pii.validators.japanese import JA_POSTCODE_LEAD, split_unspaced
from safe_synthesizer.pii.validators.scripts import (
    family_names,
    given_names,
    script_of,
    split_family_given,
)

# Locale -> script its Faker names are written in.
_LOCALE_SCRIPT = {"ja_JP": ("han", "hiragana"), "zh_CN": ("han",), "zh_TW": ("han",), "ko_KR": ("hangul",),
                  "ru_RU": ("cyrillic",), "uk_UA": ("cyrillic",), "ar_SA": ("arabic",), "ar_AA": ("arabic",),
                  "ar_PS": ("arabic",), "fa_IR": ("arabic",), "th_TH": ("thai",), "hi_IN": ("devanagari",),
                  "ne_NP": ("devanagari",), "mr_IN": ("devanagari",), "he_IL": ("hebrew",), "ka_GE": ("georgian",),
                  "hy_AM": ("armenian",), "bn_BD": ("bengali",), "gu_IN": ("gujarati",), "or_IN": ("oriya",),
                  "ta_IN": ("tamil",), "si_LK": ("sinhala",)}  # fmt: skip
# Locales with romanised name pools (``first_romanized_name``).
_ROMANIZED = frozenset({"ja_JP", "zh_CN", "zh_TW"})


def name_pool(kind: str, token: str, locale: str | None) -> tuple[str, str | None]:
    """(Faker pool kind, locale) whose names are written like ``token`` (``kind``: ``first_name``...)."""
    if is_tibetan(token):  # no Faker locale writes Tibetan: the reader's own name elements (text_name_tibetan)
        return kind, TIBETAN_LOCALE
    # Hebrew, Georgian, Armenian and most Indic scripts are read by :mod:`.script_lexicon` only.
    script = script_of(token) or spaced_script_of(token)
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


# A Japanese address written largest part first: prefecture, municipality, district, then the block
# (``1丁目2番3号``, ``5-26-4``) and maybe a building after a space, comma or line break.
_JA_BLOCK_START = re.compile(r"[0-9０-９]|[一二三四五六七八九十]+丁目")
_JA_MUNICIPALITY = re.compile(r"^.+?(?:市.+?区|[市区郡](?:.+?[町村](?=.))?)")


def _ja_parts(place: str) -> tuple[str, str, str]:
    """(prefecture, municipality, district) of the place part of a Japanese address; missing ones ``""``."""
    from safe_synthesizer.pii.validators.japanese import prefectures

    prefecture = next((p for p in prefectures() if place.startswith(p)), "")
    rest = place[len(prefecture) :]
    m = _JA_MUNICIPALITY.match(rest)
    municipality = m.group(0) if m and len(m.group(0)) < len(rest) else ""
    return prefecture, municipality, rest[len(municipality) :]


def _redraw_digits(text: str, rng: np.random.Generator) -> str:
    """``text`` with each number redrawn at the same width and no leading zero (kanji and dashes kept)."""

    def one(m: re.Match) -> str:
        width = len(m.group())
        low = 10 ** (width - 1) if width > 1 else 1
        return str(int(rng.integers(low, 10**width)))

    return re.sub(r"\d+", one, text)


def japanese_address_like(pools: Pools, original: str, rng: np.random.Generator) -> str:
    """A fake Japanese address with the original's parts only: a block line stays a block line.

    ``北上野5-26-4`` -> ``京橋3-14-7``; ``渋谷区神南1丁目2番3号`` -> ``八王子市大京町4丁目7番1号``;
    ``〒150-0001 東京都渋谷区神宮前1丁目2番3号`` keeps the 〒 mark and gets a prefecture and a city too.
    Each part present in the original is drawn from Faker ``ja_JP`` (prefectures, cities, towns),
    numbers are redrawn at their width; a building part after a separator keeps its words.
    """
    text = original.strip()
    lead = JA_POSTCODE_LEAD.match(text)
    code = lead.group(0) if lead else ""
    body = text[len(code) :]
    head, sep, tail = ([*re.split(r"([,\n、 \u3000])", body, maxsplit=1), "", ""])[:3]
    start = _JA_BLOCK_START.search(head)
    place, block = (head[: start.start()], head[start.start() :]) if start else (head, "")
    prefecture, municipality, district = _ja_parts(place)

    def pick(kind: str) -> str:
        values = pools.get(kind, "ja_JP")
        return str(values[rng.integers(0, len(values))])

    fake = (pick("prefecture") if prefecture else "") + (pick("city") if municipality else "")
    fake += pick("town") if district or not (prefecture or municipality) else ""
    return _redraw_digits(code, rng) + fake + _redraw_digits(block, rng) + sep + _redraw_digits(tail, rng)
