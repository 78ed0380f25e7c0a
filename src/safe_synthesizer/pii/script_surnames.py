"""Given and family names of a column cell in scripts whose Faker lists the column checks did not read, and
Slavic family names in Cyrillic told by their ending.

Why: the column checks (``first_name_known``, ``last_name_known``) read the name lists of a few scripts only
(Chinese, Korean, Russian/Ukrainian/Bulgarian Cyrillic, Greek, Arabic, Thai, Hindi), so a column of Armenian,
Georgian, Hebrew or Bengali given names (``Գաբրիել``, ``রুদ্র``) was no name column at all and was published as
written, even under a ``first name`` header, although :mod:`script_lexicon` holds those lists for text. And no
Faker locale lists Macedonian or Serbian names, yet Slavic family names are built from a few endings that given
names do not take: the adjective ``-ски``/``-ска`` (``Спасовска``, ``Ристовски``, ``Крстески``), the possessive
``-ов``/``-ова``/``-ев``/``-ева`` (``Коцева``, ``Чулев``), the patronymic ``-ић`` (``Јовановић``) and Ukrainian
``-енко``; Tajik ``-зода`` and Azeri/Uzbek ``-заде``/``-зада`` ("born of"). A word of five letters or more with one
of them is a family name, in any letter case.

Central Asian registers write such names beside given names no Faker list holds (``ШАРИПОВА, Мавзуна``,
``Бахтиёр Раҳимзода``): :func:`cyrillic_pair` reads a two-word name by its family name's ending, and counts the
capitals registers give the family name alone (``Фаридун НУРИДДИНЗОДА``) as a person's layout.

Example::

    lexicon_given_known("Գաբրիել")  # True (Faker hy_AM)
    lexicon_family_known("Երկանյան")  # True (Armenian -յան)
    cyrillic_surname_shaped("СПАСОВСКА")  # True
    cyrillic_pair("Мавзуна ШАРИПОВА")  # (2, "Мавзуна")
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.script_lexicon import (
    family_entries,
    given_entries,
    name_key,
    spaced_script_of,
    surname_shaped,
)

# Slavic family-name endings (adjectival -ски/-ска/-цки/-ски/-ский/-ська, possessive -ов/-ев/-ёв and their
# feminine -а, Serbian -ић, Ukrainian -енко). ``-ин``/``-ина`` stay out: given names end so too (Марина).
_CYRILLIC_SURNAME = re.compile(
    r"^[\u0400-\u04ff]{2,}(?:ски|ска|цки|цка|шки|шка|ский|ская|цкий|цкая|ський|ська|цький|цька|ов|ова|ев|ева|ёв|ёва|"
    r"ић|енко|зода|заде|зада)$"
)
# A shaped surname has letters before its ending (``Лев``, ``Ева`` are given names).
_MIN_SHAPED = 5
_WORD_SPLIT = re.compile(r"[\s,]+")


def cyrillic_surname_shaped(word: str) -> bool:
    """A Cyrillic word that ends as only Slavic family names do (``Спасовска``, ``КОЦЕВА``, ``Јовановић``)."""
    key = word.lower()
    return len(key) >= _MIN_SHAPED and bool(_CYRILLIC_SURNAME.match(key))


def _keyed_words(value: str) -> tuple[str | None, list[str]]:
    script = spaced_script_of(value)
    if script is None or script == "thai":  # Thai has its own lists in the column checks
        return None, []
    return script, [name_key(w) for w in _WORD_SPLIT.split(value.strip()) if w]


def lexicon_given_known(value: str) -> bool:
    """Every word of ``value`` is a listed given name of its spaced script (Armenian, Georgian, Hebrew,
    Arabic/Persian, Indic): the whole cell may also be one listed entry of several words."""
    script, words = _keyed_words(value)
    if script is None or not words:
        return False
    entries = given_entries(script)
    return tuple(words) in entries or all((w,) in entries for w in words)


def lexicon_family_known(value: str) -> bool:
    """Every word of ``value`` is a listed family name of its spaced script or ends as only family names do
    there (``-յան``, ``-შვილი``, ``-زاده``)."""
    script, words = _keyed_words(value)
    if script is None or not words:
        return False
    entries = family_entries(script)
    return tuple(words) in entries or all((w,) in entries or surname_shaped(w, script) for w in words)


_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)?$")
_ABBREVIATION = 3  # ``ООО``, ``ИП``: capitals this short are an abbreviation, not a family name


def _cased(word: str) -> str | None:
    """``upper``, ``title`` or ``lower`` for a Cyrillic word written so, else ``None``."""
    if not _CYRILLIC_WORD.match(word):
        return None
    if word.isupper():
        return "upper" if len(word) > _ABBREVIATION else None
    if word[0].isupper() and word[1:].replace("-", "").islower():
        return "title"
    return "lower" if word.islower() else None


def cyrillic_pair(mention: str) -> tuple[int, str | None]:
    """(grade, given word) of a two-word Cyrillic name read by its family name: grade 2 when the given name is
    listed or the family name alone is in capitals beside a capitalised given name (a register's layout),
    1 when a family-shaped word stands beside one other word of the same case, 0 otherwise. An initial and a
    family-shaped word (``Б. Асанов``) is grade 2 with no given word."""
    words = mention.split()
    if len(words) != 2:
        return 0, None
    first, second = words
    if len(first) == 2 and first[1] == "." and first[0].isupper() and _cased(second) in ("title", "upper"):
        return (2, None) if cyrillic_surname_shaped(second) else (0, None)
    cases = (_cased(first), _cased(second))
    if None in cases or cyrillic_surname_shaped(first) == cyrillic_surname_shaped(second):
        return 0, None
    family, given = (first, second) if cyrillic_surname_shaped(first) else (second, first)
    given_case, family_case = (cases[1], cases[0]) if family is first else cases
    if family_case == "upper" and given_case == "title":
        return 2, given
    if given_case != family_case or len(given) < 2:
        return 0, None
    return (2 if V.first_name_known(given) else 1), given
