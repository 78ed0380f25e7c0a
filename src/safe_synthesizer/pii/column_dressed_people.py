"""Person columns of clubs' and trips' registers whose people wear decorations, or whose names no list holds.

Why: a tennis club's ``Member`` / ``Joue avec``, a pigeon club's ``Fancier`` / ``Züchter``, a coach trip's
``Passenger`` and a karate club's ``Parent/guardian`` mix plain names with nicknames (``Hadiza "Had" Oumarou``),
repeat counters (``Mariama Issoufou (2)``), relations (``Ibrahim Tahirou (mère)``), partnerships (``Kewley & Son``,
``Stiebitz-Franke Gebr.``), doubles pairings (``Oumarou/Saidou v Hama/Amadou``) and particle-led families (``van
Gastel (Fleur)``). The register readers (:mod:`column_written_people`, :mod:`column_person_grammar`) read those
cells as no one, and ask for half of the cells with a name from the lists: names of Niger, Togo, South Sudan,
Nauru or Gabon are in none, so such columns were published as written (set 42: 49 name columns shown, 52 hidden).

A column is one of people here when its distinct filled cells (not-known words out), once undressed
(:func:`person_cell_dress.undress_person_cell`) and read by the register grammar
(:func:`column_person_grammar.person_form`), are:

* nearly all people (:data:`MIN_PERSON`), a share in a form nobody writes for a thing (:data:`MIN_STRUCTURED`:
  the register's forms, a nickname, a relation, a pairing, a partnership, a particle-led family first);
* vouched for by the people coming back: a share of the cells
  (:data:`MIN_RECURRING`) has a name word (no ordinary word, street word or town) another cell also has, the way
  a register writes one family or one person several ways (``Jok (Riek)`` beside ``Ayen Jok``, ``Kewley & Son``
  beside ``Laura Kewley``); products and places share ordinary words (``Victoria plum``), not names; or, the lists
  vouching only for the decorated cells the register readers refused (:data:`MIN_DRESSED`), by the lists;
  when neither comes back, by their rows (:data:`MIN_ECHOED`: the cell's name words stand again in an e-mail or a
  note of its row, ``Fadipe (Yewande)`` beside ``yewande.fadipe@...``);
* few partnerships beside people (a column of ``& Sons`` only is firms), few towns or firms, few lone words
  (:data:`MAX_LONE`) and no multi-select list (``Bild`` beside ``Die Zeit, Bild``: its ``A, B`` is no ``Family,
  Given``) nor places of one island or county (``Takamaka, Mahé``, ``Beau Vallon, Mahé``); a column of many cells
  without words (phones, dates) is none.

A cell the grammar does not read (a name in Hebrew or Arabic letters) is a person here when one of its words is a
family word of a pairing or a partnership of the column. The look-alike vetoes of :mod:`detect_table` (pubs,
courts, businesses named after people) run after this pass.

Example::

    dressed_people_columns(df, ["Membre", "Court"], {})
    # {"Membre": ColumnDetection("Membre", "name", ..., method="values+dressed_people")}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_person_grammar import MIN_PERSON, person_form, register_readings
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.person_cell_dress import KIN, undress_person_cell
from safe_synthesizer.pii.person_cell_grammar import plain_word

__all__ = [
    "DressedReading",
    "dressed_people_columns",
    "dressed_people_score",
    "filled_cells",
    "name_words",
    "read_dressed_person",
]

MAX_ROWS = 2000
MAX_CELLS = 300
MIN_STRUCTURED = 0.25
MIN_LISTED = 0.4
MIN_RECURRING = 0.4
MIN_DRESSED = 0.1
MIN_ECHOED = 0.5
MIN_WORDED = 0.8
MAX_LONE = 0.2
MIN_LISTING = 2
MIN_SHARED_TAIL = 3
MAX_TAIL_SHARE = 0.4
MAX_PARTNERSHIPS = 0.5
MIN_INDIVIDUALS = 0.3
MAX_PLACES = 0.2
MAX_COMPANIES = 0.1
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
# A mark for no value the not-known words lack: bracketed (``(blank)``, ``[none]``) or letters with dots
# (``n.k.``, ``n.a.``).
_MARK = re.compile(r"^(?:[(\[<][^()\[\]<>]{1,12}[)\]>]|(?:[^\W\d_]{1,2}\.){1,3})$")
_CASED = re.compile(r"[^\W\d_]")
# A particle glued to a capitalised family name (``d'Almeida``, ``l'Hostis``).
_GLUED = re.compile(r"^[a-z][’'][^\W\d_]*[A-ZÀ-Þ]")
_STRUCTURED_KINDS = frozenset({"nickname", "relation", "doubles", "partnership", "particle_family"})
# ``Lavarello (Lorraine)``: a family then its given name in brackets, the desk's way.
_FAMILY_GIVEN = re.compile(r"^([^\W\d_][^()]{1,40}?)\s*\(([^\W\d_][^()]{1,40})\)$")
_LEADS = PARTICLES | frozenset({"binti", "bint", "ibn", "ben", "ould", "mint", "d", "l"})


@dataclass(frozen=True)
class DressedReading:
    """How a cell reads as people: ``person`` (read so by the grammar, or plain name words), ``structured``,
    ``listed``, ``partnership`` (a family's firm or racing team), ``words`` (its name words, folded) and ``family``
    (the family words of a pairing or partnership: they vouch for unread cells that share them) and ``key`` (all its
    folded words: one person written two ways, ``Green (Julian)`` and ``Julian Green``, has one key)."""

    person: bool
    structured: bool
    listed: bool
    partnership: bool
    words: frozenset[str]
    family: frozenset[str] = frozenset()
    key: frozenset[str] = frozenset()
    dressed: bool = False


def name_words(text: str) -> frozenset[str]:
    """The folded words of ``text`` that may be a person's names: no title, particle, kin word, initial or ordinary
    word (``Victoria``, ``Green``, ``Court`` are no evidence that two cells share a person).

    Example::

        name_words("Mrs G. Harvey (mum)")  # frozenset({"harvey"})
    """
    out = set()
    for word in _WORD.findall(text):
        folded = word.casefold()
        if len(folded) < 3 or folded in TITLES or folded in _LEADS or folded in KIN:
            continue
        if _CASED.match(word) and word[:1].islower() and not text.islower() and not _GLUED.match(word):
            continue  # a lower-case word among capitalised ones: a particle or a common word
        if plain_word(word):
            continue
        out.add(folded)
    return frozenset(out)


def _name_shaped(text: str, max_words: int = 4) -> bool:
    """Two to ``max_words`` words of letters, each capitalised, all in capitals, a particle, or of a script
    without case (``Ayen Jok``, ``OSVALDO FAJARDO GARCÍA``, ``Fleur van Gastel``, ``דניאלה צברי``)."""
    words = text.split()
    if not 2 <= len(words) <= max_words or not all(_NAME_TOKEN.match(w.rstrip(".")) for w in words):
        return False
    cased = [w for w in words if w[:1].upper() != w[:1].lower()]
    if not cased:
        return True  # Hebrew, Arabic, Devanagari: no case to judge
    if text.islower():
        return True
    return all(w[:1].isupper() or w.casefold() in _LEADS or _GLUED.match(w) for w in cased) and not words[-1].islower()


def _key(text: str) -> frozenset[str]:
    """All folded words of a name, titles, particles and initials out: the same for ``Green (Julian)``, ``Julian
    Green`` and ``GREEN/JULIAN MR``."""
    words = (w.casefold() for w in _WORD.findall(text))
    return frozenset(w for w in words if len(w) > 1 and w not in TITLES and w not in _LEADS and w not in KIN)


def _family_ok(name: str) -> bool:
    """A family of a pairing or partnership: name words that are no ordinary word or town (``Horse``, ``Leeds``)."""
    words = [w for w in name.split() if w.casefold() not in _LEADS]
    if not words or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if any(w[:1].islower() and w[:1].upper() != w[:1] for w in words):
        return False
    return bool(name_words(name)) or V.last_name_known(words[-1])


def read_dressed_person(value: str) -> DressedReading | None:
    """How the cell ``value`` reads as people, decorations taken off (module docstring), else None.

    Example::

        read_dressed_person('Hadiza "Had" Oumarou').structured  # True
        read_dressed_person("Kewley & Son").partnership  # True
        read_dressed_person("Victoria plum")  # None
    """
    dressed = undress_person_cell(value)
    if dressed is not None and dressed.surnames:
        good = [n for n in dressed.names if _family_ok(n)]
        if 2 * len(good) < len(dressed.names) or not good:
            return None
        family = frozenset(w for n in good for w in name_words(n))
        listed = any(V.last_name_known(n.split()[-1]) for n in good)
        partnership = dressed.kind == "partnership"
        return DressedReading(True, True, listed, partnership, family, family, _key(" ".join(good)), True)
    text = dressed.names[0] if dressed is not None else " ".join(value.split())
    kinds = set(dressed.kinds) if dressed is not None else set()
    form = person_form(text)
    if form is not None:
        structured = form.structured or bool(kinds & _STRUCTURED_KINDS)
        person = not form.plain or "nickname" in kinds  # ``Melissa "Mo" Mathol``: a nickname is a person's
        return DressedReading(
            person, structured, form.listed, False, name_words(text), frozenset(), _key(text), bool(kinds)
        )
    if _name_shaped(text) or ((m := _FAMILY_GIVEN.match(text)) and _name_shaped(" ".join(m.groups()))):
        # Unread by the grammar (unlisted names beside a particle, no-case scripts): a person only with the column
        # (``dressed_people_score`` asks their words to come back), structured by its decoration.
        structured = bool(kinds & _STRUCTURED_KINDS)
        return DressedReading(False, structured, False, False, name_words(text), frozenset(), _key(text), bool(kinds))
    return None


def filled_cells(series: pd.Series) -> list[str]:
    """The column's filled cells (first rows), spaces tidied, not-known words out; none when many cells have no
    word (a phone or date column's ``number unobtainable`` is no column of people)."""
    cells = [" ".join(v.split()) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
    junk = not_known_keys(list(dict.fromkeys(cells)), E.NAME)
    kept = [v for v in cells if v not in junk and not _MARK.match(v)]
    worded = [v for v in kept if sum(ch.isalpha() for ch in v) > 2]
    return worded if len(worded) >= MIN_WORDED * len(kept) else []


def dressed_people_score(
    values: Sequence[str], row_text: Callable[[str], str] | None = None
) -> tuple[float, str] | None:
    """(share of distinct cells read as people, evidence) when ``values`` (a column's filled cells, junk out) are
    people of a register as the module docstring says, else None. ``row_text`` gives, for a cell, the other cells of
    a row holding it (folded): an e-mail or a note naming the same person vouches for unlisted names that do not
    come back (``Fadipe (Yewande)`` beside ``yewande.fadipe@...``).

    Example::

        dressed_people_score(["Ayen Jok", "Jok (Riek)", "Riek Jok", 'Abuk "Bee" Deng', "Deng (Abuk)"])
        # (1.0, '100% people, undressed (...)')
    """
    distinct = list(Counter(values))[:MAX_CELLS]
    n = len(distinct)
    readings = register_readings(distinct, len(values), read_dressed_person)
    if readings is None:
        return None
    read = [r for r in readings if r is not None]
    family = frozenset(w for r in read for w in r.family)
    seen = Counter(w for r in read for w in r.words)
    keys = Counter(r.key for r in read if len(r.key) > 1)
    recurring = sum(1 for r in read if any(seen[w] > 1 for w in r.words) or keys[r.key] > 1) / n
    person = sum(1 for r in read if r.person or (r.words & family) or keys[r.key] > 1) / n
    structured = sum(r.structured for r in read) / n
    listed = sum(r.listed for r in read) / n
    partnerships = sum(r.partnership for r in read) / n
    individuals = sum(1 for r in read if not r.partnership and not r.family) / n
    if person < MIN_PERSON or structured < MIN_STRUCTURED:
        return None
    if sum(1 for v in distinct if len(v.split()) == 1) / n > MAX_LONE or _choice_list(distinct):
        return None  # lone words and their combinations: papers taken, islands and villages, not people
    if _shared_tail(distinct):
        return None  # ``Takamaka, Mahé``, ``Beau Vallon, Mahé``: places of one island or county, not people
    decorated = sum(r.dressed for r in read) / n
    echoed = 0.0
    if recurring < MIN_RECURRING and (listed < MIN_LISTED or decorated < MIN_DRESSED):
        # The lists vouch only for the decorated cells the register readers refused; else the rows must.
        echoed = _echoed(distinct, readings, row_text) if row_text is not None else 0.0
        if echoed < MIN_ECHOED:
            return None
    if partnerships > MAX_PARTNERSHIPS or (partnerships and individuals < MIN_INDIVIDUALS):
        return None  # a column of family firms (``Barrios & Sons``): no person's own name
    if sum(1 for v in distinct if V.has_place_marker(v) or V.is_listed_city(v)) / n >= MAX_PLACES:
        return None
    firms = [v for v, r in zip(distinct, readings, strict=True) if not (r and r.partnership)]
    if sum(1 for v in firms if V.has_company_marker(v)) / n >= MAX_COMPANIES:
        return None
    evidence = (
        f"{round(100 * person)}% people, undressed ({round(100 * structured)}% structured, {round(100 * listed)}% "
        f"listed, {round(100 * recurring)}% sharing a name, {round(100 * echoed)}% named again in the row, "
        f"{round(100 * partnerships)}% partnerships)"
    )
    return person, evidence


def _choice_list(distinct: list[str]) -> bool:
    """Cells that list other cells of the column between commas (``Bild`` beside ``Die Zeit, Bild``): a
    multi-select list, whose ``A, B`` is no ``Family, Given``."""
    whole = {v.casefold() for v in distinct}
    listing = 0
    for value in distinct:
        parts = [p.strip().casefold() for p in value.split(",")]
        listing += len(parts) > 1 and any(p in whole for p in parts)
    return listing >= MIN_LISTING


def _shared_tail(distinct: list[str]) -> bool:
    """Many ``A, B`` cells end in one same ``B``: a place and its island, county or region, where a register's
    ``Family, Given`` varies its given names."""
    tails = Counter(v.rsplit(",", 1)[1].strip().casefold() for v in distinct if "," in v)
    if not tails:
        return False
    top = tails.most_common(1)[0][1]
    return top >= MIN_SHARED_TAIL and top >= MAX_TAIL_SHARE * sum(tails.values())


def _echoed(distinct: list[str], readings: list[DressedReading | None], row_text: Callable[[str], str]) -> float:
    """Share of the cells whose name words all stand again in their row (an e-mail, a note)."""
    hits = 0
    for value, reading in zip(distinct, readings, strict=True):
        if reading is not None and reading.words:
            text = row_text(value)
            hits += all(w in text for w in reading.words)
    return hits / len(distinct)


def _row_texts(df: pd.DataFrame, column: str) -> Callable[[str], str]:
    """For a cell of ``column``: the other text cells of the first row holding it, folded and joined."""
    rows: dict[str, int] = {}
    for i, v in enumerate(df[column].iloc[:MAX_ROWS].to_numpy()):
        if isinstance(v, str):
            rows.setdefault(" ".join(v.split()), i)
    others = [c for c in df.columns if c != column]

    def text(value: str) -> str:
        if value not in rows:
            return ""
        row = df.iloc[rows[value]]
        return " ".join(str(row[c]) for c in others if isinstance(row[c], str)).casefold()

    return text


def dressed_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people of a register, undressed.

    Example::

        dressed_people_columns(df, list(df.columns), found)  # {"Fancier": ColumnDetection(..., "name", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name, series in undecided_text_columns(df, names, found):
        if names_an_animal(name):
            continue
        values = filled_cells(series)
        if (scored := dressed_people_score(values, _row_texts(df, name))) is None:
            continue
        share, evidence = scored
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+dressed_people",
                                    len(values), None, evidence)  # fmt: skip
    return out
