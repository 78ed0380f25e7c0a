"""Person-name findings that are things named after people: pubs and teams, doctors' practices, climbing routes,
nicknames.

Why: a darts league's ``Team`` (``The Duke of Wellington``, ``Queen Victoria``, ``King William IV``, ``Rose &
Crown``), a meals service's ``GP practice`` (``Jenner Health Centre``, ``Lister Surgery``, ``St Luke's Medical
Centre``), a climbing wall's ``Favourite route`` (``Dave's Arete``, ``The Duke``, ``Mrs Robinson``) or a player's
``Nickname`` (``The Ferret``, ``The Count``) holds famous people's names, titles and given names, so the header
rules (``GP`` and ``nickname`` cue a person) and the learned classifier take it for people. What a person's name
never holds is

- the English article opening it (``The Duke``; not before a title of address: ``The Revd Ann Hall`` is a person),
- a possessive (``Dave's Arete``, ``St Luke's``),
- the word of an organisation's or a feature's kind: a surgery, a practice, a health centre, an inn, a pub's
  ``Arms``, a climbing route's ``Arete`` or ``Crack``, in the languages the tables use (:data:`KIND_WORDS`), or
  of a place's (a hotel, a club, a centre: :mod:`name_venue_words`),
- an English preposition between capitalised words: a noble's ``of`` (``Duke of Wellington``, ``Marquis of
  Granby``), a title's ``to`` (``Stairway to Heaven``). (Not any lower-case word: ``Sig.ra A. Detti`` is a person.)

When a large share of a column's distinct values carry one of these marks, the column is a category of things: the
person finding is dropped, whatever found it. A royal or military title before a single name (``Queen Victoria``,
``Lord Nelson``, ``Admiral Rodney``) also marks a value, but only where the column repeats a few values (a
category: each value on two rows or more on average): a customer list may hold a ``Lord Smith`` by chance. A header
that names a category of things (``Team``, ``Practice``, ``Route``, ``Nickname``: :data:`THING_HEADER_WORDS`)
halves the share needed; it never vetoes alone.

Example::

    named_after_columns(df, {"c002": det_name, "c000": det_name})
    # ["c002"]  -- The Duke of Wellington, Queen Victoria, Lord Nelson, Rose & Crown, King William IV
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.gazetteers import plain_form
from safe_synthesizer.pii.name_venue_words import has_venue_word

__all__ = ["finding_cells", "named_after_columns", "named_after_mark", "titled_thing"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_ROWS = 2000
# Distinct values read, in row order: a share is told by a few hundred (keeps a wide people column cheap).
MAX_VALUES = 400
# Share of the distinct values (and how many at least) that must carry a mark; with a header naming things.
MIN_MARK_SHARE = 0.4
MIN_MARK_SHARE_HEADED = 0.2
MIN_MARKS = 2
# Rows per distinct value from which a column is a category (teams, practices, routes repeat; people hardly).
MIN_REPEATS = 2.0

# Words of an organisation's or a feature's kind (accents folded, case folded), as words of their own: doctors'
# practices and health centres, pubs and inns, climbing routes and crags. Family names of the same spelling are
# left out (``House``, ``Hall``, ``Wall``, ``Head``, ``Bar``, ``Krug``, ``Salud``, ``Sante``, ``Corner``).
KIND_WORDS = frozenset(
    {
        # doctors' practices and health centres
        "surgery", "surgeries", "practice", "medical", "health", "healthcare", "clinic", "clinique", "clinica",
        "kliniek", "klinik", "poliklinik", "polyclinic", "policlinico", "policlinica", "poliklinika", "dispensary",
        "praxis", "arztpraxis", "hausarztpraxis", "gemeinschaftspraxis", "gesundheitszentrum", "medizinisches",
        "cabinet", "medicale", "medico", "medica", "medicos", "ambulatorio", "consultorio",
        "huisarts", "huisartsen", "huisartsenpraktijk", "huisartspraktijk", "gezondheidscentrum", "praktijk",
        "vardcentral", "vardcentralen", "halsocentral", "legekontor", "legesenter", "legesenteret", "legekontoret",
        "laegehus", "laegehuset", "laegepraksis", "terveysasema", "przychodnia", "ordinacija", "ambulanta",
        # pubs and inns
        "inn", "arms", "tavern", "taverna", "taverne", "pub", "alehouse", "taphouse", "brewery", "gasthaus",
        "gasthof", "wirtshaus", "kneipe", "kroeg", "brasserie", "trattoria", "osteria",
        # climbing routes and crags
        "arete", "crack", "slab", "chimney", "groove", "traverse", "overhang", "buttress", "dihedral", "gully",
        "crag",
    }
)  # fmt: skip
# Titles of nobility, royalty and rank that open a pub's, a ship's or a route's name (``Queen Victoria``).
RANK_WORDS = frozenset(
    {
        "king", "queen", "prince", "princess", "duke", "duchess", "marquis", "marquess", "earl", "baron", "baroness",
        "viscount", "count", "countess", "lord", "lady", "sir", "admiral", "general", "captain", "emperor",
        "empress", "koenig", "konig", "konigin", "roi", "reine", "rey", "reina", "kaiser",
    }
)  # fmt: skip
# Header words of a category of things named after people (any language the tables use, folded).
THING_HEADER_WORDS = frozenset(
    {
        "team", "teams", "mannschaft", "equipe", "equipo", "squadra", "ploeg", "lag", "hold", "joukkue",
        "pub", "club", "league", "practice", "surgery", "praxis", "cabinet", "consultorio", "huisarts",
        "vardcentral", "route", "routes", "climb", "nickname", "nick", "spitzname", "surnom", "apodo", "soprannome",
        "bijnaam", "papers", "paper", "newspaper", "newspapers", "zeitung", "journal", "ship", "boat", "horse",
        "venue", "pitch",
    }
)  # fmt: skip
# Words after ``The`` that make a person's name of address (``The Revd Ann Hall``, ``The Hon. Mrs Smith``).
_ADDRESS_TITLES = frozenset(
    {"rev", "revd", "reverend", "hon", "honourable", "honorable", "rt", "right", "very", "most", "late", "venerable"}
)
_WORD = re.compile(r"[^\W\d_]+")
_THE = re.compile(r"^the\s+([^\W\d_]+)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[^\W\d_]{2,}['’]s\s+[^\W\d_]", re.IGNORECASE)
_LINKED = re.compile(r"\b[A-Z][^\W\d_]*\s+(?:of|to|on|for|at|with|from|over|under|upon)\s+(?:the\s+)?[A-Z]")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,2})$")


def _words(value: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(plain_form(value))]


def named_after_mark(value: str) -> bool:
    """``value`` carries a mark no person's name carries: ``The`` opening it, a possessive, a kind word (surgery,
    inn, arete...) or an English preposition between capitalised words (``Duke of Wellington``)."""
    the = _THE.match(value)
    if the and the.group(1).casefold().rstrip(".") not in _ADDRESS_TITLES:
        # ``The Anh`` (a Vietnamese given name written without its accents) is a person; ``The Duke`` is not.
        return the.group(1).casefold() in RANK_WORDS or not V.first_name_known(value[the.start(1) :])
    if _POSSESSIVE.search(value) or _LINKED.search(value):
        return True
    return any(w in KIND_WORDS for w in _words(value)) or has_venue_word(value)


def titled_thing(value: str) -> bool:
    """``value`` is a rank before one name, with a regnal number maybe (``Queen Victoria``, ``King William IV``,
    ``Lord Nelson``): a pub's or a ship's name in a category, by chance a person in a list of people."""
    parts = value.split()
    if len(parts) == 3 and _ROMAN.match(parts[2]):
        parts = parts[:2]
    return len(parts) == 2 and parts[0].casefold().rstrip(".") in RANK_WORDS and parts[1][:1].isupper()


def _thing_header(column: str) -> bool:
    return any(w in THING_HEADER_WORDS for w in _words(str(column).replace("_", " ")))


def finding_cells(df: pd.DataFrame, column: str) -> list[str]:
    """The filled text cells of ``column``'s first :data:`MAX_ROWS` rows, stripped: what the look-alike vetoes of a
    person finding read."""
    return [v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]


def named_after_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose distinct values are largely things named after
    people (pubs, practices, routes, nicknames)."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        cells = finding_cells(df, column)
        distinct = dict.fromkeys(cells)
        if not distinct:
            continue
        category = len(cells) >= MIN_REPEATS * len(distinct)
        values = list(distinct)[:MAX_VALUES]
        marks = sum(named_after_mark(v) or (category and titled_thing(v)) for v in values)
        share = MIN_MARK_SHARE_HEADED if _thing_header(column) else MIN_MARK_SHARE
        if marks >= MIN_MARKS and marks >= share * len(values):
            out.append(column)
    return out
