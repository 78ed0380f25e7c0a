"""Person findings on a category of things named after people, told by the marks of several kinds together.

Why: a barber's ``Style ref`` (``Steve McQueen``, ``Cillian Murphy crop``, ``crew cut``, ``skin fade #1``), a coach
trip's ``Pick-up`` (``Duke of Wellington``, ``Lord Nelson car park``, ``Bus station bay 4``, ``Horse & Groom``), a
club's ``Trophy`` (``Bruce Lee Shield``) or a craft fair's stalls (``Beatrix Potter Prints``, ``Earl Grey Tea Co.``,
``Lady Grey Soaps``) hold famous people's names, so the name rules and the learned classifier take them for people.
Each earlier veto reads one kind of mark (a pub's or a practice's word, :mod:`column_named_after`; a work's or a
prize's word, :mod:`column_named_things`; a phrase of common words, :mod:`column_phrase_names`) and needs 40 % of
the distinct values to carry it: a category mixing its kinds (a famous name, a style in lower case, a bay's number)
has a little of each and passes them all. This veto counts a value marked by any of them, or by what no person's
name (in a column of people) holds either:

- a head noun of a thing after a name (:data:`OBJECT_WORDS`: goods and their makers' firms ``Prints``, ``Candles``,
  ``Co.``, ``Ltd``, ``GmbH``; trophies ``Shield``, ``Pokal``, ``Coupe``; buildings and stops ``Cottage``, ``Museum``,
  ``car park``, ``station``; haircuts ``crop``, ``fade``, ``cut``) in the languages the tables use; a word that is
  also a listed given or family name counts only in lower case after a capitalised word (``Lord Nelson car park``,
  never ``Ann Park``);
- a short number outside brackets, the value's only digits (``Bus station bay 4``, ``skin fade #1``; ``Gail
  Harvey (2)`` is a person, and so is an emergency contact with the phone number after the name);
- a common word in lower case after a capitalised one, place words included (``Lord Nelson car park``): no
  particle, link, conjunction, kinship or role word (``María de los Ángeles``, ``Harvey & son``, ``Gail Harvey
  mum``), nor any listed name's spelling.

Kinship and partnership words (``Harvey & Son``, ``Harvey Bros``, ``Mertens & Zoon``) are no mark: a pigeon loft's
partnership is people. When 40 % of a column's distinct values (two at least, or its only value) carry a mark, the
person finding is dropped, whatever found it; in a category (values on two rows or more on average) 25 % will do.

Example::

    named_category_columns(df, {"c003": det_name, "c001": det_name})
    # ["c003"]  -- Duke of Wellington, Lord Nelson car park, Bus station bay 4, Horse & Groom, Market Cross
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import finding_cells, named_after_mark, titled_thing
from safe_synthesizer.pii.column_named_things import has_thing_word
from safe_synthesizer.pii.famous_people import is_famous_name
from safe_synthesizer.pii.gazetteers import plain_form
from safe_synthesizer.pii.name_marker_words import MARKERS
from safe_synthesizer.pii.people_cells import EXTRA_WORDS
from safe_synthesizer.pii.person_cell_dress import KIN
from safe_synthesizer.pii.person_cell_grammar import CONJUNCTIONS, FAMILY_WORDS, LINKS

__all__ = ["OBJECT_WORDS", "PERSON_WORDS", "category_mark", "named_category_columns"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_VALUES = 400
# Share of the distinct values that must carry a mark, and how many at least (fewer when the column has fewer);
# in a category (each value on two rows or more on average: styles, stops, stalls repeat, people less) a quarter:
# the registers' people columns that repeat so carry next to none (set 42, unseen seeds: 28 such columns, <= 3 %).
MIN_MARK_SHARE = 0.4
MIN_MARK_SHARE_CATEGORY = 0.25
MIN_MARKS = 2
MIN_REPEATS = 2.0

# Head nouns of things that follow the name they are named after (accents and case folded), in the languages the
# tables use. Kinship words of a firm or a loft (son, sons, bros, zoon, fils, sohne) are left out on purpose.
OBJECT_WORDS = frozenset(
    {
        # goods of a stall or a shop, and their makers
        "prints", "print", "preserves", "quilts", "candles", "soaps", "soap", "crafts", "ceramics", "pottery",
        "jewellery", "jewelry", "knits", "knitwear", "gifts", "cakes", "bakes", "bakery", "chutneys", "jams", "teas",
        "tea", "coffee", "chocolates", "fudge", "woodcraft", "woodwork", "textiles", "designs", "creations", "cards",
        "keramik", "kerzen", "seifen", "schmuck", "drucke", "honig", "marmeladen", "geschenke", "topferei",
        "bougies", "savons", "confitures", "bijoux", "poterie", "ceramique", "cadeaux", "artisanat",
        "velas", "jabones", "mermeladas", "joyas", "ceramica", "artesania", "regalos", "sabonetes", "geleias",
        "joias", "artesanato", "candele", "saponi", "marmellate", "gioielli", "ceramiche", "artigianato",
        "kaarsen", "zeep", "zepen", "sieraden", "keramiek", "cadeaus", "pottenbakkerij", "ljus", "tvaler",
        # firms
        "co", "ltd", "limited", "inc", "llc", "plc", "pty", "gmbh", "kg", "ohg", "sarl", "sas", "srl", "spa", "bv",
        "aps", "oy", "cie", "company", "enterprises", "trading", "supplies", "studio", "studios", "workshop",
        "insurance", "insurances", "versicherung", "versicherungen", "assurances", "seguros", "assicurazioni",
        "verzekeringen",
        # trophies and prizes
        "shield", "plate", "bowl", "salver", "pokal", "wanderpokal", "schild", "coupe", "copa", "coppa", "trofeo",
        "beker", "schaal", "bokaal", "trofee", "puchar", "pokaal",
        # buildings, sights and stops
        "cottage", "cottages", "manor", "castle", "abbey", "cathedral", "museum", "gallery", "zoo", "gardens",
        "world", "palace", "pier", "car", "carpark", "station", "bay", "terminal", "depot", "interchange", "stop",
        "layby", "museo", "musee", "schloss", "chateau", "castillo", "castello", "kasteel", "bahnhof", "gare",
        "estacion", "stazione",
        # haircuts and their services
        "cut", "crop", "fade", "trim", "shave", "quiff", "undercut", "mullet", "flattop", "pompadour", "perm",
        "taper", "haircut", "schnitt", "haarschnitt", "degrade", "corte", "taglio", "knipbeurt",
    }
)  # fmt: skip
# Lower-case words a person's cell may hold: particles and links (``de los``, ``bin``), a couple's conjunction, a
# family's word, kinship and roles (``Harvey & son``), a match's ``versus``, aliases.
PERSON_WORDS = (
    LINKS | CONJUNCTIONS | FAMILY_WORDS | KIN | EXTRA_WORDS
    | {"los", "las", "versus", "contre", "gegen", "contra", "tegen", "contro", "alias", "aka", "dite", "jnr", "snr"}
    | MARKERS.keys()  # a culture's naming links and middle words (``Камил улы``, ``Aminah binti``)
)  # fmt: skip
# Brackets and e-mail addresses: a person's age or counter, a display name's address (``Айбек Жумабаев
# <azhumabaev@inbox.ru>``: its lower-case local part is no common word after a name).
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|<[^<>]*>|[^\s<>()]+@[^\s<>()]+")
# Words with their inner apostrophes (``Fa'amoana``, ``O'Neill``: one word, not a capital and a lower-case one).
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A number of one to four digits standing alone (``bay 4``, ``#1``): the value's only digits.
_SHORT_NUMBER = re.compile(r"(?<![\w.,/-])#?\d{1,4}(?![\w.,/-])")
_DIGIT = re.compile(r"\d")
MAX_DIGITS = 4


def _listed(word: str) -> bool:
    return V.first_name_known(word) or V.last_name_known(word)


def _object_word(words: list[str]) -> bool:
    """A thing's head noun after the first word; a listed name's spelling only in lower case after a capital; none in
    a value all in capitals (``VARGAS COPA``: a surname's spelling may be a noun's)."""
    if len(words) < 2 or all(w.isupper() for w in words):
        return False
    for word in words[1:]:
        key = plain_form(word).casefold()
        if key not in OBJECT_WORDS:
            continue
        if not _listed(word.capitalize()) or (word.islower() and words[0][:1].isupper()):
            return True
    return False


def _common_lower(word: str) -> bool:
    if len(word) < 3 or not word.islower() or word in PERSON_WORDS:
        return False
    return not (_listed(word) or _listed(word.capitalize()))


def category_mark(value: str, *, category: bool = False) -> bool:
    """``value`` carries a mark no person's name holds: an earlier veto's (a pub's, a prize's word), a thing's
    head noun, a short number outside brackets, or a common word in lower case after a capitalised one; in a
    ``category`` (values repeat) a rank before a name and a famous name too.

    >>> category_mark("Bus station bay 4"), category_mark("Gail Harvey (2)"), category_mark("Harvey & Son")
    (True, False, False)
    """
    if named_after_mark(value) or has_thing_word(value):
        return True
    if category and (titled_thing(value) or is_famous_name(value)):
        return True
    bare = _BRACKETS.sub(" ", value)
    if _SHORT_NUMBER.search(bare) and len(_DIGIT.findall(bare)) <= MAX_DIGITS:
        return True
    words = _WORD.findall(bare)
    if _object_word(words):
        return True
    return len(words) >= 2 and words[0][:1].isupper() and any(_common_lower(w) for w in words[1:])


def named_category_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose distinct values largely carry a thing's mark."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        cells = finding_cells(df, column)
        values = list(dict.fromkeys(cells))[:MAX_VALUES]
        if not values:
            continue
        category = len(cells) >= MIN_REPEATS * len(dict.fromkeys(cells))
        marks = sum(category_mark(v, category=category) for v in values)
        share = MIN_MARK_SHARE_CATEGORY if category else MIN_MARK_SHARE
        if marks >= min(MIN_MARKS, len(values)) and marks >= share * len(values):
            out.append(column)
    return out
