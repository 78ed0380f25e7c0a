"""One person cell whose name words a machine JOINED (any joiner, camel case, a slug, a bracketed initial), read back
into its name pieces and its layout.

Why: exports and spreadsheets write a person's name words run together by whatever joined them: a dot, an
underscore, a plus, a hyphen in a lower-case URL slug, nothing at all in camel case, full-width letters, a family name
with a bracketed initial, a particle moved to the end, a relation or title before (``Short.Tracy``,
``LONG-WILLIAMS_Jordan``, ``elena-trezzini``, ``JulieMichaelkennedy``, ``Bennett (A)``, ``Angelo Dussen van``,
``mum: Julia Clayton``, ``Mme BANGOURA, Fatoumata``). The form-free reader (:mod:`person_cell_parts`) cuts at spaces
and marks and reads ``Short.Tracy`` as one abbreviation, ``elena-trezzini`` as lower-case residue and
``JulieMichaelkennedy`` as one word. This reader lists no layout: it cuts the cell's core at ANY joiner between
letter runs (one kind of joiner per cell) and at every lower-to-upper case change, keeps the pieces when each is a
name-shaped word (capitalised, in capitals, or, when the whole cell is lower case, any letters), and records the
layout as a shape of the joiner and the pieces' case (``A.a``, ``A_a``, ``a-a``, ``Aa``, ``A (I)``) so a column can
see one layout repeat over different names, and a fake can be written back in the same layout.

Which piece is the family name is told by the pieces' own case (a piece in capitals beside one that is not: ``ROYER_
Gilles``, ``Mme SOUMAH, Mariama``) or by a bracketed initial (``Hövel (N)``: the initial is the given name); else it
is left open (``family`` is None) for the column to settle (:mod:`column_machine_joined_people`).

Whether the pieces are a PERSON's is not decided here: ``report_final``, ``PayPal`` and ``data-parent`` read the
same; the column judge asks the name lists and the rows.

Example::

    read_joined_person("Short.Tracy").pieces  # ('Short', 'Tracy')
    read_joined_person("Bennett (A)").initial  # 'A'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.person_cell_grammar import HONOURS, LINKS

__all__ = ["JoinedPerson", "read_joined_person"]

_MAX_CHARS = 80
MAX_PIECES = 5
# A label before a colon (``mum:``, ``mamie :``, ``Mutter:``): one or two words, set aside as the cell's prefix.
_LABEL = re.compile(r"^([^\W\d_]+(?:[ '’\-][^\W\d_]+)?\s?:\s*)(?=\S)")
# Joiners between name pieces that no one types inside a name: ``Short.Tracy``, ``ROYER_Gilles``, ``ana+luis``.
_HARD_JOINERS = "._+·•|~,"
# A bracketed initial (or two) after the name: ``Bennett (A)``, ``Hövel (N.)``, ``Ruiz [J.M.]``.
_BRACKET_INITIAL = re.compile(r"\s*[(\[]\s*((?:[^\W\d_]\.?\s?){1,2})\s*[)\]]$")
# Generational suffixes, set aside: ``Gail Harvey III``, ``Gail Harvey Snr``.
_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv", "v", "vi", "junior", "senior"})
# Prefixes glued to a family name in capitals (``McDonald``, ``MacLeod``, ``DeVito``, ``LaToya``): no case change
# there is a joint between two names.
_GLUED = frozenset({"mc", "mac", "fitz", "de", "di", "da", "du", "la", "le", "van", "von", "del", "della", "o", "d"})
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TITLE_WORDS = frozenset(TITLES) | HONOURS
# Courtesy abbreviations that are also initials (``M. ROBIN, Léon``, ``Hr. KLEIN, Udo``): titles before a family
# name in capitals or a comma.
_INITIAL_TITLES = frozenset({"m", "mm", "hr", "fr"})
_MIDDLE_INITIAL = re.compile(r"(?<=\s)([^\W\d_])\.(?=\s)")
_MASK = "\x01"


@dataclass(frozen=True)
class JoinedPerson:
    """A joined person cell read back.

    ``pieces``: the name pieces in cell order, as written (a double family name's halves are separate pieces);
    ``spans``: their offsets in ``text`` (the cell NFKC-normalised, spaces as one); ``family``: indices of the pieces
    of the family name when the cell says which (case, a bracketed initial), else None; ``initial``: the bracketed
    initial (``Bennett (A)``) or ""; ``layout``: the cell's shape without its names (``A.a``, ``a-a``, ``Aa``, ``A
    (I)``, ``mum: A a``) for a column to see it repeat; ``joined``: the cell was joined by a machine (a joiner, camel
    case, a slug, a bracketed initial, a particle moved to the end), not written with spaces only; ``sides``: per
    piece, 0 before the cell's joiner (``.``, ``_``, ``,``) and 1 after it (all 0 without one); ``joiner``: that
    joiner, or ""."""

    text: str
    pieces: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    family: tuple[int, ...] | None
    initial: str
    layout: str
    joined: bool
    sides: tuple[int, ...] = ()
    joiner: str = ""


def _case_shape(piece: str) -> str:
    if piece.isupper() and len(piece) > 1:
        return "A"
    if piece.islower():
        return "a"
    return "Aa"


def _name_piece(piece: str, lower_cell: bool) -> bool:
    """A name-shaped piece: letters (an apostrophe inside), two or more, capitalised or in capitals (any case in a
    cell written all in lower case), not a title."""
    if not _WORD.fullmatch(piece) or len(piece) < 2:
        return False
    if piece.casefold() in _TITLE_WORDS:
        return False
    return lower_cell or piece[0].isupper() or _caseless(piece)


def _caseless(piece: str) -> bool:
    return all(ch.lower() == ch.upper() for ch in piece if ch.isalpha())


def _camel_split(word: str) -> list[tuple[int, int]]:
    """Offsets of a word's camel-case pieces (``JulieMichaelkennedy`` -> Julie, Michaelkennedy); a glued prefix
    (``McDonald``) is no joint. One piece when there is no case change."""
    cuts = [0]
    for k in range(1, len(word)):
        if word[k].isupper() and word[k - 1].islower():
            if word[cuts[-1] : k].casefold() in _GLUED and cuts[-1] == 0:
                continue
            cuts.append(k)
    cuts.append(len(word))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _strip_dress(text: str) -> tuple[int, int, str]:
    """(start, end, prefix shape) of the cell's core: a label before a colon, leading titles and a generational
    suffix set aside."""
    start, end, prefix = 0, len(text), ""
    if (m := _LABEL.match(text)) is not None:
        start, prefix = m.end(), "L: "
    while True:
        m = re.match(r"([^\W\d_]+\.?)\s+", text[start:end])
        if m is None:
            break
        word = m.group(1).casefold().rstrip(".")
        after = text[start + m.end() : end]
        courtesy = word in _INITIAL_TITLES and m.group(1).endswith(".") and ("," in after or after[:2].isupper())
        if word not in _TITLE_WORDS and not courtesy:
            break
        start += m.end()
        prefix += "T "
    m = re.search(r"\s+([^\W\d_]+\.?)$", text[start:end])
    if m is not None and m.group(1).casefold().rstrip(".") in _SUFFIXES and m.start() > 0:
        end = start + m.start()
    return start, end, prefix


@lru_cache(maxsize=65536)
def read_joined_person(value: str) -> JoinedPerson | None:
    """The cell's name pieces and layout (module docstring), or None when the cell is not name pieces joined (digits,
    an e-mail, more than one kind of joiner, a piece that is no name-shaped word).

    >>> read_joined_person("LONG-WILLIAMS_Jordan").family
    (0, 1)
    >>> read_joined_person("veronique-scholl").layout
    'a-a'
    >>> read_joined_person("JulieMichaelkennedy").pieces
    ('Julie', 'Michaelkennedy')
    """
    text = " ".join(unicodedata.normalize("NFKC", str(value)).split())
    if not text or len(text) > _MAX_CHARS or any(ch.isdigit() or ch in "@/\\#%=<>{}" for ch in text):
        return None
    start, end, prefix = _strip_dress(text)
    core = text[start:end]
    initial = ""
    if (m := _BRACKET_INITIAL.search(core)) is not None:
        initial = m.group(1).replace(".", "").replace(" ", "")
        if not initial.isupper():
            return None
        core = core[: m.start()]
        end = start + len(core)
    # A middle initial (``Hans D. Hein``) is no joiner: its dot is masked, the initial kept out of the pieces.
    core = _MIDDLE_INITIAL.sub(lambda m: m.group(1) + _MASK, core)
    hard = {ch for ch in core if ch in _HARD_JOINERS}
    if len(hard) > 1 or core.count(",") > 1:
        return None
    joiner = hard.pop() if hard else ""
    if joiner and joiner != "," and re.search(rf"\s[{re.escape(joiner)}]|[{re.escape(joiner)}]\s", core):
        return None  # ``Dr. Smith``, ``A . B``: typed with spaces, the other readers'
    lower_cell = core.islower()
    # Cut at the joiner, then at spaces and hyphens, then at case changes; each cut piece keeps its offset.
    pieces: list[tuple[int, int]] = []
    groups: list[int] = []  # which side of the hard joiner each piece is on
    links: list[tuple[int, int]] = []  # particles (``van``, ``de``) between or after the pieces
    side = 0
    pos = 0
    for chunk in re.split(rf"([{re.escape(joiner)}])" if joiner else r"(?!)", core):
        if joiner and chunk == joiner:
            side += 1
            pos += 1
            continue
        for w in re.finditer(r"[^\s\-]+", chunk):
            word = w.group()
            offset = start + pos + w.start()
            if word.endswith(_MASK) and len(word) == 2:
                continue  # a middle initial
            if word.casefold() in LINKS and not lower_cell:
                links.append((offset, offset + len(word)))
                continue
            for s, e in _camel_split(word) if not lower_cell else [(0, len(word))]:
                pieces.append((offset + s, offset + e))
                groups.append(side)
        pos += len(chunk)
    words = [text[s:e] for s, e in pieces]
    if not 1 <= len(words) <= MAX_PIECES or not all(_name_piece(w, lower_cell) for w in words):
        return None
    if len(words) + bool(initial) < 2:
        return None
    camel = any(len(_camel_split(text[s:e])) > 1 for s, e in _words_between(text, pieces))
    trailing_link = bool(links) and links[-1][0] > pieces[-1][0]
    slug = lower_cell and "-" in core and " " not in core
    joined = bool(joiner) or camel or slug or bool(initial) or trailing_link
    family = _family(words, groups, initial, joiner)
    layout = prefix + _layout(text, pieces, start, end, joiner, initial)
    return JoinedPerson(text, tuple(words), tuple(pieces), family, initial, layout, joined, tuple(groups), joiner)


def _words_between(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The space-delimited words the pieces were cut from (to tell a camel-case cut)."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and out[-1][1] == s and text[s - 1 : s].isalpha():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _family(words: list[str], groups: list[int], initial: str, joiner: str) -> tuple[int, ...] | None:
    """Indices of the family name's pieces when the cell tells them: the pieces in capitals beside pieces that are
    not; all pieces when an initial stands for the given name."""
    if initial:
        return tuple(range(len(words)))
    caps = [k for k, w in enumerate(words) if w.isupper() and not _caseless(w)]
    if caps and len(caps) < len(words):
        return tuple(caps)
    if joiner and len(set(groups)) == 2 and _comma_like(joiner):
        return tuple(k for k, g in enumerate(groups) if g == 0)
    return None


def _comma_like(joiner: str) -> bool:
    """A joiner that puts the family name first by convention (``Ruiz, Ana``, ``Ruiz|Ana``); dots and underscores
    do not."""
    return joiner in "|,"


def _layout(text: str, pieces: list[tuple[int, int]], start: int, end: int, joiner: str, initial: str) -> str:
    """The core's shape: each piece as its case shape (``A``, ``Aa``, ``a``), separators as written."""
    out = []
    pos = start
    for s, e in pieces:
        gap = text[pos:s]
        out.append(re.sub(r"[^\W\d_]+", "p", gap))  # a particle between the pieces: ``p``
        out.append(_case_shape(text[s:e]))
        pos = e
    tail = text[pos:end]
    out.append(re.sub(r"[^\W\d_]+", "p", tail))
    if initial:
        out.append(" (I)")
    return "".join(out)
