"""Prose or entity: does a text cell say more than the address (or name) inside it?

A note such as ``Visited 12 High Street, Leeds LS1 4AB; call 0113 496 0000 if worse.`` holds a whole
address, so address checks that search a value find one; yet most of its words belong to no entity.
Such a column is free text: only the entities inside are replaced, and the prose around them stays.
Replacing each cell by one fake address would lose the prose (and leave nothing of the note).

The words that tell prose apart are lower-case words of two or more letters that no address uses:
street types and unit words of every vocabulary locale (``rue``, ``calle``, ``apt``), particles of
street and person names (``de``, ``van``, ``dos``) are part of addresses and do not count.

Example::

    is_prose_value("Visited 12 High Street, Leeds LS1 4AB; call 0113 496 0000 if worse.")  # True
    is_prose_value("12 rue de la Paix, 75002 Paris")  # False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.utils.scripts import HAN, KANA

# A cell needs this many prose words (besides its entities) to be prose; addresses have none or one
# ("bei", "c/o"), sentences around an address have several ("visited", "call", "if", "worse").
MIN_PROSE_WORDS = 3
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšţťūůűųźżž]{2,}(?![\w'’\-])")
# Words of addresses that the street vocabularies lack: particles, unit and floor words, "near" words.
_ADDRESS_WORDS = frozenset(
    ["de", "del", "della", "di", "da", "das", "dos", "do", "du", "des", "la", "le", "les", "el", "los", "las", "van",
     "von", "der", "den", "het", "ter", "ten", "zu", "am", "an", "im", "in", "af", "och", "og", "y", "e", "et", "und",
     "bei", "c/o", "apt", "apto", "apartamento", "appt", "piso", "puerta", "int", "interno", "scala", "bis",
     "esc", "izq", "dcha", "dto", "lok", "lgh", "hs", "ii", "sala", "casa", "bloco", "lote", "quadra", "andar",
     "etage", "stock", "eg", "part", "esq", "no", "nr", "lt", "kv", "of", "the", "st", "rd", "nd", "th"]
)  # fmt: skip


@lru_cache(maxsize=1)
def _address_vocabulary() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteers.all_street_words()) | _ADDRESS_WORDS


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Stop words of the main Latin-script languages (spaCy's lists), less address words."""
    words: set[str] = set()
    for lang in ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "pl", "cs", "fi", "tr"):
        try:
            module = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"])
        except ImportError:  # spaCy is the optional 'pii' extra: all-lower-case cells then never count as prose
            continue
        words |= {w.lower() for w in module.STOP_WORDS}
    return frozenset(words) - _address_vocabulary()


def prose_words(value: str) -> int:
    """Number of lower-case words in ``value`` that no address is written with.

    In a cell without capitals (``calle de lino córdoba 73``) case tells nothing, so only function
    words of a language (``if``, ``and``, ``with``) count there.
    """
    vocabulary = _address_vocabulary()
    words = [m.group() for m in _LOWER_WORD.finditer(value) if m.group() not in vocabulary]
    if not any(ch.isupper() for ch in value):
        function = _function_words()
        return sum(1 for w in words if w in function)
    return len(words)


# Chinese and Japanese write sentences without spaces: their sentence punctuation (，。) around a
# dozen ideographs/kana marks a note; addresses and names in those scripts carry none.
_UNSPACED_SENTENCE = re.compile(r"[，。！？；]")
_UNSPACED_LETTER = re.compile(f"[{KANA}{HAN}]")
MIN_UNSPACED_LETTERS = 12


def is_unspaced_sentence(value: str) -> bool:
    """``value`` is punctuated as a Chinese/Japanese sentence around 12+ ideographs/kana."""
    return bool(_UNSPACED_SENTENCE.search(value)) and len(_UNSPACED_LETTER.findall(value)) >= MIN_UNSPACED_LETTERS


def is_prose_value(value: str) -> bool:
    """``value`` has :data:`MIN_PROSE_WORDS` or more words outside any address, or is a
    Chinese/Japanese sentence: a sentence."""
    return is_unspaced_sentence(value) or prose_words(value) >= MIN_PROSE_WORDS


def prose_share(values: Sequence[str]) -> float:
    """Share of the non-empty ``values`` that are prose."""
    values = [v for v in values if isinstance(v, str) and v.strip()]
    return sum(map(is_prose_value, values)) / len(values) if values else 0.0
