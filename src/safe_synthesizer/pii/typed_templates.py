"""A column's template whose dress may hold TYPED slots: a date, a time, a number, a weekday, learned as a class.

Why: :mod:`column_templates` learns a CONSTANT dress, the token runs many cells share word for word. Set 53 wrote
people inside dresses with a varying part: a WhatsApp export's line head ``[07/12/2026, 14:02:11] Gail Harvey:``
(every cell its own date and time), a device name ``Gail Harvey's Galaxy S23`` (a model number), a weekday before a
date ``Fri, 22 Jul 1938``. Cell by cell such a dress is never shared, so the constant learning stops at ``[`` and
the core ``07/12/2026, 14:02:11] Gail Harvey`` reads as no name. A list of the dresses would not carry to the next
export; the notation does: a run of digits written as a date (three fields, one separator), a time (``hh:mm`` with
seconds or not), any other digit run (a number) and a weekday word are each one CLASS, and the dress is learned on
the classes (``[<date>, <time>] `` + core + ``:``), the same way, with the same shares, as the constant dress.

Rules kept from the constant learning, and added here:

- a typed slot may be dress only when the core left beside it holds a letter: a date core in a constant dress
  (``TO_DATE('28-OCT-1949', ...)``, ``{"$date": "2022-04-05T..."}``) is cut exactly as :func:`learn_template` cuts
  it, since the longest dress is walked back to the last place that leaves a lettered core;
- the dress is compared without case (``(Unverified)``, ``(unverified)``);
- a trailing possessive dress: ``'s `` + a few words (``'s iPhone``, ``'s Galaxy S23``) is dress when at least
  :data:`MIN_CELLS` cells end with a possessive and this cell's words after it (numbers as a class) end at least
  two cells: a device seen twice is a device, while the constant learning asks :data:`MIN_CELLS` of each;
- a dress word that is a given or family name or a town, or a word of another cell's core, is no dress (session
  66's lesson; typed slots are no words);
- a weekday in a dress is recomputed in the fake (:class:`TypedTemplateCell`): a birth date faked beside its old
  weekday would publish the weekday of the real date.

Example::

    cut = learn_typed_template(["[07/12/2026, 14:02:11] Gail Harvey:", "Ann Lee (Unverified)", ...])
    cut["[07/12/2026, 14:02:11] Gail Harvey:"].core  # "Gail Harvey"
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.column_templates import (
    _PREFIX_ENDS,
    _SUFFIX_STARTS,
    KEEP_SHARE,
    MAX_TOKENS,
    MIN_CELLS,
    MIN_DISTINCT,
    MIN_DRESSED,
    MIN_SHARE,
    TemplateCell,
    _inner_keys,
    _split_inner,
    cell_tokens,
)
from safe_synthesizer.pii.weekday_dates import WEEKDAYS, weekday_date, weekday_word

__all__ = ["TypedTemplateCell", "learn_typed_template", "typed_tokens", "with_weekdays"]

# Slot classes: keys no written token casefolds to.
DATE, TIME, NUMBER, WEEKDAY = "\x00date", "\x00time", "\x00number", "\x00weekday"
_TYPED = frozenset({DATE, TIME, NUMBER, WEEKDAY})
_DATE_SEPS = frozenset("/.-")
_APOSTROPHES = frozenset("'’")
# Words after a possessive that may be a device's dress (``'s MacBook Air``, ``'s Galaxy S23``).
MAX_POSSESSIVE_WORDS = 3


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    """Weekday names of three letters or more, full or abbreviated, in the languages :data:`WEEKDAYS` holds."""
    words = set()
    for text in WEEKDAYS.values():
        for alt in text.replace("|", " ").replace("/", " ").split():
            if "_" not in alt and len(alt) >= 3:
                words.add(alt.casefold())
    return frozenset(words)


def _digits(tok: str) -> bool:
    return tok.isdigit() and tok.isascii()


def _date_fields(first: int, middle: int, last: int) -> bool:
    """Digit counts of a written date: a year of four first or last (or two last), month and day of one or two
    (``077-71-1637`` and ``841009-14-5827`` are ids, no dates)."""
    if middle > 2:
        return False
    if first == 4:
        return last <= 2
    return first <= 2 and last in (2, 4)


def typed_tokens(cell: str) -> tuple[list[str], list[str]]:
    """The cell's tokens (as :func:`cell_tokens`, with a written date or time joined into one token) and each
    token's key: its class for a date, a time, a number or a weekday word, else the token casefolded."""
    toks = cell_tokens(cell)
    out: list[str] = []
    keys: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if _digits(t):
            # A date: three digit fields and one separator twice (``07/12/2026``, ``2026-12-07``, ``7.12.26``).
            if (
                i + 4 < n
                and toks[i + 1] in _DATE_SEPS
                and _digits(toks[i + 2])
                and toks[i + 3] == toks[i + 1]
                and _digits(toks[i + 4])
                and _date_fields(len(t), len(toks[i + 2]), len(toks[i + 4]))
            ):
                out.append("".join(toks[i : i + 5]))
                keys.append(DATE)
                i += 5
                continue
            # A time: ``hh:mm`` with seconds or not.
            if i + 2 < n and len(t) <= 2 and toks[i + 1] == ":" and _digits(toks[i + 2]) and len(toks[i + 2]) == 2:
                j = i + 3
                if j + 1 < n and toks[j] == ":" and _digits(toks[j + 1]) and len(toks[j + 1]) == 2:
                    j += 2
                out.append("".join(toks[i:j]))
                keys.append(TIME)
                i = j
                continue
            # Any other number stays itself (``Fri, 22 Jul``: a day is no dress); a possessive's tail reads it as
            # a class (:func:`_possessive_tails`).
            out.append(t)
            keys.append(t)
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        after = toks[i + 2] if i + 2 < n else ""
        weekday = t.casefold() in _weekday_words() and (nxt in {",", "."} or (nxt == " " and _digits(after)))
        out.append(t)
        keys.append(WEEKDAY if weekday else t.casefold())
        i += 1
    return out, keys


