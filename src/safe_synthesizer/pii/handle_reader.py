"""A login handle or an e-mail's local part read as the name words it holds, wherever its digits and separators are.

Why: registers write a person as a machine-made handle beside their other forms (``nobantu56.sompisi``,
``f48vanderlaar``, ``gomesdasilva06i``, ``dlodlo59d``, ``kahou89.kuok``), and the earlier handle reader
(:func:`person_any_form.handle_runs`) took digits at the end only and split glued runs by the column's words alone:
a handle with digits in front or in the middle, a trailing initial after its digits, or two family names glued with
their particles (``dossantosguterres``, ``vandekooijderoos``) was read as nothing and the column was published with
its handles (set 45: 127 handles left). This reader does not list layouts. It cuts the token into letter runs,
digit runs and separators (any of ``. _ - +``, any order), and splits each letter run into name words by dynamic
programming over a lexicon: the caller's ``known`` words (the table's own name words: the strongest evidence),
every locale's given names and surnames of the name lists (three letters or more), and the name particles of many
languages (``van``, ``de``, ``dos``, ``bin``, ``ould``...); one single letter at a run's edge is an initial. The
cheapest split wins (long listed words are cheap, short ones and initials dear), so ``vandekooijderoos`` is
``van de kooij de roos`` and not eleven short names.

Chance is measured, not assumed (``benchmarks/dev_hn_s60.py`` runs it on product codes, SKUs, file names, hashtags,
ordinary lower-case words and the non-person columns of sets 33-44): a split of only listed words is easy to get by
chance for an ordinary word (``rosemary`` and ``carmen`` are listed given names, ``pass`` and ``word`` listed
surnames), so a reading says HOW it was read and the caller decides what is enough:

* ``by_table``: one word or more from ``known`` (a handle agreeing with the column's people), every other letter
  read, or one whole run no lexicon holds beside it (``ngaio22.tawhiri``);
* ``by_lists``: every letter read, two listed name words of four letters or more (or one beside a table word),
  and no letter run is an ordinary word of a language.

Example::

    read_handle("nobantu56.sompisi", frozenset({"nobantu", "sompisi"})).words  # ('nobantu', 'sompisi')
    read_handle("f48vanderlaar", frozenset({"laar"})).words  # ('f', 'van', 'der', 'laar')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.person_cell_grammar import LINKS, plain_word

__all__ = ["HandlePiece", "HandleReading", "fold_letters", "handle_pieces", "read_handle"]

# The pieces of a handle: letter runs, digit runs, separators.
_PIECE = re.compile(r"[^\W\d_]+|\d+|[._\-+]+")
_TOKEN = re.compile(r"^[^\W_]+(?:[._\-+]*[^\W_]+)*[._\-+]?$")
_MAX_LENGTH = 40
_MIN_LETTERS = 4
_LONGEST_WORD = 24
_MAX_INITIALS = 2
# A whole letter run no lexicon holds is allowed once, this long or longer, beside a word of the table.
_UNKNOWN_RUN = 3
# Split costs: a word of the table costs least; a listed word the less the longer it is (short ones come by chance);
# a particle little (it never counts as evidence, and ``vanderberg`` is ``van der berg`` rather than ``v anderberg``);
# an initial more than a word.
_COST_KNOWN = 1.0
_COST_PARTICLE = 0.6
_COST_INITIAL = 1.6
_LISTED_COST = {3: 2.4, 4: 1.6}
_COST_LISTED_LONG = 1.3
# Evidence without the table: listed words this long count as a name word (shorter ones come by chance).
MIN_LISTED_LETTERS = 4
_PARTICLES = frozenset(
    f for w in LINKS | gazetteers.PARTICLES if len(f := "".join(ch for ch in w if ch.isalpha())) >= 2
)


@dataclass(frozen=True)
class HandlePiece:
    """One piece of a handle as written: ``kind`` is ``word`` (a name word: ``text`` folded, ``source`` one of
    ``known``, ``given``, ``surname``, ``particle``, ``initial``, ``unknown``: a whole run beside a table word) or
    ``literal`` (digits or separators, kept)."""

    kind: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class HandleReading:
    """A handle read as name words: ``pieces`` in order (words and literals, to fake it in its layout), and the
    evidence counts (module docstring)."""

    pieces: tuple[HandlePiece, ...]
    known: int
    listed_long: int
    ordinary_run: bool

    @property
    def words(self) -> tuple[str, ...]:
        """The name words (particles and initials included), in order."""
        return tuple(p.text for p in self.pieces if p.kind == "word")

    @property
    def names(self) -> tuple[str, ...]:
        """The name words without particles and initials."""
        return tuple(p.text for p in self.pieces if p.kind == "word" and p.source not in ("particle", "initial"))

    @property
    def by_table(self) -> bool:
        """A word of the table's own people in it (every letter read, or one whole run unknown beside it)."""
        return self.known > 0

    @property
    def by_lists(self) -> bool:
        """Two listed name words of four letters or more (one beside a table word), no run an ordinary word."""
        if self.ordinary_run or any(p.source == "unknown" for p in self.pieces):
            return False
        return self.listed_long >= 2 or (self.known > 0 and self.listed_long >= 1)


