"""Phone fakes valid wherever their original is, so the column's country need not be guessed right.

A nationally written number often belongs to several plans at once: bare ``0453873054`` is a Belgian
mobile and a French (and Dutch, German...) landline, ``24886319`` is valid in some thirty plans,
``040.644.51.23`` in Azerbaijan and Sweden. The column's country is guessed from its values and the
table's language, and a wrong guess (French for a Belgian list, Swedish for an Azerbaijani one) made
fakes valid in the guessed country only: ``0453873054`` -> ``0425587488``, no Belgian number.

Number plans hand out numbers by leading digits and length, so a fake that keeps the original's layout,
length and first few digits (its area code or mobile prefix) and redraws the rest is, after a few
draws, valid in every plan the original is valid in. Here a column's *plausible* regions are those
where at least half of its (sampled) national numbers are valid, narrowed, for numbers written in
groups, to the regions whose national format has those groups; each number's fake must then be valid
in every plausible region its original is valid in, and of the original's type in the first of them
(the column's region when it is one). A fake already so is kept. When no draw is, the last region is
given up, and so on; a fake is never made less valid than the one it replaces.

Under differential privacy each value is faked in a call of its own: its plausible regions are then
those of that value alone (no other record is looked at), among the commonly seen plans and the column's.

Example::

    rng = np.random.default_rng(0)
    valid_everywhere(["0453873054"], ["0425587488"], rng, first="FR")
    # ['0456...']: a Belgian mobile and a French landline, as the original
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

import numpy as np
import phonenumbers
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS
from safe_synthesizer.pii.phone_national import national_type, national_valid, valid_regions
from safe_synthesizer.pii.phone_types import same_kind
from safe_synthesizer.pii.validators.phones import dialled_regions

#: National numbers of a column whose regions are counted.
SAMPLE = 12
#: Share of the sample a region's plan must take for the region to be plausible; when the column's own region
#: is not, the share another must take.
MIN_SHARE, CLEAR_SHARE = 0.5, 0.9
#: Leading written digits a redrawn fake keeps at first (one more every :data:`DRAWS_PER_KEEP` draws),
#: and digits it always redraws.
FIRST_KEEP, MIN_REDRAWN = 3, 4
#: Digits of the shortest national number looked at: Greenland, the Faroes and Andorra give people six-digit
#: numbers (``32 17 23``), which Luxembourg's and Germany's plans take too; such a fake keeps fewer digits.
MIN_DIGITS = 6
DRAWS_PER_KEEP = 8
#: Share of a column's grouped numbers written in no plausible plan's groups that makes the groups a clerk's.
CLERK_SHARE = 0.25
_DIGITS = re.compile(r"\d+")
_BRACKETS = re.compile(r"[()\[\]]")
# A float column's integer phone (``643827661.0``): the ``.0`` is no digit of the number.
_FLOAT_TAIL = re.compile(r"\.0$")


def national_digits(value: str) -> str | None:
    """The digits of a nationally written number (no ``+``/``00``, no letters, extension and a float's
    ``.0`` left out), or ``None``."""
    main = _FLOAT_TAIL.sub("", _main(value))
    if not main or "+" in main or any(ch.isalpha() for ch in main):
        return None
    digits = "".join(_DIGITS.findall(main))
    return digits if len(digits) >= MIN_DIGITS and not digits.startswith("00") else None


def _main(value: str) -> str:
    return B._EXTENSION.split(value, maxsplit=1)[0].strip()


def _groups(value: str) -> list[int]:
    return [len(g) for g in _DIGITS.findall(_main(value))]


def _skeleton(value: str) -> str:
    return _DIGITS.sub("9", _main(value))


def _plain(value: str) -> bool:
    """Digit groups split by one kind of plain separator (a space, ``-``, ``.`` or ``/``), no brackets."""
    return len(set(_DIGITS.sub("", _main(value)))) == 1 and not _BRACKETS.search(value)


def _national(digits: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def column_regions(values: Sequence[str], first: str) -> tuple[str, ...]:
    """Regions where at least :data:`MIN_SHARE` of the column's sampled national ``values`` are valid,
    ``first`` (the column's region) first when among them, then by how many they take (:data:`CLEAR_SHARE`
    of them when ``first`` is not plausible). Numbers mostly
    written in groups count only for the regions whose national format has their groups and separators
    (``(201) 555-0123``: the US, not Mexico's ``201 555 0123``), or else their groups, when any has;
    unless the groups are a clerk's (:func:`_clerks_groups_plans`: a plan taking nearly every number stays)."""
    # The first :data:`SAMPLE` national numbers: the rest of a long column is not read.
    sample = list(islice(((v, d) for v in values if (d := national_digits(v)) is not None), SAMPLE))
    if not sample:
        return ()
    need = MIN_SHARE * len(sample)
    # One value alone (differential privacy fakes each in a call of its own): every plan asked for each of a
    # column's values would cost milliseconds a row, so only the commonly seen plans and the column's own.
    asked = None if len(values) > 1 else dict.fromkeys((first, *COLUMN_PHONE_REGIONS))
    valid = [(v, d, valid_regions(d, asked)) for v, d in sample]
    counts = Counter(r for _, _, regions in valid for r in regions)
    if counts[first] < need:
        # Mostly no valid numbers of the region the column was read as: a region wins only if it takes nearly all
        # (Pakistani ``0339.9594952`` read as Indonesian), not some (random US-like digits of a load test).
        need = CLEAR_SHARE * len(sample)
    candidates = {r for r, c in counts.items() if c >= need}
    grouped = [(v, d, regions) for v, d, regions in valid if len(_groups(v)) > 1]
    takes_all = _clerks_groups_plans(counts, grouped, first, len(sample))
    if candidates and len(grouped) * 2 > len(sample):
        grouped_like: Counter[str] = Counter()
        written_like: Counter[str] = Counter()
        for value, digits, regions in grouped:
            for r in candidates.intersection(regions):
                national = _national(digits, r)
                if national is not None and _groups(national) == _groups(value):
                    grouped_like[r] += 1
                    written_like[r] += _skeleton(national) == _skeleton(value)
        if max(written_like.values(), default=0) >= need and not all(_plain(v) for v, _, _ in grouped):
            counts = written_like
        elif max(written_like.values(), default=0) >= need:
            # One plain separator throughout (``01624-765512``) is what an export tool or a clerk picks, not a
            # country's convention: Bangladesh writes these dashes, yet the Isle of Man's numbers have the same
            # groups. The fake is valid in both, the plan of the separators first.
            counts = Counter({r: c + len(sample) * (written_like[r] >= need) for r, c in grouped_like.items()})
        elif max(grouped_like.values(), default=0) >= need:
            counts = grouped_like
    home = _home_regions(values, valid)
    return tuple(
        sorted(
            {*(r for r, c in counts.items() if c >= need), *home, *takes_all},
            key=lambda r: (r not in home, r != first, -counts[r], r),
        )
    )


def _clerks_groups_plans(
    counts: Counter[str], grouped: list[tuple[str, str, tuple[str, ...]]], first: str, size: int
) -> set[str]:
    """Plans that take (nearly) every sampled number (:data:`CLEAR_SHARE` of ``size``) when ``first`` does not and
    :data:`CLERK_SHARE` of the ``grouped`` numbers are written in the national groups of no plan that takes many;
    else none.

    Why: the groups decide a column's plans only when they are a country's. A clerk's threes (``045 076 669 9``:
    Belgian mobiles, in groups no plan writes) are not, and beside them ``012 386 140`` is how Cambodia writes
    its numbers: the column was read as Cambodian, Belgium (which takes every number) dropped for its groups, and
    the mobiles were faked as Cambodian numbers, no Belgian ones. Such plans stay plausible: the fake of each
    number is valid in them too. (A column whose region takes nearly all, or whose numbers are all written in a
    plan's groups, as ``(201) 555-0123``, is left alone: Germany's dense plan takes most digit strings.)
    """
    clear = CLEAR_SHARE * size
    if counts[first] >= clear or not grouped:
        return set()
    plans = {first, *(r for r, c in counts.items() if c >= MIN_SHARE * size)}
    unwritten = 0
    for value, digits, _ in grouped:
        groups, skeleton = _groups(value), _skeleton(value)
        unwritten += not any(
            (national := _national(digits, r)) is not None
            and _groups(national) == groups
            and _skeleton(national) == skeleton
            for r in plans
        )
    if unwritten < CLERK_SHARE * len(grouped):
        return set()
    return {r for r, c in counts.items() if c >= clear}


def _home_regions(values: Sequence[str], valid: list[tuple[str, str, tuple[str, ...]]]) -> tuple[str, ...]:
    """Regions of the calling codes the column's own international numbers dial that take some of its sampled
    national numbers, when together they take at least :data:`MIN_SHARE` of them; else none.

    Why: ``0044 1624 ...`` and ``+44 7924 ...`` beside ``01624-679940`` and ``07924-257387`` say the column is
    one of +44's: its national numbers are the Isle of Man's and Britain's (each its own), though the dashes are
    Bangladesh's and no single plan takes most of them (the column was read as Bangladeshi and faked Brazilian).
    """
    dialled = dialled_regions([v for v in values[: SAMPLE * 4] if v.lstrip().startswith(("+", "00"))])
    if not dialled or not valid:
        return ()
    codes = {phonenumbers.country_code_for_region(r) for r in dialled}
    regions = {r for cc in codes for r in COUNTRY_CODE_TO_REGION_CODE.get(cc, ())}
    taken = [regions.intersection(found) for _, _, found in valid]
    if sum(bool(t) for t in taken) < MIN_SHARE * len(valid):
        return ()
    return tuple(sorted(set().union(*taken), key=lambda r: (r not in dialled, r)))


def _redraw(value: str, regions: list[str], kind: int, rng: np.random.Generator) -> str | None:
    """``value`` with its digits after the first few redrawn until valid in every one of ``regions``
    (of ``kind`` in the first); the last region is given up when no draw is. ``None``: none valid in the first."""
    main_end = len(B._EXTENSION.split(value, maxsplit=1)[0])
    positions = [i for i, ch in enumerate(value[:main_end]) if ch.isdigit()]
    if value[:main_end].rstrip().endswith(".0"):
        positions = positions[:-1]
    most = len(positions) - MIN_REDRAWN
    wanted = list(regions)
    while wanted:
        for keep in range(max(1, min(FIRST_KEEP, most)), most + 1):
            for _ in range(DRAWS_PER_KEEP):
                chars = list(value)
                for p, d in zip(positions[keep:], rng.integers(0, 10, size=len(positions) - keep), strict=True):
                    chars[p] = str(d)
                fake = "".join(chars)
                digits = national_digits(fake)
                if fake == value or digits is None:
                    continue
                if same_kind(national_type(digits, wanted[0]), kind) and all(
                    national_valid(digits, r) for r in wanted[1:]
                ):
                    return fake
        wanted.pop()
    return None


def valid_everywhere(values: Sequence[str], fakes: Sequence[str], rng: np.random.Generator, first: str) -> list[str]:
    """``fakes`` of ``values``, each redrawn (:func:`_redraw`) unless valid in every plausible region
    (:func:`column_regions`) its original is valid in."""
    out = list(fakes)
    regions = column_regions(values, first)
    if not regions or regions == (first,):
        return out  # the column's region alone: its fakes are drawn valid there (:mod:`phones`)
    for i, value in enumerate(values):
        digits = national_digits(value)
        if digits is None:
            continue
        wanted = [r for r in regions if national_valid(digits, r)]
        fake_digits = national_digits(out[i])
        if not wanted or (fake_digits is not None and all(national_valid(fake_digits, r) for r in wanted)):
            continue
        have = sum(fake_digits is not None and national_valid(fake_digits, r) for r in wanted)
        fake = _redraw(value, wanted, national_type(digits, wanted[0]), rng)
        if fake is not None and sum(national_valid(national_digits(fake) or "", r) for r in wanted) >= have:
            out[i] = fake
    return out