def _word(tok: str, key: str) -> bool:
    """A lettered token that is no typed slot: what may be a name or town, or another cell's core word."""
    return key not in _TYPED and unicodedata.category(tok[0])[0] in "LM"


def _core_word(tok: str, key: str) -> bool:
    """A word a core may be read by: a lettered token that is no typed slot nor a weekday's name (``8/9/2018
    (sáb)``: the weekday beside a date is no core of its own)."""
    return _word(tok, key) and tok.casefold() not in _weekday_words()


def _alnum(tok: str) -> bool:
    return unicodedata.category(tok[0])[0] in "LMN"


@dataclass(frozen=True)
class TypedTemplateCell(TemplateCell):
    """A cut cell whose dress may name the weekday of the date its core writes: the fake's weekday is recomputed."""

    weekday: bool = False

    def dress(self, fake: str) -> str:
        text = super().dress(fake)
        if not self.weekday:
            return text
        found = weekday_date(text)
        if found is None or found.date.weekday() == found.form.day:
            return text
        word = weekday_word(found.date.weekday(), found.form, found.word)
        at = text.find(found.word) if found.weekday_first else text.rfind(found.word)
        return text if at < 0 else text[:at] + word + text[at + len(found.word) :]


def _runs(keys: list[list[str]]) -> Counter[tuple[str, ...]]:
    counts: Counter[tuple[str, ...]] = Counter()
    for ks in keys:
        for k in range(1, min(MAX_TOKENS, len(ks) - 1) + 1):
            counts[tuple(ks[:k])] += 1
    return counts


