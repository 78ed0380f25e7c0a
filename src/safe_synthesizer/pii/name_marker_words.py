"""Words that mark a person's name in the cultures whose name lists are thin: filial links (Turkic ``улы`` /
``кызы``, ``oğlu`` / ``qızı``, Arabic ``بن`` / ``بنت``, Malay ``bin`` / ``binti``, Welsh ``ap`` / ``ferch``, Gaelic
``mac`` / ``nic``, Hebrew ``בן`` / ``בת``), the Sikh middle names ``Singh`` / ``Kaur`` in Gurmukhi, Devanagari,
Shahmukhi and Latin, the Indic ``Kumar`` / ``Kumari`` / ``Devi`` / ``bhai`` / ``ben`` middle words, and the Ethiopic
compound-name heads (``ገብረ`` servant of, ``ወልደ`` son of, ``ኃይለ`` power of, ``ተክለ`` plant of).

Why: Faker lists no Punjabi names in Gurmukhi and no Tatar, Bashkir or Kyrgyz names, so a column of ``ਜਸਪ੍ਰੀਤ ਕੌਰ
ਬਰਾੜ``, ``ਸੁਖਵਿੰਦਰ ਸਿੰਘ`` or ``Ринат Камил улы Нуриев`` has no listed word at all, and the structure readers saw a
word in half the cells, always in the same slot, and took the column for a category (set 46 pa_IN: 3 person
columns of 5 missed). These words are a CLOSED class of each culture's naming (a handful per language, not its
names): standing after a first word they say "a person" as strongly as a listed name does, whatever the names
around them, and a column where they recur is a column of people, not of a category. They are no identifier
either: a fake keeps them in place (a woman's ``ਕੌਰ``, a son's ``улы``) and takes the gender they tell.

A marker counts only after the core's first word (``ਸਿੰਘ`` alone, or ``Kumar`` first, is a name like any other).

Example::

    marker_gender("ਕੌਰ"), marker_gender("улы"), marker_gender("Nuriev")   # ("f", "m", None)
    marked_core(("ਜਸਪ੍ਰੀਤ", "ਕੌਰ", "ਬਰਾੜ"))                              # True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = [
    "AMBIGUOUS_LATIN",
    "FILIAL",
    "MARKERS",
    "SIKH_MIDDLE",
    "is_marker",
    "marked_core",
    "marked_share",
    "marker_gender",
]

_M, _F, _ANY = "m", "f", ""

# Filial links: "son of" / "daughter of", written as a word of their own after (Turkic) or before (Arabic, Malay,
# Celtic, Hebrew) the father's name. The word BEFORE a Turkic link is the father's given name.
_FILIAL_MALE = (
    "улы", "ұлы", "уулу", "оглы", "оглу", "оғлу", "угли", "ўғли", "uly", "ulı", "uulu", "ogly", "oğlu", "oglu",
    "o'g'li", "o‘g‘li", "ugli", "bin", "ibn", "بن", "ابن", "ap", "ab", "mac", "ua", "בן",
)  # fmt: skip
_FILIAL_FEMALE = (
    "кызы", "қызы", "ҡыҙы", "кизи", "қизи", "gyzy", "qızı", "qizi", "kızı", "kizi", "kyzy", "binti", "bint", "bte",
    "بنت", "ferch", "verch", "nic", "ní", "ni", "uí", "בת",
)  # fmt: skip
# Turkic filial links follow the father's name (``Камил улы``); the others precede it (``bin Ahmad``).
TURKIC_AFTER = frozenset(
    {"улы", "ұлы", "уулу", "оглы", "оглу", "оғлу", "угли", "ўғли", "uly", "ulı", "uulu", "ogly", "oğlu", "oglu",
     "o'g'li", "ugli", "кызы", "қызы", "ҡыҙы", "кизи", "қизи", "gyzy", "qızı", "qizi", "kızı", "kizi", "kyzy"}
)  # fmt: skip
# Middle words of the subcontinent's names: Sikh Singh / Kaur, Kumar / Kumari, Devi, Gujarati bhai / ben, in the
# scripts they are written in.
_MIDDLE_MALE = (
    "ਸਿੰਘ", "सिंह", "سنگھ", "সিংহ", "સિંહ", "singh", "ਕੁਮਾਰ", "कुमार", "কুমার", "કુમાર", "ભાઈ", "भाई", "bhai",
)  # fmt: skip
_MIDDLE_FEMALE = (
    "ਕੌਰ", "कौर", "کور", "kaur", "ਕੁਮਾਰੀ", "कुमारी", "কুমারী", "ਦੇਵੀ", "देवी", "দেবী", "દેવી", "બેન", "बेन", "devi",
    "kumari",
)  # fmt: skip
# Heads of Ethiopic and Eritrean compound names (servant of, son of, power of, plant of, gift of), Persian ``زاده``
# (born of) written apart: a name word follows or precedes them, no gender.
_COMPOUND_HEADS = ("ገብረ", "ወልደ", "ኃይለ", "ሃይለ", "ተክለ", "ኪዳነ", "ወልደ", "ዘርአ", "زاده")

# The Sikh middle names in the Indic scripts: the only middle words that name a person in running text too (``भाई``
# brother, ``देवी`` goddess, ``कुमार`` boy are common words of a sentence).
SIKH_MIDDLE = frozenset({"ਸਿੰਘ", "ਕੌਰ", "सिंह", "कौर", "সিংহ", "સિંહ"})
MARKERS: dict[str, str] = {
    **dict.fromkeys(_COMPOUND_HEADS, _ANY),
    **dict.fromkeys(_FILIAL_MALE + _MIDDLE_MALE, _M),
    **dict.fromkeys(_FILIAL_FEMALE + _MIDDLE_FEMALE, _F),
}
FILIAL = frozenset(_FILIAL_MALE + _FILIAL_FEMALE)
_EDGE = "\"'“”‘’«»„.,;:!?()[]{}-–—_*·•"
# Short Latin links that are common words or names elsewhere (``ni``, ``ua``, ``ap``, ``ab``, ``mac``, ``bin``): a
# marker in lower case only (``Ben`` is a given name, not a link, and is no marker at all).
_WEAK_LATIN = frozenset({"ni", "ní", "ua", "uí", "ap", "ab", "mac", "nic", "bin", "ibn", "bint", "bte"})
# Latin links that are common words of European languages too (German ``ab``, French ``ni``, English ``bin``,
# ``mac``): a note reader takes none of them without other evidence (the name readers know their own particles).
AMBIGUOUS_LATIN = frozenset({"ni", "ní", "ua", "uí", "ap", "ab", "mac", "nic", "bin"})


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip(_EDGE)).casefold().replace("’", "'")


def is_marker(word: str) -> bool:
    """``word`` is a naming marker of some culture (module docstring), in any letter case but the weak Latin links,
    which count in lower case only.

    >>> is_marker("ਸਿੰਘ"), is_marker("КЫЗЫ"), is_marker("Ni"), is_marker("Hall")
    (True, True, False, False)
    """
    key = _key(word)
    if key not in MARKERS:
        return False
    return key not in _WEAK_LATIN or word.strip(_EDGE).islower()


def marker_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for a marker that tells the person's (or, for a filial link, the child's) gender, ``""`` for
    one that tells none, ``None`` for a word that is no marker."""
    return MARKERS[_key(word)] if is_marker(word) else None


def marked_core(words: Sequence[str]) -> bool:
    """Two words or more with a marker after the first word and a word that is no marker beside it: a person's name
    by its culture's closed words (``ਜਸਪ੍ਰੀਤ ਕੌਰ``, ``Ринат Камил улы Нуриев``, ``ገብረ መድህን ታደሰ``: an Ethiopic
    head counts first too, a name word after it)."""
    if len(words) < 2:
        return False
    plain = [not is_marker(w) for w in words]
    if not any(plain):
        return False
    if any(is_marker(w) for w in words[1:]):
        return True
    return marker_gender(words[0]) == _ANY and plain[1]


def marked_share(cores: Sequence[Sequence[str]]) -> float:
    """Share of the distinct ``cores`` (a column's cells as word tuples) that are :func:`marked_core`."""
    distinct = list(dict.fromkeys(tuple(c) for c in cores))
    if not distinct:
        return 0.0
    return sum(marked_core(c) for c in distinct) / len(distinct)
