"""A column's own template: the dress its cells share round a varying core, learned from the column itself.

Why: sessions 64-66 built one reader per container (URIs, vCards, tuples, ARIA labels, JSON-LD) and each blind set
brought containers nobody had listed (``Forwarded from Gail Harvey``, ``{First:Gail Last:Harvey}``,
``<![CDATA[GAIL HARVEY]]>``, ``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')``, ``1968-07-23 00:00:00 +0000 UTC``). A list of
forms does not carry to the next set; what does is the column's own evidence: across its distinct cells, the
leading and trailing token runs many cells share (the dress) and what varies between them (the core). The cores
are then read as a sub-column by the entity readers that already exist (:func:`detect_column`, with the column's
header), and a column found so is replaced by faking the cores and writing each cell's own dress back
(:class:`TemplateValueCells`).

The dress is learned, never listed:

- cells are tokens (letter runs, digit runs, each other character alone); a leading (trailing) token run is dress
  when at least :data:`MIN_CELLS` cells and :data:`MIN_SHARE` of the distinct cells start (end) with it, grown token
  by token while the longer run is still shared by :data:`KEEP_SHARE` of the cells of the shorter one (a core's
  first word is not: it varies);
- the dress ends on a separator (a space, a bracket, a quote, ``:``, ``=``, ``,``), never inside a written number
  (``1968-`` of ``1968-07-23`` is no dress);
- inside a core, a key word with its colon (``Last:``) shared by as many cells splits the core into slots, read
  joined by a space;
- a dress word that is a person's given name, a family name or a town (``HARTLEY, Olivia``, ``KADUGLI: ...``,
  three ``Ana`` in a register) or a word of another cell's core is no dress when the cores are judged people or
  places: the learning falls back to the shorter dress;
- a column of fewer than :data:`MIN_DISTINCT` distinct cells has no template, nor one where fewer than
  :data:`MIN_DRESSED` of the distinct cells wear a dress.

Cells that wear no learned dress are read (and faked) whole, as the column's other cells are: the template takes
nothing from them, and the whole-cell readers of the replace engine still apply to them.

Example::

    cells = ["Forwarded from Gail Harvey", "Photo of Ann Lee", "Tom Berg", ...]
    split = learn_template(cells)
    split["Forwarded from Gail Harvey"].core  # "Gail Harvey"
    split["Forwarded from Gail Harvey"].dress("Ana Berg")  # "Forwarded from Ana Berg"
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["MIN_DISTINCT", "TemplateCell", "cell_tokens", "learn_template"]

# Distinct cells a column needs before a dress can be told from chance repeats.
MIN_DISTINCT = 6
# A dress is shared by at least this many distinct cells and this share of them.
MIN_CELLS = 3
MIN_SHARE = 0.08
# A dress grows by a token while the longer run keeps this share of the shorter one's cells.
KEEP_SHARE = 0.5
# Share of the distinct cells that must wear a dress for the column to have a template.
MIN_DRESSED = 0.2
# Longest dress, in tokens (``Profile picture of `` is 6, ``', 'DD-MON-YYYY')`` 12).
MAX_TOKENS = 16

# A prefix dress ends, and a suffix dress starts, on one of these: the core is set off from the dress.
_PREFIX_ENDS = frozenset(" \t([{<'\"“‘«„:=|>")
_SUFFIX_STARTS = frozenset(" \t)]}>'\"”’»,;:|<")
_KEY_MARKS = frozenset(":=")


def cell_tokens(cell: str) -> list[str]:
    """The cell as letter runs (letters with their marks), digit runs and single other characters."""
    out: list[str] = []
    kind_prev = ""
    for ch in cell:
        cat = unicodedata.category(ch)
        kind = "L" if cat[0] in "LM" else "D" if cat == "Nd" else ""
        if kind and kind == kind_prev:
            out[-1] += ch
        else:
            out.append(ch)
        kind_prev = kind
    return out


def _alnum(token: str) -> bool:
    return unicodedata.category(token[0])[0] in "LMN"


@dataclass(frozen=True)
class TemplateCell:
    """One cell cut by its column's template: the dress before and after, the slots and the dress between them."""

    pre: str
    slots: tuple[str, ...]
    inner: tuple[str, ...]  # the dress between slot i and i+1 (``" Last:"``)
    post: str

    @property
    def core(self) -> str:
        """What the entity readers read: the slots joined by a space."""
        return " ".join(self.slots)

    def dress(self, fake: str) -> str:
        """``fake`` written back in this cell's dress; a fake of several words spread over the slots in order."""
        if len(self.slots) == 1:
            return f"{self.pre}{fake}{self.post}"
        words = fake.split()
        n = len(self.slots)
        if len(words) < n:
            words += [""] * (n - len(words))
        parts = [*words[: n - 1], " ".join(words[n - 1 :])]
        body = parts[0] + "".join(sep + part for sep, part in zip(self.inner, parts[1:], strict=True))
        return f"{self.pre}{body}{self.post}"


def _runs(tokens: list[list[str]]) -> Counter[tuple[str, ...]]:
    """How many cells start with each leading token run (casefolded), up to :data:`MAX_TOKENS`."""
    counts: Counter[tuple[str, ...]] = Counter()
    for toks in tokens:
        folded = [t.casefold() for t in toks]
        for k in range(1, min(MAX_TOKENS, len(toks) - 1) + 1):
            counts[tuple(folded[:k])] += 1
    return counts


