"""One person cell split into its PERSON part and its RESIDUE, whatever form the cell is written in.

Why: registers write one column's people in forms no list of layouts keeps up with (``c/o Susan Allen``,
``Attn: Marissa Adkins``, ``KENNEDY/MARTIN MR``, ``Morales; Autumn``, ``Rakotoarisoa | Rivo``, ``Ryan Lucas
<ryan_lucas@outlook.com>``, ``Caaltuu Jaarsoo (25)``, ``Rethabile "Flick" Molapo``); each form reader refused the
forms it did not list, and the next set wrote others. This reader lists no form. It cuts the cell into tokens of a
few KINDS (a capitalised word, a word in capitals, a lower-case word, an initial, digits, an e-mail, a bracketed or
quoted chunk, a mark) and keeps as the person part the runs of NAME-LIKE tokens (capitalised, in capitals, in a
script without case, initials, lower-case particles between them). Everything else is residue, set aside by its
SHAPE without any list of its words: lower-case words (``c/o``, ``à l'att. de``, ``p/a``), abbreviations with a
dot (``z. Hd.``, ``att.``), a word before a colon (``Attn:``), slash abbreviations, titles, digits and ages,
e-mails, marks. Order and separators do not matter: two name runs around one mark (``SURNAME/GIVEN``, ``Surname;
Given``, ``Surname | Given``, ``Surname, Given``) are a family part and a given part.

The reader never decides a column: its ``frame`` (the cell with the person part blanked, digits and e-mails
generalised) lets a column see that the residue repeats while the names change (:mod:`column_form_free_people`).

Example::

    parts = read_person_parts("c/o Susan Allen")
    parts.words  # ('Susan', 'Allen')
    parts.frame  # 'c/o \\x00'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.person_cell_grammar import CONJUNCTIONS, HONOURS, LINKS

__all__ = ["PERSON_SLOT", "PersonParts", "read_person_parts"]

# Where the person part stood in a frame.
PERSON_SLOT = "\x00"
# Token kinds, tried in this order at each position.
_TOKEN = re.compile(
    r"""
    (?P<email><?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>?)
  | (?P<quoted>["“”„«»]\s*[^"“”„«»@]{1,40}?\s*["“”„«»])
  | (?P<bracket>[(\[{]\s*[^()\[\]{}@]{0,40}?\s*[)\]}])
  | (?P<slash>(?<![^\W\d_])[^\W\d_]{1,2}/[^\W\d_]{0,2}\.?(?![^\W\d_]))
  | (?P<word>[^\W\d_]+(?:['’\-.][^\W\d_]+)*\.?)
  | (?P<digits>\d+(?:[.,:/\-]\d+)*)
  | (?P<mark>[^\s\w]+|_+)
    """,
    re.VERBOSE,
)
_TITLE_WORDS = frozenset(TITLES) | HONOURS
_LINK_WORDS = frozenset(LINKS)
MAX_NAME_WORDS = 5
_MAX_CHARS = 120


@dataclass(frozen=True)
class PersonParts:
    """A cell read as a person part and residue.

    ``runs``: the name runs as (start, end) offsets into ``text`` (the cell on one line); ``words``: their name
    words in order; ``family_first``: two runs around one mark (``SURNAME/GIVEN``), the first the family name;
    ``frame``: the residue with each person run written :data:`PERSON_SLOT`, digits as ``9`` and e-mails as ``@``;
    ``emails``: the e-mails' offsets; ``extra``: name words in a bracket or quotes (a nickname), offsets too."""

    text: str
    runs: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    family_first: bool
    frame: str
    emails: tuple[tuple[int, int], ...]
    extra: tuple[tuple[int, int], ...]

    @property
    def initials(self) -> int:
        """Initials among the name words (``G.``, ``A``)."""
        return sum(_is_initial(w) for w in self.words)

    @property
    def bare(self) -> bool:
        """The cell is its person part and nothing else."""
        return self.frame == PERSON_SLOT


def _is_initial(word: str) -> bool:
    """A capital alone, with or without its dot (``G.``, ``A``); a lower-case ``z.`` is an abbreviation's."""
    letters = word.rstrip(".")
    return len(letters) == 1 and letters.isalpha() and letters.isupper()


def _caseless(word: str) -> bool:
    return all(ch.lower() == ch.upper() for ch in word if ch.isalpha())


def _name_like(word: str, following: str) -> bool:
    """A word that may be part of a person's name by its shape alone: capitalised, in capitals, an initial or in a
    script without case; not an abbreviation (``Hd.``, ``Str.``), a label before a colon, or a title."""
    if following.startswith(":"):
        return False  # ``Attn:``, ``Name:``: a label
    if _is_initial(word):
        return True
    if word.casefold().rstrip(".") in _TITLE_WORDS:
        return False
    if word.endswith(".") or "." in word:
        return False  # an abbreviation: ``z.``, ``Hd.``, ``t.a.v.``
    if _caseless(word):
        return True
    first = word[0]
    return first.isupper() and len(word) > 1


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.lastgroup or "mark", m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _inner_words(chunk: str) -> bool:
    """A bracketed or quoted chunk that holds one to three name-like words only (a nickname, a maiden name)."""
    inner = chunk.strip('"“”„«»()[]{} ')
    words = inner.split()
    return (
        1 <= len(words) <= 3
        and all(
            w in _LINK_WORDS or (re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", w) is not None and _name_like(w, ""))
            for w in words
        )
        and any(w not in _LINK_WORDS for w in words)
    )


@lru_cache(maxsize=65536)
def read_person_parts(value: str) -> PersonParts | None:
    """The cell's person part and residue (module docstring), or None when it holds no name run or too many name
    words for one person.

    >>> read_person_parts("KENNEDY/MARTIN MR").words
    ('KENNEDY', 'MARTIN')
    >>> read_person_parts("Caaltuu Jaarsoo (25)").frame
    '\\x00 (9)'
    >>> read_person_parts("Morales; Autumn").family_first
    True
    """
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    if not text or len(text) > _MAX_CHARS:
        return None
    toks = _tokens(text)
    runs: list[list[int]] = []  # token indices of each run
    current: list[int] = []
    for k, (kind, start, end) in enumerate(toks):
        word = text[start:end]
        following = text[end : end + 1]
        if kind == "word" and _name_like(word, following):
            current.append(k)
            continue
        if kind == "word" and word in _LINK_WORDS and _next_is_name(toks, k, text):
            current.append(k)  # ``van der``, ``bin`` between name words
            continue
        if kind == "mark" and current and word in "-'’" and _next_is_name(toks, k, text):
            continue  # a spaced hyphen inside a double family name is no separator; the run goes on
        if kind in ("quoted", "bracket") and current and _inner_words(word) and _next_is_name(toks, k, text):
            continue  # a nickname or a maiden name inside the name (``Gail "Sunny" Harvey``): the run goes on
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    if not runs or all(_is_initial(text[toks[i][1] : toks[i][2]]) for i in runs[0]):
        return None  # no name word before the initials (``A.``, ``B / C``)
    words = tuple(text[toks[i][1] : toks[i][2]] for r in runs for i in r
                  if toks[i][0] == "word" and text[toks[i][1] : toks[i][2]] not in _LINK_WORDS)  # fmt: skip
    if not 1 <= len(words) <= MAX_NAME_WORDS or len(runs) > 2:
        return None
    spans = tuple((toks[r[0]][1], toks[r[-1]][2]) for r in runs)
    family_first = len(runs) == 2 and _one_mark_between(text, spans[0][1], spans[1][0])
    if len(runs) == 2 and not family_first:
        return None  # two name runs apart (``Anna Berg and Tom Lee``, ``Ana - 612 - Ruiz``): not one person
    emails = tuple((s, e) for kind, s, e in toks if kind == "email")
    extra = tuple((s, e) for kind, s, e in toks if kind in ("quoted", "bracket") and _inner_words(text[s:e]))
    return PersonParts(text, spans, words, family_first, _frame(text, toks, spans, extra), emails, extra)


def _next_is_name(toks: list[tuple[str, int, int]], k: int, text: str) -> bool:
    """The next token, past lower-case particles (``van der``), is a name-like word right after a space or none."""
    while k + 1 < len(toks):
        kind, start, end = toks[k + 1]
        word = text[start:end]
        if kind != "word" or start - toks[k][2] > 1:
            return False
        if word not in _LINK_WORDS:
            return _name_like(word, text[end : end + 1])
        k += 1
    return False


def _one_mark_between(text: str, end: int, start: int) -> bool:
    """Between two runs: one mark of one or two characters and spaces only (``/``, ``;``, ``|``, ``,``, ``//``), not
    a mark joining two people (``&``, ``+``)."""
    gap = text[end:start].strip()
    return 1 <= len(gap) <= 2 and not any(ch.isalnum() for ch in gap) and gap not in CONJUNCTIONS


def _frame(
    text: str, toks: list[tuple[str, int, int]], spans: tuple[tuple[int, int], ...], extra: tuple[tuple[int, int], ...]
) -> str:
    """The residue's shape: each person run as :data:`PERSON_SLOT`, a name chunk as its brackets or quotes around
    it, digits ``9``, e-mails ``@``; spaces kept as one."""
    out: list[str] = []
    pos = 0
    for kind, start, end in toks:
        out.append(" " if text[pos:start] else "")
        pos = end
        piece = text[start:end]
        if (start, end) in extra:
            piece = f"{piece[0]}{PERSON_SLOT}{piece[-1]}"
        elif any(s <= start < e for s, e in spans):
            if len(out) > 1 and out[-2] == PERSON_SLOT:
                out.pop()  # the run goes on
                continue
            piece = PERSON_SLOT
        elif kind == "email":
            piece = "<@>" if piece.startswith("<") else "@"
        elif kind in ("digits", "bracket"):
            piece = re.sub(r"\d+", "9", piece)
        elif kind == "quoted":
            piece = '"…"'
        out.append(piece)
    return "".join(out).strip()
