"""A person's name read from the LETTER RUNS of a cell, whatever dress stands around them, and a fake written back
in place keeping every other character.

Why: each export writes names in another dress, and each session's reader of a LIST of dresses (accounts, tags,
tails: :mod:`person_cell_tags`) was met by the next blind set's new ones: a Python tuple ``('June', 'Jackson')`` or
``('ثنا کامران',)``, a chat mention ``@patrick.cooper``, a role in square brackets in front ``[treasurer] Gail
Harvey``, a check mark after ``Keith Cuevas ✓``, the child in brackets after ``Haley Morgan (Heather's parent)``.
What they share is no layout but a SHAPE: the name is the run of letter words at the cell's outermost bracket depth
(or, when every word is bracketed, at the shallowest depth), joined only by spaces, dots, underscores, hyphens or a
sequence literal's quotes and comma; everything else (a bracketed group beside it, a key before ``=``/``:``, a
sigil, a mark, quotes) is residue by shape, never by list. This module tokenises the cell into letter runs of any
script (a handle's ``.``/``_`` joins and a joined word's capitals cut), picks those runs, and returns the name text
for the column judges (one decoding layer of :mod:`cell_machine_encodings`, tried last) and a function writing a
fake's words over the same runs. A residue group naming another person by a possessive (``Heather's``) or a listed
given name (``Elternteil von Tom``) has that word faked as well (a stand-in given name, the same for the same word
and fake). It judges nothing: the existing person readers judge the name text, so a horse, a yarn or a dance in the
same dress stays what the plain cell would be.

Example::

    text, dress, kind = runs_layer("('June', 'Jackson')")
    text, dress("Mara Olsen")            # ("June Jackson", "('Mara', 'Olsen')")
    runs_layer("[treasurer] Gail Harvey")[0]   # "Gail Harvey"
    runs_layer("@patrick.cooper")[1]("Ann Lee")  # "@ann.lee"
    runs_layer("Ana Berg")               # None: nothing stands around the words
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.person_across_forms import ascii_spelling

__all__ = ["may_wear_runs", "name_runs", "runs_layer"]

Layer = tuple[str, Callable[[str], str], str]

_OPEN = {"(": ")", "[": "]", "{": "}", "（": "）", "【": "】", "〔": "〕", "⟨": "⟩"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_QUOTES = frozenset("'\"‘’“”«»‹›„‚「」『』")
# Characters a gap between two words of ONE name may hold: spaces, an initial's dot, a handle's joins, a hyphen, a
# sequence literal's quotes and comma. Anything else (``/``, ``&``, ``+``, ``;``, ``|``) joins two things.
_NAME_GAP = frozenset(" \u00a0\u202f._-,") | _QUOTES
_MAX_LEN = 120
_LABEL_ONLY = re.compile(r"\s*[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*\s*:\s*$")
_MAX_WORDS = 6


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def may_wear_runs(cell: str) -> bool:
    """A cheap test: the cell holds a mark no name is written with (a symbol such as ``✓``, a bracket, a sigil)."""
    return any(unicodedata.category(ch) == "So" or ch in _OPEN or ch in "@#" for ch in cell)


@dataclass(frozen=True)
class Run:
    """One letter run: its span in the cell, its bracket depth and group, and whether it is a key (``given=``)."""

    start: int
    end: int
    depth: int
    group: int
    key: bool


def _camel_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A joined word's pieces at its lower-to-upper case changes (``KeithCuevas``); a piece under three letters
    joins the next (``McDonaldRoss`` -> ``McDonald``, ``Ross``; ``DeAndre`` stays whole)."""
    cuts = [start]
    for i in range(start + 1, end):
        if text[i].isupper() and text[i - 1].islower():
            cuts.append(i)
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    carry = None
    for a, b in itertools.pairwise(cuts):
        a = carry if carry is not None else a
        carry = a if b - a < 3 and b < end else None
        if carry is None:
            pieces.append((a, b))
    if len(pieces) > 1 and pieces[-1][1] - pieces[-1][0] < 3:
        pieces[-2:] = [(pieces[-2][0], pieces[-1][1])]
    return pieces


