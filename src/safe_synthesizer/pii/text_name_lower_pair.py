"""Where a lower-case person name starting at a word ends, for rules whose cue already says a person follows.

The cue rules of :mod:`text_name_lower_offices`, :mod:`text_name_lower_alias` and :mod:`text_name_lower_deposit`
know from the word before that a person is named next (``Chair``, ``ran as``, ``bei``); what is left is to read
the words: a given name then a family name as :func:`text_name_lower_memo.lower_name_end` reads them
(``michelle rivera``, ``sina kohl-stroh``, ``alicia van duyvenvoorde``, ``gaspar lópez godoy``), or, as Hungarian
writes them, a family name then a given name (``kiss erzsébet``, ``szalai anna``): a listed family name (an
English word such as ``kiss`` too) before a given name no vocabulary holds, or a family name no vocabulary holds
before any listed given name. One word alone is never enough here: a cue word followed by a single listed name
is most often prose (``Chair will``, ``ran as fast``).

The given-name and family-name lists hold many words of the languages (``clair``, ``alta``, ``massa``, ``rey``,
``pelle``), and the vocabularies of :mod:`text_name_lower_words` drop a word of a language once any list names
someone so; after a cue of a note not in English that lets ``presidente alta francisco`` and ``déposé chez clair
claire`` through. So the first word of the name may be no word of any of Faker's word lists (names left in:
``sam``, ``rosa`` and ``abril`` are lost, the cue rules are the careful side), and a later word one only when it
is a listed family name (``eleanor hart``, ``katherine short``).

Example::

    tokens = word_tokens("Chair michelle rivera thanked all")
    pair_end(text, tokens, 1)  # 2: tokens 1..2 are the name
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from safe_synthesizer.pii.text_name_lower_memo import lower_name_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind

__all__ = ["pair_end", "word_tokens"]


_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ten",
                        "ter", "vom", "zu", "'t", "bin", "binti", "bint"))  # fmt: skip


@lru_cache(maxsize=1)
def language_words() -> frozenset[str]:
    """Every word of Faker's word lists (all locales), lower case, names left in."""
    import faker.providers.lorem as lorem

    words: set[str] = set()
    for info in pkgutil.iter_modules(lorem.__path__):
        try:
            module = importlib.import_module(f"faker.providers.lorem.{info.name}")
        except ImportError:  # pragma: no cover - Faker ships these
            continue
        words |= {w.lower() for w in getattr(module.Provider, "word_list", ())}
    return frozenset(words)


def _spaced(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return bool(gap) and gap.strip(" \t") == ""


def _backward(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A family name then a given name (Hungarian order), both lower case."""
    family, given = tokens[i][2], tokens[i + 1][2]
    f, g = family_kind(family), given_kind(given)
    if not f or not g or given_kind(family) == "strong":
        return False
    return (f in ("strong", "word") and g == "strong") or (f == "strong" and g == "weak")


def _second_family(text: str, tokens: list[tuple[int, int, str]], j: int) -> int:
    """``maximino corominas plaza,``: a listed family name after the pair that ends the clause is the second
    family name of Spanish and Portuguese names, also when it is a word (``plaza``, ``prieto``)."""
    k = j + 1
    if k >= len(tokens) or not _spaced(text, tokens[j][1], tokens[k][0]):
        return j
    word = tokens[k][2]
    if not word.islower() or function_word(word) or family_kind(word) not in ("strong", "word"):
        return j
    rest = text[tokens[k][1] : tokens[k][1] + 1]
    return k if rest in ("", ",", ".", ";", ":", ")", "!", "?", "\n") else j


def pair_end(text: str, tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the last token of a lower-case name that starts at token ``i``, or ``None`` (module docstring)."""
    if i + 1 >= len(tokens):
        return None
    word = tokens[i][2]
    if not word.islower() or function_word(word) or not _spaced(text, tokens[i][1], tokens[i + 1][0]):
        return None
    if not tokens[i + 1][2].islower():
        return None
    j = lower_name_end(text, tokens, i) if given_kind(word) else None
    if j is None and _backward(tokens, i):
        j = i + 1
    if j is None:
        return None
    j = _second_family(text, tokens, j)
    # The first word is no word of any language; a family name after it may be one if a list holds it.
    words = language_words()
    if word in words:
        return None
    if any(w in words and not family_kind(w) for _, _, w in tokens[i + 1 : j + 1] if w not in _PARTICLES):
        return None
    return j