def _dress_length(
    toks: list[str],
    keys: list[str],
    counts: Counter[tuple[str, ...]],
    constant: Counter[tuple[str, ...]],
    floor: int,
    ends: frozenset[str],
    allowed: Callable[[list[str], list[str]], bool],
    limit: int,
) -> int:
    """Tokens of the leading dress of one cell (read in dress order), 0 when none; the core is read up to token
    ``limit`` (where the other side's dress starts)."""
    k = 0
    while k < min(MAX_TOKENS, len(toks) - 1):
        here = counts.get(tuple(keys[: k + 1]), 0)
        if here < floor or (k and here < KEEP_SHARE * counts[tuple(keys[:k])]):
            break
        k += 1
    while k:
        last, nxt = toks[k - 1], toks[k]
        rest_has_core = any(_alnum(t) for t in toks[k:])
        set_off = last in ends and (_alnum(nxt) or nxt == "+") and rest_has_core
        # A typed slot is dress beside a lettered core, or where the run is dress word for word anyway (a midnight
        # ``00:00:00``): a date core keeps the constant learning's cut.
        typed_ok = (
            not any(key in _TYPED for key in keys[:k])
            or any(_core_word(t, key) for t, key in zip(toks[k:limit], keys[k:limit], strict=True))
            or constant.get(tuple(t.casefold() for t in toks[:k]), 0) >= floor
        )
        if set_off and typed_ok and any(not t.isspace() for t in toks[:k]) and allowed(toks[:k], keys[:k]):
            return k
        k -= 1
    return 0


def _possessive_at(toks: list[str]) -> int | None:
    """Index of the apostrophe of a trailing possessive ``X's w1 w2`` (at most :data:`MAX_POSSESSIVE_WORDS`
    words after it), else ``None``."""
    for i in range(len(toks) - 3, 0, -1):
        if toks[i] in _APOSTROPHES and toks[i + 1] in {"s", "S"} and toks[i + 2] == " " and _alnum(toks[i - 1]):
            rest = toks[i + 3 :]
            words = [t for t in rest if _alnum(t)]
            if rest and _alnum(rest[0]) and len("".join(rest).split()) <= MAX_POSSESSIVE_WORDS and words:
                return i
            return None
    return None


def _possessive_tails(tokens: list[list[str]], keys: list[list[str]], floor: int) -> dict[int, int]:
    """Cell index -> tokens of its possessive dress, for cells whose words after ``'s `` end two cells or more,
    when at least ``floor`` cells end with a possessive."""
    at = {i: p for i, toks in enumerate(tokens) if (p := _possessive_at(toks)) is not None}
    if len(at) < floor:
        return {}

    def tail(i: int, p: int) -> tuple[str, ...]:
        return tuple(NUMBER if _digits(t) else k for t, k in zip(tokens[i][p + 3 :], keys[i][p + 3 :], strict=True))

    tails = Counter(tail(i, p) for i, p in at.items())
    return {i: len(tokens[i]) - p for i, p in at.items() if tails[tail(i, p)] >= 2}