def fold_letters(text: str) -> str:
    """``text`` case-folded, accents off (how a handle writes a name).

    >>> fold_letters("Cusihuamán")
    'cusihuaman'
    """
    bare = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def handle_pieces(token: str) -> tuple[str, ...] | None:
    """The runs of a handle (letters, digits, separators), or None when ``token`` is no handle: spaces, other
    marks, too long, fewer than four letters, or no letters.

    >>> handle_pieces("f48vanderlaar")
    ('f', '48', 'vanderlaar')
    """
    text = token.strip()
    if not text or len(text) > _MAX_LENGTH or not _TOKEN.match(text):
        return None
    pieces = tuple(_PIECE.findall(text))
    if sum(len(p) for p in pieces if p[0].isalpha()) < _MIN_LETTERS:
        return None
    return pieces


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) of every locale's lists, folded, three letters or more."""
    given = frozenset(f for w in gazetteers.column_first_names() if len(f := fold_letters(w)) >= 3 and f.isalpha())
    family = frozenset(f for w in gazetteers.column_surname_words() if len(f := fold_letters(w)) >= 3 and f.isalpha())
    return given, family


def _word_source(word: str, known: frozenset[str]) -> tuple[str, float] | None:
    """Where ``word`` comes from and what it costs in a split, or None when it is no name word."""
    if word in known and len(word) >= 2:
        return "known", _COST_KNOWN
    if word in _PARTICLES:
        return "particle", _COST_PARTICLE
    if len(word) < 3:
        return None
    given, family = _lists()
    cost = _LISTED_COST.get(len(word), _COST_LISTED_LONG)
    if word in family:
        return "surname", cost
    if word in given:
        return "given", cost
    return None


@lru_cache(maxsize=65536)
def _split_run(run: str, known: frozenset[str], lead: bool, trail: bool) -> tuple[tuple[str, str], ...] | None:
    """The cheapest split of one letter run into (word, source) pairs; a run of one letter is an initial, and with
    ``lead`` / ``trail`` an initial may open / close the run (the handle's first / last letters)."""
    n = len(run)
    if n == 1:
        return ((run, "initial"),)
    best: list[tuple[float, tuple[tuple[str, str], ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    if lead:
        best[1] = (_COST_INITIAL, ((run[0], "initial"),))
    for i in range(n):
        if best[i] is None:
            continue
        cost_i, split_i = best[i]  # type: ignore[misc]
        for j in range(i + 2, min(n, i + _LONGEST_WORD) + 1):
            found = _word_source(run[i:j], known)
            if found is None:
                continue
            source, cost = found
            cand = (cost_i + cost, (*split_i, (run[i:j], source)))
            if best[j] is None or cand[0] < best[j][0]:  # type: ignore[index]
                best[j] = cand
        if trail and i == n - 1 and i > 0:
            cand = (cost_i + _COST_INITIAL, (*split_i, (run[i], "initial")))
            if best[n] is None or cand[0] < best[n][0]:  # type: ignore[index]
                best[n] = cand
    return best[n][1] if best[n] is not None else None


def read_handle(token: str, known: frozenset[str] = frozenset()) -> HandleReading | None:
    """``token`` (a handle or an e-mail's local part, no ``@``) read as name words, or None when some letter run
    does not split into name words (``known``: the table's own name words, folded as by :func:`fold_letters`).

    The caller decides what evidence is enough (:attr:`HandleReading.by_table`, :attr:`HandleReading.by_lists`).

    >>> r = read_handle("dossantosguterres68r", frozenset({"guterres"}))
    >>> r.words, r.by_table
    (('dos', 'santos', 'guterres', 'r'), True)
    >>> read_handle("sku-4471-blue") is None
    True
    """
    runs = handle_pieces(token)
    if runs is None:
        return None
    pieces: list[HandlePiece] = []
    initials = unknown = 0
    letter_runs = [k for k, run in enumerate(runs) if run[0].isalpha()]
    for k, run in enumerate(runs):
        if not run[0].isalpha():
            pieces.append(HandlePiece("literal", run))
            continue
        folded = fold_letters(run)
        split = _split_run(folded, known, k == letter_runs[0], k == letter_runs[-1])
        if split is None and not unknown and len(letter_runs) > 1 and _UNKNOWN_RUN <= len(folded) <= _LONGEST_WORD:
            # One whole run no lexicon holds (``ngaio22.tawhiri``: a family name no list has), beside a table word.
            split, unknown = ((folded, "unknown"),), 1
        if split is None:
            return None
        for word, source in split:
            initials += source == "initial"
            pieces.append(HandlePiece("word", word, source))
    words = [p for p in pieces if p.kind == "word"]
    if initials > _MAX_INITIALS or all(p.source in ("particle", "initial") for p in words):
        return None
    known_n = sum(p.source == "known" and len(p.text) >= 3 for p in words)
    if unknown and (not known_n or any(p.source == "unknown" and _ordinary(p.text) for p in words)):
        return None
    listed_long = sum(p.source in ("given", "surname") and len(p.text) >= MIN_LISTED_LETTERS for p in words)
    ordinary = any(len(r) >= MIN_LISTED_LETTERS and r[0].isalpha() and _ordinary(fold_letters(r)) for r in runs)
    return HandleReading(tuple(pieces), known_n, listed_long, ordinary)


@lru_cache(maxsize=65536)
def _ordinary(run: str) -> bool:
    """A letter run that is an ordinary word of a language, a street word or a town (``blue``, ``report``)."""
    return plain_word(run)
