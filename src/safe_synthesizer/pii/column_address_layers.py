"""Whole addresses known by their layers: a numbered head unique to the household, a locality shared by many.

Why: much of the world writes no numbered street. Papua New Guinea writes ``Section 205, Lot 26, Hohola,
Madang``, Laos ``Ban Anou, Unit 8, House 042, Savannakhet``, Afghanistan ``هرات، کور 57، سړک 27، خیرخانه``
(the town first), Azerbaijan ``8 HÜSEYN ARİF, AZ3715 Yevlax``: units (section, lot, village, unit, house, block,
plot, kebele, mahalla...) in any language and script, which no word list can hold. With the header hidden such a
column had no street words and was scanned as free text, its addresses published as written.

What every such column shares is its structure, read over the column rather than the cell: each value is two to
six comma-joined parts; one end (the last part, or the first where the town is written first) is a locality that
comes back across many different values (towns, provinces; a postcode or a trailing code is dropped from it); the
rest, which holds a standalone number (a lot, a house, a unit), is nearly unique to its value. A category does not
pass: its values repeat whole, not their heads. A product or a size (``Size 42, Blue``) has few numbers and heads
of one word; a medicine (``Paracetamol 500mg, Tablet``) has no standalone number; names (``WEBER, Klaus``) have no
number at all.

Example::

    layered_address_score(sample_values(df["c004"], 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% comma-joined addresses: a numbered head, ...')
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_address_lines import street_line_cell
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.weekday_dates import weekday_date

MIN_LAYERED_CELLS = 0.9  # of the distinct values, street lines included
MIN_LAYERED_SHARE = 0.5  # of the distinct values, in layers
MIN_LAYERED_DISTINCT = 8  # a handful of values is a category, whatever its layout
MAX_CELL_CHARS = 140
MIN_PARTS, MAX_PARTS = 2, 6
MAX_PART_WORDS = 6
# Localities come back: at most this many distinct localities per distinct value, and at least two of them.
MAX_LOCALITY_RATIO = 0.6
MIN_LOCALITIES = 2
# Heads are a household's: nearly as many distinct heads as distinct values.
MIN_HEAD_RATIO = 0.8
# The standalone numbers of the heads vary (lots and houses); sizes and grades take few.
MIN_DISTINCT_NUMBERS = 6
# A head of a two-part value names its street or unit by two or more words beside its number (``8 HÜSEYN ARİF``),
# unless the locality holds a postcode.
MIN_TWO_PART_HEAD_WORDS = 2
# A one-word head of a two-part value is a home's when its word is a unit of one (``Lot 836, Agla``, ``Carré 12,
# Akpakpa``), or when the column's one-word heads are many different words (neighbourhoods: ``Bubali 77, Noord``);
# a product's one word comes back in every value (``Size 42, Blue``).
_HOME_HEAD_WORDS = frozenset(
    {"lot", "lote", "plot", "carré", "carre", "rue", "house", "villa", "parcelle", "maison", "casa", "quadra"}
    | {"kavling", "erf", "hala", "caya", "kaya"}
)
MIN_HEAD_WORDS = 4
# A bare number this long in a locality part is its postcode (``Pakse 01000``), shorter ones number a unit.
MIN_CODE_DIGITS = 4

_SPLIT = re.compile(r"\s*[,،、]\s*")
# A standalone number in any script's digits: ``26``, ``045``, ``12A``, ``۱۱``, ``#4``, ``12/3`` (not ``500mg``).
# Also a house letter after a dash (``111-A``) and a Cotonou street number with its dot (``rue 8.257``).
_NUMBER = re.compile(r"^(?:[Nn][º°]\.?)?#?(\d{1,5})(?:[/.-]\d{1,4})?(?:-?[^\W\d_])?$")
_DIGIT = re.compile(r"\d")
_QUICK = re.compile(r"[,،、]")
# A short remark in place of an address: lower case, no digit, up to three words (``see notes``, ``no tin``).
_REMARK = re.compile(r"^[^\W\d_A-Z]+(?:[ '.-][^\W\d_A-Z]+){0,2}\.?$")
MAX_PLACEHOLDERS = 0.2


def _parts(value: str) -> list[str] | None:
    """The comma-joined parts of a value, trailing all-digit parts (a postcode) dropped; None when no layout."""
    text = value.strip()
    if len(text) > MAX_CELL_CHARS or "\n" in text or not _QUICK.search(text) or not _DIGIT.search(text):
        return None
    if weekday_date(text) is not None:
        return None  # "jueves, 5 de noviembre de 2020": the weekday repeats as a town would
    parts = [p for p in _SPLIT.split(text) if p]
    while parts and parts[-1].replace(" ", "").replace("-", "").isdigit():
        parts.pop()
    if not MIN_PARTS <= len(parts) <= MAX_PARTS or any(len(p.split()) > MAX_PART_WORDS for p in parts):
        return None
    return parts


def _locality(part: str) -> str | None:
    """An end part read as a locality: its words without the ones holding digits (``AZ3715 Yevlax`` -> ``yevlax``).
    A unit and its number (``House 060``, ``District 11``) is no locality: a short standalone number is a unit's."""
    if any((m := _NUMBER.match(w.strip(".;:()"))) and len(m.group(1)) < MIN_CODE_DIGITS for w in part.split()):
        return None
    words = [w for w in part.split() if not _DIGIT.search(w)]
    if not any(sum(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in w) >= 3 for w in words):
        return None
    return " ".join(words).casefold()


