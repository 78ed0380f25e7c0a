"""Local phone numbers in notes, read off the table's own phone columns: short plans, bare repeats, loose cues.

Why: small island plans write numbers of four or five digits (Tokelau ``Tel 3050``, Niue ``ring 7225``, Saint
Helena ``mine is 23741``), often with no country code anywhere in the table. :mod:`text_phone_table_region` reads
the table's region only from international numbers or from national numbers valid in at most three plans, and takes
5 digits or more after a cue; a weak cue (``on``, ``number``) needs seven digits there. So set 39's notes kept
``number sounded like 7271``, ``Parent's number 4133``, ``call 4021 if bruising``, ``Spoke to them on 22185``,
``Spoke to them on 455-8047`` and another row's number written bare after its owner (``Bill to Aliki Puka, 3003.``):
Tokelau's text phones 0.20, Niue's 0.63, Saint Helena's 0.70.

The table's phone columns say what its numbers look like (:func:`local_phones_of`): their national numbers (the
country code taken off: ``+690 7293`` -> ``7293``), how many digits they have, and the plans they are valid in (the
regions the caller found, or, without any, every plan in which most of them are valid when there are few:
``51975 61280 ...`` are valid in Saint Helena and four other plans). :func:`local_phone_spans` then takes a number of
a note when it is no date, amount, count or reference and

- it is one of the table's own phone numbers (4 digits or more; a year-like ``2019`` needs a cue); or
- it is valid in one of those plans and a cue says it is a phone: any cue of :mod:`text_phone_table_region`,
  or one of :data:`_PHRASES` (``spoke to them on``, ``number sounded like``, ``number? mine is``, ``Parent's
  number``). A strong cue takes 4 digits or more; a weak one (``on``, ``number``) a number with as many digits as
  the table's own numbers have (a dash between groups of unequal width: ``455-8047`` is no range), not a year.

Under differential privacy the caller passes one :class:`LocalPhones` per row built from that row's own phone cells
(``per_row``), so a record's spans depend on that record only.

Example::

    local = local_phones_of(["7225", "+690 7293", "33 40"], ("TK",))
    local_phone_spans("- chase Sefo\\n- ring 7271\\n", [], local)  # [(19, 23, 'phone_number')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_short import RANGE, REFERENCE_WORDS, THOUSANDS
from safe_synthesizer.pii.text_phone_table_region import (
    BRACKETED,
    code_regions,
    number_candidates,
    odd_separators,
    phone_cue,
    plan_count,
    region_layout,
    row_phone_regions,
    table_phone_regions,
    valid_in,
)
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = [
    "ChunkPhones",
    "LocalPhones",
    "chunk_phones",
    "local_phone_spans",
    "local_phone_text_spans",
    "local_phones_of",
    "phone_like_column",
]

MIN_DIGITS, MAX_DIGITS = 4, 15
MIN_SHARE = 0.6  # share of the table's national numbers a plan must take
MAX_PLANS = 8  # more plans taking them: the digits say nothing of the country
MIN_LENGTH_SHARE = 0.2  # share of the table's numbers a digit count must have to be "the table's length"
SAMPLE = 240  # phone cells read for the plans and lengths (every cell is read for the table's own numbers)
SCAN_SAMPLE = 16
MAX_CODE_REGIONS = 3  # a calling code shared by more regions (+1, +7, +44) names none of them
_EMPTY_KNOWN: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LocalPhones:
    """What a table's (or, under differential privacy, a row's) phone cells say about its numbers."""

    regions: tuple[str, ...] = ()  # plans the numbers are valid in
    lengths: frozenset[int] = frozenset()  # digit counts of the national numbers
    known: frozenset[str] = _EMPTY_KNOWN  # the national numbers themselves (digits)
    vouched: bool = False  # the regions come from country codes or the caller, not from a scan of the plans


# Cue phrases beyond the cue words: a talk on a number, a number heard or given ("number sounded like 7271",
# "anyone got Leo's number? mine is 23741"), a person's number ("Parent's number 4133", "Millarport's number").
_PHRASES = re.compile(
    r"(?i)(?:\b(?:spoke|spoken|speak|speaking|talked|talk|talking|chatted|reached|got[ \t]+hold)[ \t]+(?:to|with|of)"
    r"(?:[ \t]+[\w'’.]+){1,4}?[ \t]+(?:on|at)"
    r"|\bnumbers?\b(?![ \t]+of\b)[^\n\d]{0,24}?\b(?:is|was|sounded[ \t]+like|reads|read|like|as|mine[ \t]+is|"
    r"it's|its)"
    r"|[^\W\d_]['’]s[ \t]+(?:phone[ \t]+)?(?:number|no\.?|nr\.?|mobile|mob|tel|phone|cell))[ \t]*[:\-]?[ \t]*$"
)
# Two to four capitalised words and a comma right before the number ("Bill to Aliki Puka, 3003."), and the end of a
# clause right after it.
_AFTER_NAME = re.compile(r"(?<![\w'’\-])(?-i:[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,3}),[ \t]*$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;!]|$|\n)")
_PRICE = re.compile(r"^\d+[.,]\d{2}$")
_NAMED_AFTER = re.compile(r"[ \t]+[A-Z]")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_WORD = re.compile(r"[^\W\d_]+")
_CC = re.compile(r"(?:\+|(?<!\d)00)[ \t]?(?P<cc>[1-9]\d{0,2})")
_SPLIT = re.compile(r"[|&;,]|\s/\s|\balt\.?\b|\bor\b", re.IGNORECASE)


def _national(part: str) -> tuple[str, str] | None:
    """The national digits of one number written in a cell (``tel:+6907293`` -> ``7293``, ``0161 4960`` ->
    ``1614960`` and the trunk-prefixed form kept by the caller), or None."""
    digits = "".join(ch for ch in part if ch.isdigit())
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS + 3:
        return None
    m = _CC.search(part)
    if m is not None:
        rest = "".join(ch for ch in part[m.start() :] if ch.isdigit())
        rest = rest[2:] if part[m.start()] == "0" else rest
        code = _calling_code(rest)
        if code:
            national = rest[len(code) :]
            return (national, code) if MIN_DIGITS <= len(national) <= MAX_DIGITS else None
    return (digits, "") if len(digits) <= MAX_DIGITS else None


@lru_cache(maxsize=4096)
def _calling_code(digits: str) -> str:
    """The calling code that opens ``digits`` (one to three digits), empty when none does."""
    for n in (1, 2, 3):
        if digits[:n] and int(digits[:n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return digits[:n]
    return ""


def _cell_numbers(value: object) -> list[tuple[str, str]]:
    """The national digits and calling code (empty when none is written) of every number a phone cell holds
    (``51601 | 23181 (h)`` -> two)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return []
    text = str(value)
    if not any(ch.isdigit() for ch in text):
        return []
    return [n for part in _SPLIT.split(text) if (n := _national(part)) is not None]


