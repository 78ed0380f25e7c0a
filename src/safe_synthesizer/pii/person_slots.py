"""One reader of a person cell in any form: the cell split into person slots, each slot's dress taken off and its
tokens read by kind.

Why: registers write their people in layouts no single reader listed. A bridge club's pairs (``Cornejo Duarte -
Roura Egea``, ``Gail Harvey & Sue Patel``, ``김금순 - 림성진``, ``Miguel Senna Fernandes - 吳志明``), a surf school's
``Wähner - Elfriede`` (surname - given), a cider club's ``Sharon (Bubba) Cleary`` (a nickname in brackets), a
guardian ``Winkler-Bender Hansjoachim (Herr)`` (a courtesy title after), a farmer ``Friedemann v.`` or ``Parmin b.``
(a lower-case initial), ``Rolando R. Laura Vargas hijo`` (a suffix). Each earlier reader knows a few whole-cell
layouts; a column mixing them read as too few people and was published as written (set 43: 64 name columns shown,
68 hidden, of them about 40 in these forms).

The reader here does not list layouts. It splits a cell at the separators people are joined with (a spaced dash,
``&``, ``+``, ``/``, ``;``, a conjunction of any of the tables' languages), takes off each slot's dress (brackets
holding a title, a kin word, a counter or a nickname; quoted nicknames; titles before or after; generational
suffixes) and reads the tokens left by their kind: a name word (capitalised, in capitals, in a caseless script, or
any case when the whole cell is lower case), an initial (``T.``, ``A.D.``, ``v.``), a link (``van``, ``bin``,
``de``), or a whole CJK or Hangul name. A slot is a person when its tokens are of those kinds, with at least one name
word. The slot's evidence (a listed given or family name, a word that is an ordinary word, street or town) is given
for the column to weigh (:mod:`column_slot_people`); the cell reader never decides a column.

Example::

    cell = read_person_slots("Cornejo Duarte - Roura Egea")
    cell.slots  # (Slot("Cornejo Duarte", ...), Slot("Roura Egea", ...))
    read_person_slots("Sharon (Bubba) Cleary").dressed  # True
    read_person_slots("Paid - cash")  # None: ordinary words in lower case are no name
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.person_cell_dress import KIN
from safe_synthesizer.pii.person_cell_grammar import HONOURS, LINKS, plain_word
from safe_synthesizer.pii.person_cell_tokens import NAME_WORD, one_line

__all__ = ["PersonSlots", "Slot", "read_person_slots", "slot_words"]

# Separators between two people of one cell: a spaced dash or slash, ``&``, ``+``, ``;`` and the conjunctions of the
# tables' languages (spaced words only: ``y`` inside ``Yolanda`` is no separator).
_CONJUNCTIONS = r"and|und|u\.|et|y|e|en|og|och|ja|és|agus|si|și|ve|an"
_SEPARATORS = re.compile(rf"\s+[-–—/]\s+|\s*[&+;]\s*|\s+(?:{_CONJUNCTIONS})\s+", re.IGNORECASE)
# Titles after a name or a couple's title: the grammar's list and the short courtesy forms.
_TITLES = TITLES | frozenset({"m", "mm", "hr", "fr", "sr", "sra", "srta", "sig", "sig.ra", "dhr", "mevr", "mw",
                              "mstr", "master", "mrs", "mr", "ms", "miss", "mme", "mlle", "herr", "frau"})  # fmt: skip
# Generational and family suffixes after a name (``Sr.``, ``Jr``, ``II``, ``hijo``, ``filho``, ``neto``).
_SUFFIXES = frozenset({"sr", "snr", "senior", "jr", "jnr", "junior", "ii", "iii", "iv", "hijo", "filho", "neto",
                       "sobrinho", "d.ä", "d.j", "fils", "père", "jun", "sen"})  # fmt: skip
# Titles of rank and honour and articles: a slot they lead names a pub, a pony, a route or a march, no one.
# (``de``, ``le``, ``la``, ``el`` lead family names: ``de Boer``, ``Le Pen``.)
_NOT_A_PERSON_LEAD = HONOURS | frozenset(
    {"admiral", "duke", "duchess", "earl", "baron", "the", "der", "das", "het", "il", "les"}
)
_BRACKET = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,30}?)\s*[)\]]\s*")
_QUOTED = re.compile(r"\s+[\"“”'‘’«„]\s*([^\"“”'‘’«»„]{1,20}?)\s*[\"“”'‘’»]\s+")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.[-\s]?){1,3}$")
_BARE_INITIAL = re.compile(r"^[^\W\d_]$")
_COUPLE_TITLES = re.compile(rf"^(\S+)\s*(?:&|\+|{_CONJUNCTIONS})\s*(\S+)\s+", re.IGNORECASE)
_CJK_NAME = re.compile(r"^[\u3400-\u9fff\uac00-\ud7a3]{2,4}$")


@dataclass(frozen=True)
class Slot:
    """One person of a cell: ``text`` (its tokens after the dress is off), ``names`` (its name words), ``initials``
    (how many initials), ``listed`` (a name list knows a word or the whole), ``plain`` (an unlisted word is an
    ordinary word, street word, town or day), ``lone`` (one name word and nothing else)."""

    text: str
    names: tuple[str, ...]
    initials: int
    listed: bool
    plain: bool

    @property
    def lone(self) -> bool:
        return len(self.names) == 1 and not self.initials


@dataclass(frozen=True)
class PersonSlots:
    """A cell read as people: its ``slots``, ``dressed`` (brackets, quotes, titles or suffixes were taken off)."""

    slots: tuple[Slot, ...]
    dressed: bool

    @property
    def structured(self) -> bool:
        """A layout nobody writes for a thing: two people, dress, or initials beside a name."""
        return len(self.slots) > 1 or self.dressed or any(s.initials for s in self.slots)

    @property
    def listed(self) -> bool:
        return any(s.listed for s in self.slots)

    @property
    def plain(self) -> bool:
        return any(s.plain for s in self.slots)


def _caseless(word: str) -> bool:
    """Every letter of ``word`` is of a script without case (Arabic, Devanagari, Thai, CJK...)."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.lower() == ch.upper() for ch in letters)