def _numbers(parts: list[str]) -> list[str]:
    return [m.group(1) for p in parts for w in p.split() if (m := _NUMBER.match(w.strip(".;:()")))]


def _head_words(head: list[str]) -> list[str]:
    return [w.casefold() for w in head[0].split() if not _DIGIT.search(w)] if len(head) == 1 else []


def _head_ok(head: list[str], end: str, diverse: bool = False) -> bool:
    """The head holds a standalone number; alone (a two-part value) it also names something by two words, or by a
    home's unit word or one of many different words (``diverse``), or the locality carries its postcode (``9 TƏBRİZ,
    AZ1375 Naftalan``)."""
    if not _numbers(head):
        return False
    if len(head) > 1 or _DIGIT.search(end):
        return True
    words = _head_words(head)
    if len(words) == 1 and (diverse or words[0] in _HOME_HEAD_WORDS):
        return True
    return len(words) >= MIN_TWO_PART_HEAD_WORDS


def _without_placeholders(values: list[str]) -> list[str]:
    """``values`` without the cells that hold no address (``onbekend``, ``TBC``, ``see notes``, ``no tin``: a
    not-known word, or a short lower-case remark without a digit), when they are few (:data:`MAX_PLACEHOLDERS`)."""
    empty = not_known_keys(values, E.ADDRESS)
    kept = [v for v in values if v not in empty and not _REMARK.match(v)]
    return kept if len(kept) >= (1 - MAX_PLACEHOLDERS) * len(values) else values


def _layers(
    layouts: list[list[str] | None], ends: Counter[str], diverse: bool
) -> tuple[int, set[str], set[str], set[str]]:
    """The values read as layered homes: their count, heads, localities and head numbers."""
    heads: set[str] = set()
    localities: set[str] = set()
    numbers: set[str] = set()
    layered = 0
    for parts in layouts:
        if parts is None:
            continue
        # The end whose locality comes back in other values: the last (the usual order), else the first; in a
        # small table a village may come once: then the end that reads as a locality at all.
        sides = ((parts[:-1], parts[-1]), (parts[1:], parts[0]))
        for head, end in sorted(sides, key=lambda side: ends[_locality(side[1]) or ""] < 2):
            key = _locality(end)
            if key and _head_ok(head, end, diverse):
                layered += 1
                heads.add(", ".join(head).casefold())
                localities.add(key)
                numbers.update(_numbers(head))
                break
    return layered, heads, localities, numbers


def layered_address_score(sample: ValueSample) -> Score | None:
    """A column of comma-joined addresses with a numbered head and a shared locality (see the module), or None."""
    values = _without_placeholders(sample.values)
    if sample.n_distinct < MIN_LAYERED_DISTINCT or len(values) < MIN_LAYERED_DISTINCT:
        return None
    layouts = [_parts(v) for v in values]
    if sum(p is not None for p in layouts) < MIN_LAYERED_SHARE * len(values):
        return None  # the cheap pre-check: most values are no comma-joined numbered parts
    ends: Counter[str] = Counter()
    for parts in layouts:
        if parts is not None:
            ends.update({k for k in (_locality(parts[-1]), _locality(parts[0])) if k})
    single = {w[0] for parts in layouts if parts and len(parts) == 2 and len(w := _head_words(parts[:1])) == 1}
    layered, heads, localities, numbers = _layers(layouts, ends, len(single) >= MIN_HEAD_WORDS)
    if layered < MIN_LAYERED_CELLS * len(values) and layered >= MIN_LAYERED_SHARE * len(values):
        # Most are homes by their heads: the rest, of the same layout, are homes on one-word streets (``Bubali 58``).
        layered, heads, localities, numbers = _layers(layouts, ends, True)
    # Street lines among them (``91 rue Samsenthai``): the same column's other way of writing a home.
    share = (layered + sum(1 for v, p in zip(values, layouts, strict=True) if p is None and street_line_cell(v))) / len(
        values
    )
    if (
        share < MIN_LAYERED_CELLS
        or layered < MIN_LAYERED_SHARE * len(values)
        or not MIN_LOCALITIES <= len(localities) <= MAX_LOCALITY_RATIO * layered
    ):
        return None
    if len(heads) < MIN_HEAD_RATIO * layered or len(numbers) < MIN_DISTINCT_NUMBERS:
        return None
    return Score(
        share,
        True,
        f"{_pct(share)} comma-joined addresses: a numbered head nearly unique to each, "
        f"{len(localities)} localities shared",
    )