def _keys(national: str) -> tuple[str, ...]:
    """The forms a national number is matched in: as written and without a trunk ``0``."""
    return (national, national[1:]) if national.startswith("0") and len(national) > MIN_DIGITS else (national,)


def local_phones_of(values: Iterable[object], regions: Sequence[str] = (), *, scan: bool = True) -> LocalPhones:
    """The national numbers, their digit counts and plans of the phone cells ``values``; ``regions`` (the ones
    :func:`~safe_synthesizer.pii.text_phone_table_region.table_phone_regions` found) are kept, and without any
    (``scan``) the plans in which :data:`MIN_SHARE` of the numbers are valid, if at most :data:`MAX_PLANS`."""
    known: set[str] = set()
    lengths: Counter[int] = Counter()
    codes: Counter[str] = Counter()
    sample: list[str] = []
    for value in values:
        for national, code in _cell_numbers(value):
            known.update(_keys(national))
            if len(sample) < SAMPLE:
                sample.append(national)
                lengths[len(national)] += 1
                codes[code] += bool(code)
    total = sum(lengths.values())
    common = frozenset(n for n, c in lengths.items() if c / max(total, 1) >= MIN_LENGTH_SHARE)
    # The regions of the calling codes most international cells dial ("00 690 3994": Tokelau), then the caller's.
    dialled = sum(codes.values())
    voted = [
        r
        for c, n in codes.most_common(2)
        if n and n / dialled >= MIN_SHARE and len(code_regions(c)) <= MAX_CODE_REGIONS
        for r in code_regions(c)
    ]
    found = tuple(dict.fromkeys((*voted, *regions)))
    if not found and scan and sample:
        return LocalPhones(_plans(tuple(dict.fromkeys(sample))[:SCAN_SAMPLE]), common, frozenset(known))
    return LocalPhones(found, common, frozenset(known), vouched=bool(found))