def _tokens(text: str) -> list[Run] | None:
    """The letter runs of ``text`` with their depth; ``None`` when the brackets do not balance."""
    runs: list[Run] = []
    stack: list[str] = []
    group, groups = 0, [0]
    joined = " " not in text.strip()
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            stack.append(ch)
            group += 1
            groups.append(group)
            i += 1
            continue
        if ch in _CLOSE:
            if not stack or stack[-1] != _CLOSE[ch]:
                return None
            stack.pop()
            groups.pop()
            i += 1
            continue
        if not _letter(ch):
            i += 1
            continue
        j = i
        while j < n:
            if _letter(text[j]) or (
                text[j] in "-'’"
                and j + 1 < n
                and _letter(text[j + 1])
                and not (text[j] in "'’" and text[j + 1] in "sS" and (j + 2 >= n or not _letter(text[j + 2])))
            ):
                j += 1
            else:
                break
        rest = text[j:].lstrip(" ")
        key = rest[:1] in ("=", ":") and rest[1:2] != ":"
        pieces = _camel_cuts(text, i, j) if joined else [(i, j)]
        for a, b in pieces:
            runs.append(Run(a, b, len(stack), groups[-1], key))
        # A possessive's ``s`` is residue, not a word.
        if j + 1 < n and text[j] in "'’" and text[j + 1] in "sS":
            j += 2
        i = j
    return None if stack else runs


@dataclass(frozen=True)
class NameRuns:
    """The runs read as one name (in order) and the residue runs naming another person (faked as a given name)."""

    name: tuple[Run, ...]
    others: tuple[Run, ...]
    handle: bool


def name_runs(text: str) -> NameRuns | None:
    """The runs of ``text`` that are its name, when something stands around them; else ``None`` (a plain cell, a
    cell with digits, two things joined, more than six words, or no residue to take off).

    Example::

        [("[treasurer] Gail Harvey"[r.start : r.end]) for r in name_runs("[treasurer] Gail Harvey").name]
        # ["Gail", "Harvey"]
    """
    if not text or len(text) > _MAX_LEN or any(ch.isdigit() for ch in text):
        return None
    runs = _tokens(text)
    if not runs:
        return None
    joined = " " not in text.strip()
    values = [r for r in runs if not r.key]
    if not values:
        return None
    depth = min(r.depth for r in values)
    groups = {r.group for r in values if r.depth == depth}
    if len(groups) != 1:
        return None  # ``(Ana) (Leon)``: two groups at the same depth, no one name
    name = [r for r in values if r.depth == depth]
    if len(name) > _MAX_WORDS:
        return None
    for a, b in itertools.pairwise(name):
        gap = text[a.end : b.start]
        if (not gap and not joined) or any(ch not in _NAME_GAP for ch in gap):
            return None  # ``Tom's Bar``, ``Ana / Leon``: a possessive or two things joined
        quotes = sum(ch in _QUOTES for ch in gap)
        if quotes and not (quotes == 2 and "," in gap):
            return None  # quotes between words only as a sequence literal's ``', '``
    inner_span = text[name[0].start : name[-1].end]
    if any(r.key for r in runs if name[0].start < r.start < name[-1].end):
        return None  # a key inside the name's span (``a=b c=d``): a record, read by the record syntaxes
    if not _dress_around(text, runs, name, depth):
        return None
    sigil = text[name[0].start - 1 : name[0].start] in ("@", "#", "＃")
    handle = all(ch not in " \u00a0\u202f" for ch in inner_span) and (len(name) >= 2 or sigil)
    others = tuple(r for r in values if r.depth != depth or r.group not in groups)
    return NameRuns(tuple(name), others, handle)


