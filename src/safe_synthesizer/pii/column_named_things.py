"""Person (and town) findings that are things named after people: works by their composer, tables, plots and
prizes named after someone, bikes and pianos by their maker.

Why: a choir's ``Current work`` (``Fauré Requiem``, ``Handel Messiah``, ``Karl Jenkins Armed Man``), a wedding's
``Table`` (``Table Byron``, ``Top table``, ``Grace Kelly``), an allotment society's ``Site`` (``Wilhelmina Plots``,
``Lady Margaret Allotments``) or a club's ``Award`` (``Jim Hart Memorial Trophy``) holds composers', poets' and
benefactors' names, so the name rules and the learned classifier, which read the listed words, take it for people;
a bike shop's ``Bike`` (``Claud Butler hybrid``, ``Giant e-bike``) was even read as towns. What no person's name
(nor a town's) holds is the word of the thing's kind: a work's form (requiem, mass, oratorio, symphony), a table,
a plot or allotment, a trophy or prize, a product's kind (piano, sofa, e-bike). When a share of a column's distinct
values carry such a word, the column is a category of things, not people: the finding is dropped, whatever found
it. Words that are also listed given names (``Gloria``, ``Sonata``) count only after another word (``Rutter
Gloria``, never ``Gloria Pérez``); family names of the same spelling (``Mesa``, ``Masa``) count only when they open
a value of two words or more (``Mesa Lorca``, never ``Carlos Mesa``). In a column whose values repeat (a
category), famous people's names count too (:mod:`famous_people`: ``Grace Kelly``, ``Elgar``): tables and rooms
are named after them, customers only by chance.

Example::

    thing_named_columns(df, {"c012": det_name, "c002": det_first})
    # ["c012"]  -- Fauré Requiem, Handel Messiah, Vivaldi Gloria, Haydn Creation
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import finding_cells
from safe_synthesizer.pii.famous_people import is_famous_name
from safe_synthesizer.pii.gazetteers import plain_form

__all__ = ["has_thing_word", "thing_named_columns"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_TOWN = frozenset({E.CITY})
# Share of the distinct values (and how many at least) that must carry a thing's word: a column of people has none
# but for a rare collision (a ``Gloria`` among given names).
MIN_THING_SHARE = 0.4
MIN_THINGS = 2
# Rows per distinct value from which a column is a category (tables, works, sites repeat; customers do not).
MIN_REPEATS = 2.0

# Forms of musical and literary works, in the languages the tables use (accents folded).
_WORK_WORDS = frozenset(
    {
        "requiem", "mass", "messe", "missa", "messa", "msza", "magnificat", "messiah", "messias", "oratorio",
        "oratorium", "cantata", "kantate", "passion", "passione", "pasion", "creation", "schopfung", "symphony",
        "symphonie", "sinfonie", "concerto", "konzert", "vespers", "vesper", "vespro", "visperas", "stabat",
        "deum", "jubilate", "exsultate", "nocturne", "prelude", "praludium", "fugue", "fuge", "overture",
        "ouverture", "serenade", "chorale", "anthem", "anthems", "hymn", "hymns", "psalm", "psalms", "motet",
        "motets", "lieder", "songbook", "rhapsody", "variations", "polonaise", "mazurka", "waltz", "walzer",
        "cantique", "oratorios", "symphonies", "concertos", "sonatas",
    }
)  # fmt: skip
# Tables of a seating plan, plots of an allotment site, prizes and trophies, products by their kind. (``Ward``,
# ``Block``, ``House``, ``Grant``, ``Court``, ``Lodge``: too common as family names, left out; street and place
# words are left out too: a street column misread as people is not a category of things.)
_KIND_WORDS = frozenset(
    {
        "table", "tables", "tisch", "tavolo", "tafel", "stol", "asztal", "poyta",
        "plots", "allotment", "allotments", "kleingarten", "kleingartenanlage", "schrebergarten", "volkstuin",
        "volkstuinen", "koloniehave", "kolonihage", "koloniträdgård", "kolonitradgard", "orti", "huertos",
        "trophy", "trophies", "award", "awards", "prize", "prizes", "medal", "scholarship", "bursary", "cup",
        "site", "piano", "pianos", "upright", "sofa", "settee", "armchair", "chair", "lounger", "dresser", "wardrobe",
        "bike", "bikes", "ebike", "hybrid", "folding", "mtb", "tandem", "roadbike", "fahrrad",
        "bici", "bicicleta", "bicicletta", "fiets",
    }
)  # fmt: skip
THING_WORDS = _WORK_WORDS | _KIND_WORDS
# Thing words that are also listed given names: a thing's word only after another word (``Rutter Gloria``).
CLOSING_THING_WORDS = frozenset({"gloria", "sonata", "carmina", "memorial"})
# Thing words that are also family names: a thing's word only when opening a value of two words or more.
OPENING_THING_WORDS = frozenset({"mesa", "masa", "bord"})
# Product words a town's name may hold as a word of its own are none of the above; a town finding is read with all.
_WORD = re.compile(r"[^\W\d_]+")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _words(value: str) -> list[str]:
    # ``e-bike`` is one word; other hyphens split (``Clara-Schumann``).
    text = plain_form(value).casefold().replace("e-bike", "ebike")
    return _WORD.findall(_HYPHEN.sub(" ", text))


def has_thing_word(value: str) -> bool:
    """``value`` holds the word of a thing's kind (a work's form, a table, a plot, a prize, a product)."""
    words = _words(value)
    if any(w in THING_WORDS for w in words):
        return True
    return len(words) >= 2 and (words[0] in OPENING_THING_WORDS or any(w in CLOSING_THING_WORDS for w in words[1:]))


def _never(value: str) -> bool:
    return False


def thing_named_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names (or towns) whose distinct values are largely things
    named after people."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON | _TOWN or column not in df.columns:
            continue
        cells = finding_cells(df, column)
        values = set(cells)
        # A category (each value twice or more on average) may also be told by famous people's names alone.
        famous = is_famous_name if len(cells) >= MIN_REPEATS * len(values) else _never
        things = sum(has_thing_word(v) or famous(v) for v in values)
        if things >= MIN_THINGS and things >= MIN_THING_SHARE * len(values):
            out.append(column)
    return out