@lru_cache(maxsize=256)
def _plans(probe: tuple[str, ...]) -> tuple[str, ...]:
    """The plans in which :data:`MIN_SHARE` of the national numbers ``probe`` are valid (few enough, else none)."""
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        if sum(valid_in(d, region) for d in probe) / len(probe) >= MIN_SHARE:
            found.append(region)
            if plan_count(found) > MAX_PLANS:
                return ()
    return tuple(found)


class ChunkPhones(NamedTuple):
    """Per row of a chunk: the region(s) its table's phone cells point to (:mod:`text_phone_table_region`) and
    what they say of its numbers (:class:`LocalPhones`); ``None`` each without phone columns."""

    regions: list[tuple[str, ...]] | None
    local: list[LocalPhones] | None


def chunk_phones(df: pd.DataFrame, plans: Sequence[Any], *, per_row: bool = False) -> ChunkPhones:
    """The chunk's phone and fax columns (of ``plans``, and, outside differential privacy, the unplanned columns
    :func:`phone_like_column` takes) read once for both text rules that need them: the regions of
    :func:`~safe_synthesizer.pii.text_phone_table_region.table_phone_regions` from the first :data:`SAMPLE` cells
    of each column, and the :class:`LocalPhones` of every cell. ``per_row`` (differential privacy): each row's own
    planned cells only (the regions of its calling codes, no scan of the plans), so a record's spans depend on that
    record alone.

    One reading on purpose (session 56): before, the regions were read from the planned columns alone and the local
    numbers' regions again from the planned and phone-like columns; both now use the same sample, so a table whose
    phones sit in a column the planner left has its regions for both rules."""
    planned = {p.column for p in plans}
    columns = [p.column for p in plans if p.entity in (E.PHONE_NUMBER, E.FAX_NUMBER) and p.column in df.columns]
    if per_row:
        if not columns:
            return ChunkPhones(None, None)
        rows = list(zip(*(df[c].tolist() for c in columns), strict=True))
        return ChunkPhones([row_phone_regions(row) for row in rows], [local_phones_of(row, scan=False) for row in rows])
    columns += [c for c in df.columns if c not in planned and phone_like_column(df[c].head(SAMPLE).tolist())]
    if not columns:
        return ChunkPhones(None, None)
    head = [v for c in columns for v in df[c].head(SAMPLE).tolist() if isinstance(v, str)]
    regions = table_phone_regions(head)
    values = [v for c in columns for v in pd.unique(df[c].dropna())]
    return ChunkPhones([regions] * len(df), [local_phones_of(values, regions)] * len(df))


# A phone cell: a number (a calling code, brackets, dots, dashes) with an optional tag, maybe two joined.
_ONE = r"(?:tel:|ph:?|mob:?)?[ \t]*[+(]?[ \t]*\d[\d ().\-/]*\d[ \t]*(?:\((?:h|w|m|c|home|work|cell|mob|mobile)\))?"
_PHONE_CELL = re.compile(rf"(?i)^[ \t]*{_ONE}(?:[ \t]*(?:[|&;,/]|alt\.?)[ \t]*{_ONE})*[ \t]*$")
_MARKED = re.compile(r"(?i)^[ \t]*(?:tel:|\+|00[ \t]?[1-9])|\((?:h|w|m|c|home|work|cell|mob|mobile)\)")
_AMOUNT = re.compile(r"^[ \t]*[+\-]?[ \t]*\d{1,3}(?:[ ,.]?\d{3})*[.,]\d{1,2}[ \t]*$")  # "+1250.50": an amount
MIN_PHONE_CELLS = 0.8  # share of a column's filled cells written as phones
MIN_MARKED = 0.2  # share of them with a calling code or a phone tag