def _dress_around(text: str, runs: list[Run], name: list[Run], depth: int) -> bool:
    """Whether something other than the name's own writing stands around its runs.

    Not dress: nothing, a possessive ``'s`` (``Sainsbury's``), a lone apostrophe (``Ciglie'``: an elided accent);
    a one- or two-word bracketed group AFTER the name (``Blackburn (Gary)``, ``Ibrahim [Djibo]``, ``Ana Roht (née
    Jansen)``, ``Dino Casadei (papà)``, ``(Mme)``): a qualifier the person readers read with the name (a given
    name, a birth name, an honorific, a relation), left to them unless a possessive in it names another person
    (``(Heather's parent)``) or a listed given name ends it (``(Elternteil von Tom)``); a cell that is one bracketed
    lower-case phrase (``(none given)``) or one lower-case word in marks (``<empty>``): a missing value.
    """
    before, after = text[: name[0].start].strip(), text[name[-1].end :].strip()
    after = after.removeprefix("'s").removeprefix("’s").strip() if after[:2] in ("'s", "’s") else after
    if name[-1].end - name[-1].start == 1 and after[:1] == ".":
        after = after[1:].strip()  # an initial's own dot (``Clark, J. (Jennifer)``)
    core = (before + after).strip()
    if not core:
        return False
    if all(ch in _QUOTES for ch in core):
        return bool(before) and bool(after)  # quotes round the name, not a word's own apostrophe
    if after[:1] in _OPEN:
        inside = [r for r in runs if r.start >= name[-1].end and r.depth > depth]
        possessive = any(text[r.end : r.end + 2] in ("'s", "’s") for r in inside)
        # Dress only when it names another person: a possessive, or a listed given name after a relation and a
        # link (``Elternteil von Tom``); a birth name (``née Silva``) or a place after a street (``Trecho Almeida
        # (Albuquerque dos Dourados)``) is not.
        if not possessive and not (len(inside) >= 3 and _listed_given(text[inside[-1].start : inside[-1].end])):
            return False
    first = text[name[0].start : name[0].end]
    if len(name) == 1:
        cased = first != first.lower() or first != first.upper()
        if len(first) < 2 or (cased and first == first.upper()):
            return False  # one letter or capitals in marks (``O+``, ``#NAME?``, ``<NA>``): a code, no name
        sigil = text[name[0].start - 1 : name[0].start] in ("@", "#", "＃")
        if cased and first == first.lower() and not sigil:
            return False  # one lower-case word in marks (``<empty>``, ``—none—``): a missing value, no name
    if depth > 0 and not any(ch in _QUOTES for ch in text):
        words = [text[r.start : r.end] for r in name]
        if all(w == w.lower() and w != w.upper() for w in words):
            return False
    return True


def _gap_text(gap: str) -> str:
    """How a gap between two name words reads in the name text: a space, or the gap's own comma or initial dot when
    it wrote no quote or join (``Harvey, Gail``, ``R. Harvey``)."""
    if not gap or any(ch in _QUOTES for ch in gap) or gap in (".", "_", "-"):
        return " " if gap != "-" else "-"
    return gap


def _cased(word: str, like: str, handle: bool = False) -> str:
    """``word`` written in the case of ``like`` (lower, capitals) and, in a handle, ASCII when it was."""
    if handle and like.isascii() and not word.isascii():
        word = ascii_spelling(word)
    if like == like.lower() and like != like.upper():
        return word.lower()
    if like == like.upper() and like != like.lower() and len(like) > 1:
        return word.upper()
    return word


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from safe_synthesizer.pii import gazetteers

    return frozenset(gazetteers.first_names())


@lru_cache(maxsize=1)
def _stand_ins() -> tuple[str, ...]:
    return tuple(sorted(w.capitalize() for w in _given_names() if w.isascii() and w.isalpha() and 3 <= len(w) <= 9))


def _listed_given(word: str) -> bool:
    """A capitalised word that is a listed given name (``Tom``)."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in _given_names()


def _other_person(text: str, run: Run) -> bool:
    """A residue word naming another person: followed by a possessive ``'s``, or a capitalised listed given name."""
    word = text[run.start : run.end]
    if text[run.end : run.end + 2] in ("'s", "’s"):
        return True
    return _listed_given(word)