def _without_marks(word: str) -> str:
    """``word`` without its combining marks (vowel signs, viramas, accents written apart)."""
    return "".join(ch for ch in word if not unicodedata.category(ch).startswith("M"))


def _title(word: str) -> bool:
    return word.casefold().rstrip(".").strip() in _TITLES


def _undress(text: str) -> tuple[str, bool] | None:
    """The cell without its brackets (title, kin, counter, nickname) and quoted nicknames, and whether any was
    taken; None when a bracket holds something else (a note: ``(daughter, 7)``, ``(not set)``)."""
    dressed = False
    for _ in range(3):
        m = _BRACKET.search(text)
        if m is None:
            break
        inner = m.group(1)
        words = inner.split()
        ok = (
            inner.isdigit()
            or all(_title(w) for w in words)
            or inner.casefold() in KIN
            or (1 <= len(words) <= 2 and all(re.fullmatch(NAME_WORD, w) and w[:1].isupper() for w in words))
        )
        if not ok or not text[: m.start()].strip():
            return None
        text, dressed = (text[: m.start()] + " " + text[m.end() :]).strip(), True
    if any(ch in text for ch in "()[]"):
        return None
    quoted = _QUOTED.sub(" ", f" {text} ").strip()
    return quoted, dressed or quoted != text


