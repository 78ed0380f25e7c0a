"""One person cell read in whatever person form it has: the slot reader's forms, and the forms a register mixes in
beside them (an inverted ``Surname, G. (Given)``, a given name with its family name in brackets, a maiden name, a
title of rank with initials and post-nominal letters, a login handle).

Why: a register's person column mixes forms inside one column (``Barry [Curry]``, ``barry_curry58``,
``Baum-Schwital, G. (Gülay)``, ``A BOUVET``, ``Prof. B. Schmidtke FRCS``, ``Irmtraut Krebs (née Smith)``), and the
slot reader (:mod:`person_slots`) refuses the cells with a comma, digits, an underscore, a bracket holding a family
name with a particle, or a rank before initials; a column of them read as too few people and was published as
written (set 44: 62 dense name columns missed shown, of 91). Listing each layout found them in that set only; this
reader instead takes off the few general kinds of dress by their STRUCTURE, then hands the rest to the slot reader:

* an inversion: a cell split by its one comma into a family part and a given part (``Surname, Given``) is read as
  ``Given Surname``; an initial followed by a bracketed word of the same first letter (``G. (Gülay)``) is the
  initial spelled out;
* brackets holding name words only (capitalised words and lower-case particles: ``[de Gruijter]``, ``[Ould Ahmed
  Salem]``) are part of the name and are opened; brackets led by a maiden-name word of any of the tables' languages
  (``née``, ``geb.``, ``nata``, ``de soltera``...) hold a second family name;
* post-nominal letters are read by shape (two to five letters with two or more capitals, ``FRCS``, ``MSc``, ``PhD``,
  ``QC``) after a cell written in mixed case; a rank (``Prof.``, ``Rev.``) before an initial is a title;
* a handle (lower-case letters joined by ``.``, ``_`` or ``-``, digits at the end: ``barry_curry58``,
  ``hbinsyafiqhassan``) is given back as its letter runs (:func:`handle_runs`); which name words they hold is for
  the column to say (:mod:`column_mixed_form_people` splits them by the words of the column's other cells).

The reader never decides a column; it says what form a cell has and which name words it holds.

Example::

    read_person_form("Baum-Schwital, G. (Gülay)").names  # ("Gülay", "Baum-Schwital")
    read_person_form("Barry [Curry]").names  # ("Barry", "Curry")
    handle_runs("barry_curry58")  # ("barry", "curry")
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.handle_reader import handle_pieces
from safe_synthesizer.pii.person_cell_dress import KIN
from safe_synthesizer.pii.person_cell_grammar import HONOURS, LINKS
from safe_synthesizer.pii.person_cell_tokens import NAME_WORD, one_line
from safe_synthesizer.pii.person_slots import PersonSlots, read_person_slots

__all__ = ["PersonForm", "fold_word", "handle_runs", "read_person_form"]

# Words that open a maiden or former family name (French, English, German, Dutch, Italian, Spanish, Portuguese,
# Polish, Czech, Scandinavian, Hungarian registers).
_MAIDEN_WORDS = (
    r"n[ée]e|n[ée]|born|formerly|geb\.?|geborene|verh\.?|nata|nato|nacida|nacido|de\s+soltera|nascida|nascido|"
    r"ép\.?|épouse|roz\.?|rozená|z\s+d\.?|f\.|född|født|geb|gebr|sz\.?|született|meisjesnaam|ex"
)
_MAIDEN = re.compile(rf"\s*[(\[]\s*(?:{_MAIDEN_WORDS})\s+([^()\[\]]{{1,40}}?)\s*[)\]]", re.IGNORECASE)
_BRACKET = re.compile(r"[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]")
# An initial spelled out in brackets after it: ``G. (Gülay)``, ``É. (Éric)``.
_SPELLED_INITIAL = re.compile(rf"(?<!\S)([^\W\d_])\.?\s*[(\[]\s*({NAME_WORD})\s*[)\]]")
# Post-nominal letters by shape: two to five letters, two or more capitals (``FRCS``, ``MSc``, ``PhD``, ``QC``).
_POST_NOMINAL = re.compile(r"^[A-Z][A-Za-z]{1,4}\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.?(?:[^\W\d_]\.)?$")
# A handle: lower-case letter runs joined by ``.``, ``_`` or ``-``, up to four digits at the end.
_HANDLE = re.compile(r"^([^\W\d_]+(?:[._\-][^\W\d_]+){0,3})[._\-]?\d{0,4}$")
_HANDLE_SEPARATORS = re.compile(r"[._\-]")
# Ranks that lead a pub's, a pony's or a march's name as well as a person's (``Lord Nelson``): before an initial they
# are a person's title (``Prof. B. Schmidtke``, ``Rev. G. Dallapé``).
_RANKS = HONOURS
# A family name led by an elided particle (``d'Almeida``, ``dell'Acqua``, ``l'Hermite``): capitalised for the reader.
_ELIDED = re.compile(r"(?<!\S)([^\W\d_]{1,4})(['’])(?=[^\W\d_]*[A-ZÀ-Þ])")


@dataclass(frozen=True)
class PersonForm:
    """A cell read as people: ``form`` (``inverted``, ``bracketed``, ``maiden``, ``ranked``, ``handle``, or for a
    cell the slot reader reads as written ``pair``, ``initialled``, ``capitals``, ``dressed``, ``plain``),
    ``names`` (its name words as written; a handle's letter runs), ``initials``, ``people`` (persons in the cell),
    ``listed`` (a name list knows a word), ``plain`` (an unlisted word is an ordinary word, street or town) and
    ``structured`` (a layout nobody writes for a thing)."""

    form: str
    names: tuple[str, ...]
    initials: int
    people: int
    listed: bool
    plain: bool
    structured: bool

    @property
    def lone(self) -> bool:
        """One name word and nothing else: the weakest reading."""
        return self.people == 1 and len(self.names) == 1 and not self.initials


def fold_word(word: str) -> str:
    """``word`` case-folded, without accents, hyphens and apostrophes: how a handle writes it.

    >>> fold_word("Baum-Schwital")
    'baumschwital'
    """
    bare = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in bare if ch.isalpha() and not unicodedata.combining(ch))


def handle_runs(value: str) -> tuple[str, ...] | None:
    """The letter runs of a login handle (lower case, joined by ``.``/``_``/``-``, digits at the end), else None.

    >>> handle_runs("jacqueline_kruegerbrennan3")
    ('jacqueline', 'kruegerbrennan')
    >>> handle_runs("Barry Curry") is None
    True
    """
    text = value.strip()
    if not text or not text.islower() or len(text) > 40:
        return None
    m = _HANDLE.match(text)
    if m is None:
        # One counter anywhere (``f48vanderlaar``, ``nobantu56.sompisi``, ``dlodlo59d``): the letter runs around it;
        # a reference's numbers (``order_2024_118``) are two runs of digits.
        pieces = handle_pieces(text)
        counters = [p for p in pieces or () if p[0].isdigit()]
        if pieces is None or len(counters) != 1 or len(counters[0]) > 4:
            return None
        runs = tuple(p for p in pieces if p[0].isalpha())
        return runs if sum(map(len, runs)) >= 4 else None
    runs = tuple(r for r in _HANDLE_SEPARATORS.split(m.group(1)) if r)
    if sum(map(len, runs)) < 4:
        return None
    return runs


def _name_tokens(text: str) -> bool:
    """``text`` is name words and particles only: capitalised or caseless words, lower-case links (``de``,
    ``van der``, ``bin``), at least one capitalised word; no title, no kin word."""
    words = text.split()
    if not 1 <= len(words) <= 4 or text.casefold() in KIN:
        return False
    capital = False
    for w in words:
        if w.casefold() in LINKS and w.islower():
            continue
        if not re.fullmatch(NAME_WORD, w) or not (w[:1].isupper() or w[:1].lower() == w[:1].upper()):
            return False
        capital = True
    return capital


def _strip_post_nominals(text: str) -> tuple[str, bool]:
    """``text`` without post-nominal letters at its end: two or more capitals, at most four letters when all are
    capitals (``FRCS``, ``QC``; ``MSc``, ``PhD`` in mixed case), and only after a name written in mixed case
    (``E MAMANI VARGAS`` and ``Mr A ROCA`` are names in capitals, no degree)."""
    tokens = text.split()
    stripped = False
    while len(tokens) > 2 and _POST_NOMINAL.match(tokens[-1]):
        last = tokens[-1].rstrip(".")
        capitals = sum(ch.isupper() for ch in last)
        mixed_name = any(t[1:].islower() and len(t) > 2 and t.casefold().rstrip(".") not in _RANKS
                         for t in tokens[:-1])  # fmt: skip
        if capitals < 2 or (last.isupper() and len(last) > 4) or not mixed_name:
            break
        tokens, stripped = tokens[:-1], True
    return " ".join(tokens), stripped


def _strip_rank(text: str) -> tuple[str, bool]:
    """``text`` without a rank before an initial (``Prof. B. Schmidtke`` -> ``B. Schmidtke``)."""
    tokens = text.split()
    if len(tokens) >= 3 and tokens[0].casefold().rstrip(".") in _RANKS and _INITIAL.match(tokens[1]):
        return " ".join(tokens[1:]), True
    return text, False


def _invert(text: str) -> str | None:
    """``Surname, Given`` as ``Given Surname`` when both sides are name words, initials or particles."""
    if text.count(",") != 1:
        return None
    family, given = (p.strip() for p in text.split(","))
    if not family or not given or not _name_tokens(family):
        return None
    return f"{given} {family}"


def _open_brackets(text: str) -> tuple[str, str]:
    """``text`` with its name-holding brackets opened and the form they give (``maiden``, ``bracketed`` or
    ``slots`` when none)."""
    form = "slots"
    m = _MAIDEN.search(text)
    if m and _name_tokens(m.group(1)) and text[: m.start()].strip():
        text, form = f"{text[: m.start()]} {m.group(1)} {text[m.end() :]}".strip(), "maiden"
    text, spelled = _SPELLED_INITIAL.subn(lambda s: s.group(2) if fold_word(s.group(2))[:1] == fold_word(s.group(1))
                                          else s.group(0), text)  # fmt: skip
    if spelled:
        form = "inverted" if form == "slots" else form
    for _ in range(2):
        b = _BRACKET.search(text)
        if b is None or not _name_tokens(b.group(1)) or not text[: b.start()].strip():
            break
        text = f"{text[: b.start()]} {b.group(1)} {text[b.end() :]}".strip()
        form = "bracketed" if form == "slots" else form
    return " ".join(text.split()), form


def _slot_form(cell: PersonSlots, names: tuple[str, ...], initials: int) -> str:
    """The form of a cell the slot reader reads: ``pair`` (two people or more), ``initialled`` (``T DELANA``,
    ``Blom A``), ``capitals`` (a name in capitals), ``dressed`` (titles, suffixes, nicknames) or ``plain``."""
    if len(cell.slots) > 1:
        return "pair"
    if initials:
        return "initialled"
    if all(n.isupper() for n in names if any(ch.isalpha() and ch.lower() != ch.upper() for ch in n)) and any(
        n.isupper() for n in names
    ):
        return "capitals"
    return "dressed" if cell.dressed else "plain"


def _from_slots(cell: PersonSlots, form: str, structured: bool, text: str) -> PersonForm:
    names = tuple(n for s in cell.slots for n in s.names)
    # The slot reader takes a lone capital after a name for a courtesy title (``Kuol M``: French ``M.``); in a
    # person form it is an initial all the same.
    initials = max(sum(s.initials for s in cell.slots), sum(bool(_INITIAL.match(t)) for t in text.split()))
    return PersonForm(
        _slot_form(cell, names, initials) if form == "slots" else form,
        names,
        initials,
        len(cell.slots),
        cell.listed,
        cell.plain,
        structured or cell.structured,
    )


@lru_cache(maxsize=65536)
def read_person_form(value: str) -> PersonForm | None:
    """The cell read as people in any of its forms (module docstring), else None.

    >>> read_person_form("Rev. G. Dallapé MSc").form
    'ranked'
    >>> read_person_form("Imran [de Gruijter]").names
    ('Imran', 'de', 'Gruijter')
    >>> read_person_form("bcurry").form
    'handle'
    """
    text = one_line(unicodedata.normalize("NFC", str(value)))
    if not text or len(text) > 120:
        return None
    if (runs := handle_runs(text)) is not None:
        return PersonForm("handle", runs, 0, 1, False, False, True)
    form = "slots"
    opened, bracket_form = _open_brackets(text)
    if bracket_form != "slots":
        text, form = opened, bracket_form
    if (inverted := _invert(text)) is not None:
        # ``Surname, G.`` is a register's inversion; a bare ``Paris, France`` or ``Smith, John`` is read as the
        # slot reader reads a plain name, a form of no weight of its own.
        given = inverted.split()[: len(inverted.split()) - len(text.split(",")[0].split())]
        if form == "bracketed" or any(_INITIAL.match(t) for t in given):
            form = "inverted"
        text = inverted
    text, post = _strip_post_nominals(text)
    text, ranked = _strip_rank(text)
    if (post or ranked) and form == "slots":
        form = "ranked"
    text = _ELIDED.sub(lambda m: m.group(1).capitalize() + m.group(2), text)
    cell = read_person_slots(text)
    if cell is None:
        return None
    return _from_slots(cell, form, form != "slots", text)