def phone_like_column(values: Sequence[object]) -> bool:
    """A column the planner left whose cells are phone numbers: most cells are numbers written as phones are, and
    a fifth carry a calling code or a phone tag (``+690.7359``, ``tel:+6907293``, ``61280 (w)``); plain numbers
    (member numbers, amounts) carry neither."""
    cells = [v for v in values if isinstance(v, str) and v.strip()]
    if len(cells) < 3:
        return False
    phones = [v for v in cells if _PHONE_CELL.match(v) and not _AMOUNT.match(v) and _cell_numbers(v)]
    if len(phones) < MIN_PHONE_CELLS * len(cells):
        return False
    return sum(bool(_MARKED.search(v)) for v in phones) >= MIN_MARKED * len(phones)


def _cue_of(text: str, start: int) -> str | None:
    """``strong``, ``weak`` or None: :mod:`text_phone_table_region`'s cue, or one of :data:`_PHRASES`."""
    window = max(0, start - 60)
    phrase = _PHRASES.search(text, window, start)
    if phrase is not None and not _reference_before(text, phrase.start(), start):
        return "strong"
    return phone_cue(text, start)


def _reference_before(text: str, cue_start: int, start: int) -> bool:
    after = _WORD.findall(text[cue_start:start])
    before = _WORD.findall(text[max(0, cue_start - 30) : cue_start])[-2:]
    return any(w.lower() in REFERENCE_WORDS for w in (*after, *before))


def _known(digits: str, local: LocalPhones) -> bool:
    return any(k in local.known for k in _keys(digits))


def local_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), local: LocalPhones | None = None
) -> list[tuple[int, int, str]]:
    """Phone spans of the numbers of ``text`` the table's phone cells (``local``) vouch for (module docstring);
    numbers overlapping ``found`` are left."""
    if local is None or not (local.known or local.regions):
        return []
    out: list[tuple[int, int, str]] = []
    for value, start, end, digits in number_candidates(text, found, MIN_DIGITS, MAX_DIGITS):
        if _taken(text, value, digits, start, end, local):
            out.append((start, end, E.PHONE_NUMBER))
    return out


def _taken(text: str, value: str, digits: str, start: int, end: int, local: LocalPhones) -> bool:
    """Whether the number ``value`` at ``text[start:end]`` is a phone the table's cells vouch for."""
    known = _known(digits, local)
    region = next((r for r in local.regions if valid_in(digits, r)), None)
    if not known and region is None:
        return False
    bracketed = bool(BRACKETED.search(text, max(0, start - 4), start)) and text[end : end + 1] == ")"
    cue = "strong" if bracketed else _cue_of(text, start)
    year = bool(_YEAR.match(digits)) and value == digits
    if known:
        # Without a cue a capitalised word after it makes it a house number ("2396 Main Road").
        return cue is not None or not (year or _reference_before(text, start, start) or _NAMED_AFTER.match(text, end))
    # "22 646" is how Tuvalu writes its numbers, not an amount (without the region's layout it is one); "49.99" is a
    # price and "34-27-35" measurements unless the region writes its numbers so.
    layout = bool(region) and region_layout(value, digits, region)  # type: ignore[arg-type]
    if (THOUSANDS.match(value) or _PRICE.match(value) or odd_separators(value)) and not layout:
        return False
    rng = RANGE.match(value)
    if rng and len(rng.group(1)) == len(rng.group(2)) and cue != "strong":
        return False  # "on 1930-1940": an equal-width range
    fits = len(digits) in local.lengths or (local.vouched and not year)
    if cue is None:
        # "Bill to Aliki Puka, 3003.": right after a capitalised name, ending the clause.
        named = _AFTER_NAME.search(text, max(0, start - 60), start) and _CLAUSE_END.match(text, end)
        return bool(named) and not year and fits
    # A weak cue takes the table's length only (a strong one any valid number of the table's plans).
    return cue == "strong" or (not year and len(digits) in local.lengths)


def local_phone_text_spans(text: str, spans: Sequence[TextSpan], local: LocalPhones | None) -> list[TextSpan]:
    """:func:`local_phone_spans` of ``text`` as detector spans, beside the cell's ``spans`` found so far."""
    found = [(s.start, s.end) for s in spans]
    return [TextSpan(a, b, e, 0.9) for a, b, e in local_phone_spans(text, found, local)]
