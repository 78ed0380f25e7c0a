"""Person-name findings whose values are phrases of ordinary words around a name: a salon's services, a tattoo
studio's designs, prizes, appliances.

Why: a salon's ``Service`` column (``The Audrey blow-dry``, ``Vidal Sassoon bob``, ``Gents cut``, ``Root tint``), a
tattoo studio's ``Design`` (``Frida Kahlo portrait``, ``Koi half sleeve``), a raffle's ``Prize`` (``Meal for two``,
``Signed shirt``) or a boiler's make (``Vaillant ecoTEC``) holds a few famous names and capitalised words, so the
learned classifier, which reads words, can take it for people. What a person's name never holds is a common word in
lower case beside capitalised ones: a name is capitalised word by word (``Ana Pereira``), or all in lower case or
capitals (a typed-up list), and its only lower-case words are particles and links (``van der Berg``, ``Ahmad bin
Ismail``, ``Ana e Luis``, ``Anna Weber née Schulz``). When many of a column's distinct values are such mixed
phrases, the column is a category of products or services named after people, not people: the finding is dropped.
Words in brackets are read past (``Anna Weber (mother)``, ``Hamper (Miller family)``).

Example::

    phrase_named_columns(df, {"c006": det_name})
    # ["c006"]  -- The Audrey blow-dry, Vidal Sassoon bob, Gents cut, Root tint, Keratin
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.gazetteers import all_street_words
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = ["is_mixed_phrase", "phrase_named_columns"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_ROWS = 2000
# Share of the distinct values that must be mixed phrases, and how many at least: a column of people has none but
# for a stray note (``Voir notes``) among its names.
MIN_PHRASE_SHARE = 0.4
MIN_PHRASES = 2

# Lower-case words a person's name (or a couple's) may hold: particles, patronymic links, conjunctions of couples
# in the languages the tables use, maiden-name and relation words.
_NAME_LINKS = frozenset(
    {
        # particles
        "van", "von", "vom", "zu", "zum", "zur", "der", "den", "de", "del", "dela", "della", "dei", "degli", "di",
        "da", "do", "dos", "das", "du", "des", "la", "le", "les", "lo", "ter", "ten", "te", "het", "op", "in", "af",
        "av", "mac", "mc", "nic", "ni", "ní", "ua", "ap", "ab", "st", "við", "úr",
        # patronymic links
        "bin", "binti", "bint", "bte", "bt", "ibn", "ben", "bat", "al", "el", "ould", "ag", "abu", "umm",
        # couples and families
        "and", "und", "et", "en", "og", "och", "ja", "és", "si", "și", "ve", "oder", "or", "ou", "family",
        "familie", "famille", "familia", "famiglia", "household",
        # maiden names, relations, aliases, academic degrees (``Dr. med.``)
        "née", "nee", "geb", "geborene", "born", "dit", "dite", "aka", "alias", "jr", "sr", "jnr", "snr", "per",
        "co", "wid", "vda", "viuda", "vve", "ép", "épouse", "med", "rer", "nat", "phil", "jur", "dent", "vet",
        "habil", "dipl",
    }
)  # fmt: skip
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _lower_word(word: str) -> bool:
    """A common word in lower case: no capital anywhere, two letters or more, no particle or link, no listed
    given or family name (a name typed in lower case by mistake: ``Ana pereira``)."""
    if len(word) < 2 or word != word.lower() or word == word.upper() or word in _NAME_LINKS:
        return False
    return not (V.first_name_known(word) or V.last_name_known(word))


def _capital_word(word: str) -> bool:
    return word[:1].isupper()


def is_mixed_phrase(value: str) -> bool:
    """``value`` is a phrase of a capitalised word and a common word in lower case (``The Audrey blow-dry``,
    ``Gents cut``), not a name (``Ana Pereira``, ``van der Berg``, ``ana pereira``, ``Ahmad bin Ismail``) nor an
    address or a town (a digit, a comma, a street word in lower case, a town's marked form: ``rue Boillat 3``,
    ``Fairview, near Lobamba clinic``, ``pl. Staffa``, ``San Dulce los bajos``)."""
    if any(ch.isdigit() or ch == "," for ch in value) or V.has_place_marker(value):
        return False
    words = _WORD.findall(_BRACKETS.sub(" ", value))
    parts = [p for w in words for p in w.replace("’", "'").split("-") if p]
    # A phrase opens with a capital (``Gents cut``); a lower-case first word is a place's type (``rue Boillat``,
    # ``село Олевськ``) or a particle (``van der Berg``).
    if len(parts) < 2 or not _capital_word(parts[0]):
        return False
    lower = [w.split("'")[0] for w in parts if _lower_word(w.split("'")[0])]
    return bool(lower) and not any(w in all_street_words() for w in lower)


def phrase_named_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose distinct values are mostly mixed phrases."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        values -= not_known_keys(sorted(values), E.NAME)  # ``keine Angabe``, ``sin datos``: no value
        phrases = sum(map(is_mixed_phrase, values))
        if values and phrases >= MIN_PHRASES and phrases >= MIN_PHRASE_SHARE * len(values):
            out.append(column)
    return out