def _dress_length(
    toks: list[str],
    counts: Counter[tuple[str, ...]],
    floor: int,
    ends: frozenset[str],
    allowed: Callable[[list[str]], bool],
) -> int:
    """Tokens of the leading dress of one cell (``toks`` read in dress order), 0 when none."""
    folded = [t.casefold() for t in toks]
    k = 0
    while k < min(MAX_TOKENS, len(toks) - 1):
        here = counts.get(tuple(folded[: k + 1]), 0)
        if here < floor or (k and here < KEEP_SHARE * counts[tuple(folded[:k])]):
            break
        k += 1
    # Back to the last place the dress is set off from a core that starts with a letter, a digit or a ``+``.
    while k:
        last, nxt = toks[k - 1], toks[k]
        rest_has_core = any(_alnum(t) for t in toks[k:])
        set_off = last in ends and (_alnum(nxt) or nxt == "+") and rest_has_core
        if set_off and any(not t.isspace() for t in toks[:k]) and allowed(toks[:k]):
            return k
        k -= 1
    return 0


def _inner_keys(cores: list[list[str]], floor: int) -> set[str]:
    """Key words (``last`` of ``Last:``) written inside at least ``floor`` cores after a space."""
    seen: Counter[str] = Counter()
    for toks in cores:
        keys = {
            toks[i].casefold()
            for i in range(1, len(toks) - 2)
            if toks[i - 1] == " " and toks[i + 1] in _KEY_MARKS and _alnum(toks[i]) and not toks[i][0].isdigit()
        }
        seen.update(keys)
    return {k for k, n in seen.items() if n >= floor}


def _split_inner(toks: list[str], keys: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The core's slots and the key dress between them (`` Last:``)."""
    slots: list[str] = []
    inner: list[str] = []
    start = 0
    i = 1
    while i < len(toks) - 2:
        if toks[i - 1] == " " and toks[i].casefold() in keys and toks[i + 1] in _KEY_MARKS:
            j = i + 2
            while j < len(toks) and toks[j] == " ":
                j += 1
            if j < len(toks) and start < i - 1:
                slots.append("".join(toks[start : i - 1]))
                inner.append("".join(toks[i - 1 : j]))
                start = j
                i = j
                continue
        i += 1
    slots.append("".join(toks[start:]))
    return tuple(slots), tuple(inner)


def _core(toks: list[str], cut: tuple[int, int]) -> list[str]:
    return toks[cut[0] : len(toks) - cut[1]]


def learn_template(
    cells: Sequence[str], *, forbidden: Callable[[str], bool] | None = None
) -> dict[str, TemplateCell] | None:
    """Cell -> its cut for the distinct ``cells`` that wear the column's learned dress; ``None`` when the column
    has no template. ``forbidden(word)``: a dress word that must not be dress (a name or town when the cores are
    judged people or places), also any word of another cell's core."""
    distinct = list(dict.fromkeys(c.strip() for c in cells if isinstance(c, str) and c.strip()))
    if len(distinct) < MIN_DISTINCT:
        return None
    floor = max(MIN_CELLS, math.ceil(MIN_SHARE * len(distinct)))
    tokens = [cell_tokens(c) for c in distinct]

    def allowed(dress: list[str]) -> bool:
        return forbidden is None or not any(_alnum(t) and not t.isdigit() and forbidden(t) for t in dress)

    heads = _runs(tokens)
    tails = _runs([t[::-1] for t in tokens])
    cut: dict[str, tuple[int, int]] = {}
    for cell, toks in zip(distinct, tokens, strict=True):
        head = _dress_length(toks, heads, floor, _PREFIX_ENDS, allowed)
        tail = _dress_length(toks[::-1], tails, floor, _SUFFIX_STARTS, lambda d: allowed(d[::-1]))
        if head + tail >= len(toks) or not any(_alnum(t) for t in toks[head : len(toks) - tail]):
            continue
        if head or tail:
            cut[cell] = (head, tail)
    if len(cut) < max(MIN_CELLS, MIN_DRESSED * len(distinct)):
        return None
    core_lists = [_core(tokens[i], cut.get(c, (0, 0))) for i, c in enumerate(distinct)]
    if forbidden is not None:
        # A dress word that is another cell's core word is a core: ``Ana`` of ``Ana Berg`` beside ``Photo of Ana Lee``.
        core_words = {t.casefold() for toks in core_lists for t in toks if _alnum(t)}
        for i, cell in enumerate(distinct):
            if cell in cut:
                h, t = cut[cell]
                dress = tokens[i][:h] + tokens[i][len(tokens[i]) - t :]
                if any(_alnum(w) and not w.isdigit() and w.casefold() in core_words for w in dress):
                    del cut[cell]
        if len(cut) < max(MIN_CELLS, MIN_DRESSED * len(distinct)):
            return None
    keys = _inner_keys([_core(tokens[i], cut.get(c, (0, 0))) for i, c in enumerate(distinct)], floor)
    out: dict[str, TemplateCell] = {}
    for i, cell in enumerate(distinct):
        toks = tokens[i]
        h, t = cut.get(cell, (0, 0))
        core = toks[h : len(toks) - t]
        slots, inner = _split_inner(core, keys) if keys else (("".join(core),), ())
        if not h and not t and not inner:
            continue
        out[cell] = TemplateCell("".join(toks[:h]), slots, inner, "".join(toks[len(toks) - t :]))
    return out
