"""Person-name findings that are animal breeds: ``Jack Russell``, ``Border Collie``, ``Maine Coon``, ``Labrador``.

Why: a kennel's, a vet's or a shelter's ``Breed`` column holds breeds named after people (``Jack Russell``, ``King
Charles``, ``Gordon Setter``) and two-word breeds shaped like a given name and a surname (``Border Collie``), so a
check that reads words (the learned classifier above all) takes it for people. No person's name carries a breed word
(``terrier``, ``spaniel``, ``collie``, ``retriever``), while many of a breed column's distinct values do; a header
naming the breed in any language the sets use (``Breed``, ``Rasse``, ``Raza``, ``Razza``, ``Ras``, ``Raça``) says
the same. Those findings are dropped, whatever found them.

Example::

    breed_named_columns(df, {"c006": det_name})
    # ["c006"]  -- Jack Russell, Border Collie, Labrador, Cocker Spaniel
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import tokens
from safe_synthesizer.pii.gazetteers import plain_form

__all__ = ["breed_named_columns", "has_breed_word"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_ROWS = 2000
# Share of the distinct values that carry a breed word: a column of people has none.
MIN_BREED_SHARE = 0.3

# Words no person's name carries. Breed words that are also surnames (Boxer, Pointer, Cross, Shepherd, Berger,
# Pastor(e), Herder, Spitz, Coon, Akita, Shiba) are left out; the phrases below hold their breeds.
_BREED_WORDS = frozenset(
    {
        "terrier", "spaniel", "collie", "retriever", "labrador", "poodle", "beagle", "dachshund", "husky",
        "bulldog", "pug", "rottweiler", "chihuahua", "setter", "hound", "mastiff", "schnauzer", "labradoodle",
        "cockapoo", "cavapoo", "persian", "siamese", "ragdoll", "sphynx", "shorthair", "longhair", "tabby",
        "mongrel", "moggy", "lurcher", "whippet", "greyhound", "weimaraner", "vizsla", "malinois", "dobermann",
        "doberman", "staffie", "staffordshire", "pinscher", "corgi", "bichon", "yorkie", "shih", "tzu",
        "lhasa", "apso", "samoyed", "pomeranian", "dalmatian", "bernese", "newfoundland", "maltipoo",
        "schaferhund", "dackel", "pudel", "mischling", "teckel", "caniche", "bouledogue", "epagneul",
        "batard", "mestizo", "mestiza", "meticcio", "bassotto", "barboncino",
        "tekkel", "poedel", "kruising", "srd", "owczarek",
    }
)  # fmt: skip
# Breeds named after people, whole: their words are all names.
_BREED_PHRASES = frozenset(
    {"jack russell", "king charles", "saint bernard", "st bernard", "gordon setter", "german shepherd", "maine coon",
     "pastor aleman", "pastore tedesco", "berger allemand", "duitse herder"}
)  # fmt: skip
_HEADER_WORDS = frozenset({"breed", "breeds", "rasse", "raza", "razza", "ras", "raca", "rasa", "rotu", "fajta"})
_SPACE = re.compile(r"[\s\-/]+")


def has_breed_word(value: str) -> bool:
    """``value`` names an animal breed: it holds a breed word or starts with a breed named after people."""
    text = plain_form(value).strip().lower()
    if any(text.startswith(phrase) for phrase in _BREED_PHRASES):
        return True
    return any(word in _BREED_WORDS for word in tokens(_SPACE.sub(" ", text)))


def breed_named_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose header or values say they are animal breeds."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        if tokens(str(column)) & _HEADER_WORDS:
            out.append(column)
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        if values and sum(map(has_breed_word, values)) >= MIN_BREED_SHARE * len(values):
            out.append(column)
    return out