def _stand_in(original: str, fake: str) -> str:
    """A given name standing in for ``original`` (another person in the residue), the same for the same word and
    fake; keyed by the fake too, so no fixed table maps a real name to its stand-in."""
    names = _stand_ins()
    if not names:
        return fake.split()[0] if fake.split() else original
    digest = hashlib.sha256(f"{original}\x1f{fake}".encode()).digest()
    return names[int.from_bytes(digest[:4], "big") % len(names)]


def _words_over(fake: str, n: int, handle: bool) -> list[str]:
    """The fake's words spread over ``n`` runs: one each, the last taking the rest (glued in a handle)."""
    words = [w.strip(",") for w in fake.replace(",", " ").split()]
    if handle:
        words = [re.sub(r"[^\w]", "", w) for w in " ".join(words).replace("-", " ").split()]
    words = [w for w in words if w] or ["X"]
    if len(words) > n:
        glue = "" if handle else " "
        words = [*words[: n - 1], glue.join(words[n - 1 :])]
    return words


def runs_layer(text: str) -> Layer | None:
    """The name inside ``text``'s dress (its outermost letter runs) and how to write a fake back in place, or
    ``None`` when no dress stands around the words.

    Example::

        text, dress, kind = runs_layer("Haley Morgan (Heather's parent)")
        text                      # "Haley Morgan"
        dress("Lena Fischer")     # "Lena Fischer (<stand-in>'s parent)"
    """
    found = name_runs(text)
    if found is None:
        return None
    name, others, handle = found.name, found.others, found.handle
    parts = []
    for k, r in enumerate(name):
        word = text[r.start : r.end]
        if handle and word == word.lower():
            word = word[:1].upper() + word[1:]  # ``patrick.cooper``: the readers read a handle's words capitalised
        parts.append(word)
        if k + 1 < len(name):
            parts.append(_gap_text(text[r.end : name[k + 1].start]))
    inner = "".join(parts)
    if text[name[-1].end : name[-1].end + 1] == "." and name[-1].end - name[-1].start == 1:
        inner += "."
    if inner == text.strip() or (
        not others and _LABEL_ONLY.match(text[: name[0].start]) and not text[name[-1].end :].strip()
    ):
        # No dress, or only a form's label before a colon (``Lieferung: Montag``, ``KADUGLI: Hai Salam 4``,
        # ``Attn: Ana Berg``): a field the labelled readers read, not a machine's dress.
        return None
    people = [r for r in others if _other_person(text, r)]

    def dress(fake: str) -> str:
        words = _words_over(fake, len(name), handle)
        # Fewer fake words than runs: the first ones and the LAST run take them (a middle initial or a second
        # given name is dropped, the family name's place kept: ``Ignacio D. Santos`` -> ``Mara Olsen``).
        slots = [*range(len(words) - 1), len(name) - 1] if len(words) > 1 else [0]
        out, at = [text[: name[0].start]], name[0].start
        for k, (slot, word) in enumerate(zip(slots, words, strict=True)):
            r = name[slot]
            if k:
                prev = slots[k - 1]
                out.append(text[name[prev].end : name[prev + 1].start])
            like = text[r.start : r.end]
            if len(like) == 1 and text[r.end : r.end + 1] == "." and len(word) > 1:
                word = word[0]  # an initial stays an initial (``Gail R. Harvey``)
            out.append(_cased(word, like, handle))
            at = r.end
        at = name[-1].end if len(words) == 1 else at
        tail, shift = text[at:], at
        # Another person in the residue gets a stand-in given name in place.
        for r in sorted(people, key=lambda x: x.start):
            if r.start < at:
                continue
            original = text[r.start : r.end]
            new = _cased(_stand_in(original, fake), original)
            tail = tail[: r.start - shift] + new + tail[r.end - shift :]
            shift += len(original) - len(new)
        out.append(tail)
        return "".join(out)

    return inner, dress, "runs"
