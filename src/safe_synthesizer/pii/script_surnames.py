"""Given and family names of a column cell in scripts whose Faker lists the column checks did not read, and
Slavic family names in Cyrillic told by their ending.

Why: the column checks (``first_name_known``, ``last_name_known``) read the name lists of a few scripts only
(Chinese, Korean, Russian/Ukrainian/Bulgarian Cyrillic, Greek, Arabic, Thai, Hindi), so a column of Armenian,
Georgian, Hebrew or Bengali given names (``Գաբրիել``, ``রুদ্র``) was no name column at all and was published as
written, even under a ``first name`` header, although :mod:`script_lexicon` holds those lists for text. And no
Faker locale lists Macedonian or Serbian names, yet Slavic family names are built from a few endings that given
names do not take: the adjective ``-ски``/``-ска`` (``Спасовска``, ``Ристовски``, ``Крстески``), the possessive
``-ов``/``-ова``/``-ев``/``-ева`` (``Коцева``, ``Чулев``), the patronymic ``-ић`` (``Јовановић``) and Ukrainian
``-енко``. A word of five letters or more with one of them is a family name, in any letter case.

Example::

    lexicon_given_known("Գաբրիել")  # True (Faker hy_AM)
    lexicon_family_known("Երկանյան")  # True (Armenian -յան)
    cyrillic_surname_shaped("СПАСОВСКА")  # True
"""

from __future__ import annotations

import re

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
    r"ић|енко)$"
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
