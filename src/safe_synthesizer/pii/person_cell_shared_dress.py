"""A column's SHARED DRESS: the same text written before or after many different values of one column is the
export's, not the person's, and is taken off before the name readers read the cells.

Why: every export adds its own residue round a name (a screen reader's ``Eric Miller, link``, a mail merge's
``Ashley Williams«Next Record»``, a directory's ``Hedy Scheibe (External)``, WhatsApp's ``~Eileen Williams``, an SQL
literal in a lower-cased column ``n'jack morrison'``), and each session's list of such forms was met by the next
blind set's new ones. What they share is no form but a DISTRIBUTION: the residue is identical across cells whose
names differ, while a name's own words vary from row to row. This module learns, per column, the prefixes and
suffixes that (a) stand at a mark (a character that is neither a letter, a digit nor a space: ``,``, ``«``,
``(``, ``~``, a quote), so a name's own word (``Sir``, ``Lady``, ``Ltd``) is never cut off, (b) are written the same in
at least two cells round different remainders, (c) hold no digit, no listed given or family name and no initial
(``Harvey, Gail`` and ``Smith, Gail`` share ``, Gail``: that is the person, not a dress) and (d) balance their own
brackets and quotes (a quote opened before the name closes after it). A cell wearing a learned affix is read as
the remainder; a fake is written back inside the same affix. It judges nothing: the existing person readers judge
the remainders, so a tea, a boat or a tune in the same dress stays what the plain cell would be.

Example::

    found = shared_dress(["Eric Miller, link", "Ann Lee, link", "Bo Ek"])
    found["Eric Miller, link"].inner            # "Eric Miller"
    found["Eric Miller, link"].dress("Lena Fischer")   # "Lena Fischer, link"
    "Bo Ek" in found                             # False: nothing shared stands round it
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from safe_synthesizer.pii.cell_machine_encodings import EncodedCell, may_be_dressed, undress_encoded_cell

__all__ = ["shared_affixes", "shared_dress"]

# Distinct cells read to learn the affixes; the most characters and letter words an affix may hold; the most words
# of a remainder (a name, not a sentence); cells sharing an affix (round different remainders), and their share.
SAMPLE_CELLS = 400
MAX_AFFIX_CHARS = 32
MAX_AFFIX_WORDS = 3
MAX_NAME_WORDS = 6
MIN_CELLS = 2
MIN_SHARE = 0.05
_MAX_LEN = 160
_OPEN = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "„": "“", "‘": "’", "‹": "›", "「": "」", "（": "）"}
_SAME_QUOTES = frozenset("'\"")
_OPENING_QUOTES = frozenset("'\"«“„‘‹「")
_CLOSING_QUOTES = frozenset("'\"»”“’›」")
_JOINS = frozenset("-'’.")
# A bare sentence mark is how text ends, not a dress (``Done.``, ``Yes!``).
_SENTENCE = frozenset(".,;:!?")
_WORD = re.compile(r"[^\W\d_]+")
_GLUED_DOT = re.compile(r"[^\W\d_]\.[^\W\d_]")


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _mark(ch: str) -> bool:
    return not (_letter(ch) or ch.isdigit() or ch.isspace())


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    from safe_synthesizer.pii import gazetteers

    return frozenset(w.casefold() for w in (*gazetteers.first_names(), *gazetteers.last_names()))


def _unbracketed(text: str) -> str:
    """``text`` with its bracketed and quoted groups blanked."""
    out, stack = [], []
    for ch in text:
        if stack and ch == stack[-1]:
            stack.pop()
            out.append(" ")
        elif ch in _OPEN:
            stack.append(_OPEN[ch])
            out.append(" ")
        else:
            out.append(" " if stack else ch)
    return "".join(out)


def _affix_ok(affix: str) -> bool:
    """An affix that can be an export's dress: short, no digit, balanced brackets, no name word, no initial."""
    core = affix.strip()
    if not core or len(affix) > MAX_AFFIX_CHARS or any(ch.isdigit() or ch == "@" for ch in affix):
        return False
    if all(ch in _SENTENCE for ch in core):
        return False
    words = _WORD.findall(core)
    if len(words) > MAX_AFFIX_WORDS:
        return False
    for w in words:
        if len(w) == 1 and w.isupper():
            return False  # an initial (``J. Smith``) is the person's
        if len(w) >= 2 and w.casefold() in _listed() and not w.islower():
            return False  # a capitalised listed name (``Smith, Gail``) is the person's
    # A word before a dot is an initial or an abbreviation of the person (``ப. கவிதா``, ``Dr. Ann Lee``): an
    # export's dress spells its words out.
    if any(ch == "." and k and _letter(core[k - 1]) for k, ch in enumerate(core)):
        return False  # (a vowel sign ends ``ಟಿ.``: a letter by :func:`_letter`, not by ``\w``)
    # Outside brackets and quotes a dress writes lower-case words (``, link``) or capitals (a shouted column): a
    # capitalised word there is another item of a list (``Plymouth, Bombay Sapphire``) or the person's own.
    for w in _WORD.findall(_unbracketed(core)):
        if not (w.islower() or (w.isupper() and len(w) > 1)) and w != w.lower() and w != w.upper():
            return False
    depth = []
    for ch in core:
        if ch in _OPEN and ch not in _SAME_QUOTES:
            depth.append(_OPEN[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch in _OPEN.values() and ch not in _SAME_QUOTES:
            return False
    return not depth


def _quotes_pair(prefix: str, suffix: str) -> bool:
    """A quote that opens the name before it is closed after it, and the other way round (``n'`` ... ``'``)."""
    head, tail = prefix.rstrip()[-1:], suffix.lstrip()[:1]
    head_q, tail_q = head in _OPENING_QUOTES, tail in _CLOSING_QUOTES
    if not (head_q or tail_q):
        return True
    return head_q and tail_q and (head == tail if head in _SAME_QUOTES else _OPEN.get(head) == tail)


def _cuts(cell: str) -> tuple[list[int], list[int]]:
    """Where a prefix may end and a suffix may start: at a mark next to the name's letters (spaces go with the
    affix). A join inside a word (``Johnson-Hudson``, ``O'Connor``) is no cut, except a quote the cell also
    closes with (``n'jack morrison'``)."""
    n = len(cell)
    ends, starts = [0], [n]
    for i, ch in enumerate(cell):
        if not _mark(ch):
            continue
        inside = 0 < i < n - 1 and _letter(cell[i - 1]) and _letter(cell[i + 1]) and ch in _JOINS
        # A prefix ending at this mark: letters follow (after spaces).
        j = i + 1
        while j < n and cell[j].isspace():
            j += 1
        if j < n and _letter(cell[j]) and (not inside or (ch in _SAME_QUOTES and cell.endswith(ch))):
            ends.append(j)
        # A suffix starting at this mark: letters stand before it (before spaces).
        k = i
        while k > 0 and cell[k - 1].isspace():
            k -= 1
        if k > 0 and _letter(cell[k - 1]) and not inside:
            starts.append(k)
    return ends, starts


def _remainder_ok(text: str) -> bool:
    words = _WORD.findall(text)
    if not words or len(text.split()) > MAX_NAME_WORDS or any(ch.isdigit() for ch in text):
        return False
    # A name's dot closes an initial or an abbreviation (``Grace T. Pacaña``); one glued between letters is an
    # address's or a handle's (``eric.miller`` before ``@example.com``), read by their own readers.
    if _GLUED_DOT.search(text):
        return False
    # One comma turns a name (``Harvey, Gail``); more, or several words after it, join a list of things
    # (``Tom Collins, Arnold Palmer``: cocktails named after people).
    parts = text.split(",")
    if len(parts) > 2 or (len(parts) == 2 and len(parts[1].split()) > 1):
        return False
    return all(_letter(ch) or ch.isspace() or ch in ".,'’-()" for ch in text)


def _splits(cell: str) -> Iterable[tuple[str, str, str]]:
    ends, starts = _cuts(cell)
    for a in ends:
        for b in starts:
            if b <= a or (a == 0 and b == len(cell)):
                continue
            yield cell[:a], cell[a:b], cell[b:]


def shared_affixes(cells: Iterable[str]) -> set[tuple[str, str]]:
    """The ``(prefix, suffix)`` pairs written round different remainders in enough of ``cells`` (distinct values
    read, at most :data:`SAMPLE_CELLS`)."""
    distinct = [c.strip() for c in islice(dict.fromkeys(c for c in cells if isinstance(c, str)), SAMPLE_CELLS * 4)]
    distinct = [c for c in dict.fromkeys(distinct) if c and len(c) <= _MAX_LEN][:SAMPLE_CELLS]
    if len(distinct) < MIN_CELLS or not any(_mark(ch) for c in distinct for ch in c):
        return set()
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cell in distinct:
        for prefix, middle, suffix in _splits(cell):
            if _remainder_ok(middle):
                seen[(prefix, suffix)].add(middle.strip().casefold())
    need = max(MIN_CELLS, MIN_SHARE * len(distinct))
    out = set()
    for (prefix, suffix), middles in seen.items():
        if len(middles) < need:
            continue
        if (prefix and not _affix_ok(prefix)) or (suffix and not _affix_ok(suffix)):
            continue
        if _quotes_pair(prefix, suffix):
            out.add((prefix, suffix))
    return out


def shared_dress(cells: Iterable[str]) -> dict[str, EncodedCell]:
    """Cell -> its remainder and dress, for the cells of one column wearing an affix the column shares; a remainder
    still in a machine dress (``<span aria-label=...>``) is decoded further (:mod:`cell_machine_encodings`)."""
    values = [c for c in dict.fromkeys(cells) if isinstance(c, str) and c.strip()]
    affixes = shared_affixes(values)
    if not affixes:
        return {}
    prefixes = {p for p, _ in affixes}
    out: dict[str, EncodedCell] = {}
    for cell in values:
        text = cell.strip()
        if len(text) > _MAX_LEN or not any(text.startswith(p) for p in prefixes):
            continue
        best = None
        for prefix, suffix in affixes:
            if not (text.startswith(prefix) and text.endswith(suffix)) or len(prefix) + len(suffix) >= len(text):
                continue
            middle = text[len(prefix) : len(text) - len(suffix)]
            if (best is None or len(prefix) + len(suffix) > len(best[0]) + len(best[1])) and (
                _remainder_ok(middle) or may_be_dressed(middle.strip())
            ):
                best = (prefix, suffix)
        if best is None:
            continue
        prefix, suffix = best
        middle = text[len(prefix) : len(text) - len(suffix)]
        inner = middle.strip()
        head = cell[: len(cell) - len(cell.lstrip())] + prefix + middle[: len(middle) - len(middle.lstrip())]
        tail = middle[len(middle.rstrip()) :] + suffix + cell[len(cell.rstrip()) :]
        layers = [lambda fake, h=head, t=tail: h + fake + t]
        kinds = ["shared"]
        deeper = undress_encoded_cell(inner) if may_be_dressed(inner) else None
        if deeper is not None and _remainder_ok(deeper.inner):
            inner = deeper.inner
            layers += deeper.layers
            kinds += deeper.kinds
        elif not _remainder_ok(inner):
            continue
        out[cell] = EncodedCell(inner, tuple(layers), tuple(kinds))
    return out
