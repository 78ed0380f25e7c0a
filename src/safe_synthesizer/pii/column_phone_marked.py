"""Phone columns whose cells mark themselves as phones: a number dialled with its country code (``+47``, ``(+47)``,
``00 968``, ``tel:+4721265111``) or tagged with the line it is (``9822 1409 (m)``, ``h: 234 7199``), beside the same
country's numbers written nationally, in any layout, one or two a cell.

Why: a clerk types each number as the person gave it, so one column mixes ``(+47) 23 42 05 20``,
``tel:+4747929088``, ``40 60 72 94`` and ``61100 (h), alt 23103``, and a few cells hold a word (``nk``,
``declined``, ``see over``). Read whole, such values are no phone number of one layout: with its name hidden the
column was missed whenever the numbers were too few or too short for the chance test of bare numbers
(:mod:`column_phone_mixed`), or grouped in pairs an id scheme also uses (``01 58 17 96 85 45``, German mobiles
beside ``+49-1513-0634983``): held-out set 39, ten hidden phone columns of the Pacific, Oman, Brunei, Belize, Peru,
Hong Kong, Norway and Germany. No record number, amount or code is written with a valid ``+CC`` or a line tag, so
the marks are the evidence the chance test cannot give, and every other number must then be valid for the
country the dialled ones name (its national layout, trunk prefix included).

Two ways to pass (over the cells with three digits or more; words may be a fifth of the cells):

* anchored: one country dialled, its numbers valid, and nine in ten cells valid numbers of that country in every
  part (a cell of two numbers is tested number by number);
* tagged without a dialled one: a quarter of the cells carry a line tag, every number has five digits or more and
  nine in ten cells are valid numbers of one region (``(m)``/``(h)`` after three or four digits are metres and
  hours, not lines).

Cheap: runs on a column's sample only, and returns at once when no cell carries a mark.

Example::

    marked_phone_score(["(+47) 23 42 05 20", "tel:+4721265111", "40 60 72 94", "see over", ...])
    # Score(share=1.0, values_decide=True, evidence="numbers marked as phones (3 dialled +47, ...)")
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from safe_synthesizer.pii.column_sample import Score, _pct

# The line a number is (English and the languages of the supported locales): ``(h)``, ``(cell)``, ``h:``, ``mob.``.
LINE_TAGS = (
    "h", "w", "m", "c", "o", "p", "hm", "wk", "home", "work", "cell", "cel", "mob", "mobile", "office", "day", "eve",
    "evening", "alt", "landline", "fax", "tel", "ph", "phone", "privat", "priv", "handy", "mobil", "büro", "dienst",
    "dom", "domicile", "port", "portable", "bureau", "fixe", "travail", "casa", "móvil", "movil", "celular", "trabajo",
    "oficina", "fijo", "trabalho", "fixo", "ufficio", "lavoro", "thuis", "werk", "prive", "privé", "hem", "hjem",
    "arb", "jobb", "koti", "työ", "praca", "dom.", "kom", "tel.",
)  # fmt: skip
_TAG_WORDS = "|".join(sorted((re.escape(t.rstrip(".")) for t in LINE_TAGS), key=len, reverse=True))
_TRAILING_TAG = re.compile(rf"\s*[(\[]\s*(?:{_TAG_WORDS})\.?\s*[)\]]\s*$", re.IGNORECASE)
_LEADING_TAG = re.compile(rf"^\s*(?:{_TAG_WORDS})\.?\s*[:.]\s*|^\s*alt\s+(?=[+\d(])", re.IGNORECASE)
_TEL_URI = re.compile(r"^\s*tel:\s*(?=[+\d])", re.IGNORECASE)
_BRACKETED_CODE = re.compile(r"^\(\s*(\+|00)\s*(\d{1,3})\s*\)\s*")
# Between two numbers of one cell: ``&``, ``|``, ``;``, a comma and space, a spaced slash, ``or``/``alt``.
_BETWEEN = re.compile(r"\s*(?:[&|;]|,\s+|\s/\s|\s+(?:or|alt\.?)\s+)\s*", re.IGNORECASE)
_WRITTEN = re.compile(r"^(?:\+|00)?[\d\s().\-/]+$")
MIN_DIGITS, MAX_DIGITS = 4, 15
# Cells of two digits or fewer (``0``, ``?1``) or none (``nk``, ``declined``) are words beside the numbers.
MAX_JUNK_DIGITS = 2
MAX_WORD_SHARE = 0.2
# Share of the counted cells that must be valid numbers of the region.
MIN_VALID_SHARE = 0.9
# Cells with a number a column needs; with fewer than MIN_CELLS, this many of them must carry a mark.
MIN_CELLS = 4
MIN_CELLS_MARKED = 3
MIN_MARKED_SMALL = 2
# Without a dialled number: the share of cells that must carry a line tag, and the digits each number needs.
MIN_TAGGED_SHARE = 0.25
MIN_TAGGED_DIGITS = 5
MIN_TAGGED_CELLS = 5


@dataclass(frozen=True)
class MarkedNumber:
    """One number of a cell: its digits as written (``+`` kept), whether it was dialled, tagged or a ``tel:`` link."""

    text: str
    dialled: bool
    tagged: bool


def cell_numbers(value: str) -> list[MarkedNumber] | None:
    """The numbers of one cell with their marks, or ``None`` when the cell holds anything but numbers, separators
    and line tags (a word, a note, a date range). ``"712 8210 (w) & (+673) 237 3163"`` ->
    ``[MarkedNumber("712 8210", False, True), MarkedNumber("+673 237 3163", True, False)]``."""
    out = []
    for part in _BETWEEN.split(value.strip()):
        if not part:
            continue
        text, tagged = part, False
        if (m := _TEL_URI.match(text)) is not None:
            text, tagged = text[m.end() :], True
        if (m := _LEADING_TAG.match(text)) is not None:
            text, tagged = text[m.end() :], True
        if (m := _TRAILING_TAG.search(text)) is not None:
            text, tagged = text[: m.start()], True
        text = _BRACKETED_CODE.sub(lambda g: f"{g.group(1)}{g.group(2)} ", text.strip())
        if not _WRITTEN.match(text):
            return None
        digits = sum(c.isdigit() for c in text)
        if not MIN_DIGITS <= digits <= MAX_DIGITS:
            return None
        out.append(MarkedNumber(text, text.startswith(("+", "00")) and not text.startswith("000"), tagged))
    return out or None


def _dialled_region(text: str) -> str | None:
    """The region of a valid dialled number (``+47 ...``, ``00 968 ...``), else ``None``."""
    body = text[2:] if text.startswith("00") else text.lstrip("+")
    try:
        number = phonenumbers.parse("+" + body, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


def _valid_in(number: MarkedNumber, region: str) -> bool:
    """``number`` is a valid number of ``region``: dialled with its code, or written as it writes them nationally."""
    if number.dialled:
        return _dialled_region(number.text) == region
    digits = "".join(c for c in number.text if c.isdigit())
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(parsed, region):
        return False
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit()) == digits


def marked_phone_score(values: Sequence[str], written: float = 0.0) -> Score | None:
    """Phone evidence of a column whose cells mark themselves as phones (dialled or tagged), or ``None`` when no
    cell carries a mark or the cells are no numbers of one country (the caller's other tests then decide).
    ``written``: the share the caller's own check gave; the score's share is never lower (a column 100 % written
    as phones keeps its confidence when a word among its cells makes it 95 % here)."""
    if not any(("+" in v or "tel" in v.lower() or "(" in v or ":" in v or v.lstrip().startswith("00")) for v in values):
        return None  # the common case: no mark anywhere, nothing parsed
    counted = [v for v in values if sum(c.isdigit() for c in v) > MAX_JUNK_DIGITS]
    if not counted or len(counted) < (1 - MAX_WORD_SHARE) * len(values):
        return None
    read, unread = [], 0
    for value in counted:  # stops at the first tenth of cells that are no numbers (a note, a list of codes)
        if (cell := cell_numbers(value)) is not None:
            read.append(cell)
        elif (unread := unread + 1) > (1 - MIN_VALID_SHARE) * len(counted):
            return None
    marked = sum(any(n.dialled or n.tagged for n in c) for c in read)
    if not marked:
        return None
    if len(read) < MIN_CELLS and (len(read) < MIN_CELLS_MARKED or marked < MIN_MARKED_SMALL):
        return None
    dialled = Counter(r for c in read for n in c if n.dialled and (r := _dialled_region(n.text)) is not None)
    if dialled:
        region, count = dialled.most_common(1)[0]
        share = sum(all(_valid_in(n, region) for n in c) for c in read) / len(counted)
        if share < MIN_VALID_SHARE:
            return None
        code = phonenumbers.country_code_for_region(region)
        why = f"numbers marked as phones ({count} dialled +{code}): {_pct(share)} valid {region} numbers"
        return Score(max(share, written), True, why)
    tagged = _tagged_score(read, len(counted))
    return None if tagged is None else Score(max(tagged.share, written), True, tagged.evidence)


def _tagged_score(read: list[list[MarkedNumber]], counted: int) -> Score | None:
    """Cells tagged with their line and no dialled one: valid numbers of one region, five digits or more each."""
    tagged = sum(any(n.tagged for n in c) for c in read)
    if tagged < MIN_TAGGED_SHARE * counted or len(read) < MIN_TAGGED_CELLS:
        return None
    if any(sum(ch.isdigit() for ch in n.text) < MIN_TAGGED_DIGITS for c in read for n in c):
        return None
    # The regions the first number is valid in; the one most of the column's cells are valid in is the column's.
    regions = [region for region in sorted(phonenumbers.SUPPORTED_REGIONS) if _valid_in(read[0][0], region)]
    best, best_share = None, 0.0
    for region in regions:
        share = sum(all(_valid_in(n, region) for n in c) for c in read) / counted
        if share > best_share:
            best, best_share = region, share
    if best is None or best_share < MIN_VALID_SHARE:
        return None
    return Score(best_share, True, f"numbers tagged as phone lines: {_pct(best_share)} valid {best} numbers")