def learn_typed_template(
    cells: Sequence[str], *, forbidden: Callable[[str], bool] | None = None
) -> dict[str, TemplateCell] | None:
    """Cell -> its cut for the distinct ``cells`` that wear the column's learned dress (typed slots allowed);
    ``None`` when the column has no template. ``forbidden(word)`` as for
    :func:`~safe_synthesizer.pii.column_templates.learn_template`."""
    distinct = list(dict.fromkeys(c.strip() for c in cells if isinstance(c, str) and c.strip()))
    if len(distinct) < MIN_DISTINCT:
        return None
    floor = max(MIN_CELLS, math.ceil(MIN_SHARE * len(distinct)))
    pairs = [typed_tokens(c) for c in distinct]
    tokens = [p[0] for p in pairs]
    keys = [p[1] for p in pairs]

    def allowed(dress: list[str], dress_keys: list[str]) -> bool:
        return forbidden is None or not any(
            _word(t, k) and forbidden(t) for t, k in zip(dress, dress_keys, strict=True)
        )

    heads = _runs(keys)
    tails = _runs([k[::-1] for k in keys])
    folded = [[t.casefold() for t in toks] for toks in tokens]
    const_heads = _runs(folded)
    const_tails = _runs([f[::-1] for f in folded])
    possessive = _possessive_tails(tokens, keys, floor)
    cut: dict[str, tuple[int, int]] = {}
    for i, cell in enumerate(distinct):
        toks, ks = tokens[i], keys[i]
        n = len(toks)
        head = _dress_length(toks, ks, heads, const_heads, floor, _PREFIX_ENDS, allowed, n)
        # The tail is learned on what the head leaves, and the head again on what the tail leaves: a typed slot
        # needs a lettered core BETWEEN the two dresses (``{"$date": "<date>T<time>Z"}`` has none).
        rev, rev_keys = toks[::-1], ks[::-1]
        tail = _dress_length(
            rev, rev_keys, tails, const_tails, floor, _SUFFIX_STARTS, lambda d, dk: allowed(d[::-1], dk[::-1]), n - head
        )
        head = min(head, _dress_length(toks, ks, heads, const_heads, floor, _PREFIX_ENDS, allowed, n - tail))
        if i in possessive and possessive[i] > tail:
            p = possessive[i]
            if allowed(toks[len(toks) - p :], ks[len(ks) - p :]):
                tail = p
        if head + tail >= len(toks) or not any(_alnum(t) for t in toks[head : len(toks) - tail]):
            continue
        if head or tail:
            cut[cell] = (head, tail)
    least = max(MIN_CELLS, MIN_DRESSED * len(distinct))
    if len(cut) < least:
        return None
    if forbidden is not None:
        # A dress word that is another cell's core word is a core (``Ana`` of ``Ana Berg`` beside ``Photo of Ana``).
        core_words = {
            t.casefold()
            for i, c in enumerate(distinct)
            for t, k in zip(*_core(tokens[i], keys[i], cut.get(c, (0, 0))), strict=True)
            if _word(t, k)
        }
        for j, cell in enumerate(distinct):
            if cell not in cut:
                continue
            h, t = cut[cell]
            n = len(tokens[j])
            dress = list(zip(tokens[j][:h] + tokens[j][n - t :], keys[j][:h] + keys[j][n - t :], strict=True))
            if any(_word(w, k) and w.casefold() in core_words for w, k in dress):
                del cut[cell]
        if len(cut) < least:
            return None
    cores = [_core(tokens[i], keys[i], cut.get(c, (0, 0)))[0] for i, c in enumerate(distinct)]
    inner_keys = _inner_keys(cores, floor)
    out: dict[str, TemplateCell] = {}
    for i, cell in enumerate(distinct):
        toks, ks = tokens[i], keys[i]
        h, t = cut.get(cell, (0, 0))
        core = cores[i]
        slots, inner = _split_inner(core, inner_keys) if inner_keys else (("".join(core),), ())
        if not h and not t and not inner:
            continue
        dress_keys = ks[:h] + ks[len(ks) - t :]
        weekday = WEEKDAY in dress_keys and _agrees(cell)
        out[cell] = TypedTemplateCell("".join(toks[:h]), slots, inner, "".join(toks[len(toks) - t :]), weekday=weekday)
    return out


def _core(toks: list[str], keys: list[str], cut: tuple[int, int]) -> tuple[list[str], list[str]]:
    return toks[cut[0] : len(toks) - cut[1]], keys[cut[0] : len(keys) - cut[1]]


def _agrees(cell: str) -> bool:
    """The cell is a date whose weekday agrees with it (only then is the weekday recomputed in a fake)."""
    found = weekday_date(cell)
    return found is not None and found.agrees


def with_weekdays(cuts: dict[str, TemplateCell]) -> dict[str, TemplateCell]:
    """``cuts`` (of either learner) with every cell whose dress names the weekday of the date it writes made a
    :class:`TypedTemplateCell` that recomputes it: the constant learning keeps ``Fri, `` as dress too."""
    out: dict[str, TemplateCell] = {}
    for cell, cut in cuts.items():
        if isinstance(cut, TypedTemplateCell):
            out[cell] = cut
            continue
        dress_words = {t.casefold() for t in cell_tokens(cut.pre + " " + cut.post)}
        weekday = bool(dress_words & _weekday_words()) and _agrees(cell)
        out[cell] = TypedTemplateCell(cut.pre, cut.slots, cut.inner, cut.post, weekday=weekday) if weekday else cut
    return out