def _token_kind(token: str, lower: bool) -> str | None:
    """``name``, ``initial``, ``link``, ``cjk`` or None (a token no person slot holds)."""
    if token.casefold() in LINKS and (token.islower() or lower):
        return "link"
    if _INITIAL.match(token) or (_BARE_INITIAL.match(token) and token.isupper()):
        return "initial"
    if _CJK_NAME.match(token):
        return "cjk"
    bare = _without_marks(token)  # Devanagari and Bengali vowel signs are marks, no letters
    if not bare or not re.fullmatch(NAME_WORD, bare) or len(token) < 2:
        return None
    if lower or token[:1].isupper() or _caseless(bare):
        return "name"
    return None


@lru_cache(maxsize=65536)
def _read_slot(text: str, lower: bool) -> tuple[Slot, bool] | None:
    """A slot's person reading and whether titles or suffixes were taken off it, else None."""
    tokens = text.split()
    dressed = False
    if tokens and tokens[0].casefold().rstrip(".") in _NOT_A_PERSON_LEAD:
        return None  # ``Lord Nelson``, ``King William IV``, ``The Prince Albert``: pubs, ponies, marches
    while tokens and _title(tokens[0]) and len(tokens) > 1:
        tokens, dressed = tokens[1:], True
    while len(tokens) > 1 and (_title(tokens[-1]) or tokens[-1].casefold().rstrip(".") in _SUFFIXES):
        tokens, dressed = tokens[:-1], True
    if not 1 <= len(tokens) <= 5:
        return None
    kinds = [_token_kind(t, lower) for t in tokens]
    if None in kinds:
        return None
    names = tuple(t for t, k in zip(tokens, kinds, strict=True) if k in ("name", "cjk"))
    initials = kinds.count("initial")
    if not names or initials > 3 or any(_title(n) for n in names):
        return None
    if kinds.count("cjk") and len(tokens) > 1 and kinds.count("cjk") != len(tokens):
        return None  # a CJK name stands alone in its slot
    joined = " ".join(names)
    listed = (
        kinds[0] == "cjk"
        or V.full_name_known(joined)
        or any(V.first_name_known(n) or V.last_name_known(n) for n in names)
    )
    # A capitalised particle (``Le Cornu``, ``De Santis``) is part of the family name, no ordinary word.
    unlisted = [n for n in names if n.casefold() not in LINKS and not (V.first_name_known(n) or V.last_name_known(n))]
    plain = any(plain_word(n) for n in unlisted)
    return Slot(" ".join(tokens), names, initials, bool(listed), plain), dressed


@lru_cache(maxsize=65536)
def read_person_slots(value: str) -> PersonSlots | None:
    """The cell read as one or more people (module docstring), else None.

    >>> [s.text for s in read_person_slots("Wähner - Elfriede").slots]
    ['Wähner', 'Elfriede']
    >>> read_person_slots("Bertrand (Dodo) Hardy").dressed
    True
    """
    text = one_line(unicodedata.normalize("NFC", str(value)))
    if not text or len(text) > 120 or any(ch.isdigit() or ch in "@:,|<>=#_" for ch in text):
        return None
    undressed = _undress(text)
    if undressed is None:
        return None
    text, dressed = undressed
    if (couple := _COUPLE_TITLES.match(text)) and _title(couple.group(1)) and _title(couple.group(2)):
        text, dressed = text[couple.end() :], True  # ``Mr & Mrs Haynes``: one household's name after two titles
    lower = text.islower()
    parts = [p.strip() for p in _SEPARATORS.split(text)]
    if not 1 <= len(parts) <= 4 or any(not p for p in parts):
        return None
    slots: list[Slot] = []
    for part in parts:
        read = _read_slot(part, lower)
        if read is None:
            return None
        slot, slot_dressed = read
        if lower and slot.plain:
            return None  # ``nobody``, ``see notes``: a lower-case cell needs more than a word's shape
        slots.append(slot)
        dressed = dressed or slot_dressed
    return PersonSlots(tuple(slots), dressed)


def slot_words(cell: PersonSlots) -> frozenset[str]:
    """The case-folded name words of a read cell (two letters or more): what a returning person shares."""
    return frozenset(n.casefold() for s in cell.slots for n in s.names if len(n) > 1)
