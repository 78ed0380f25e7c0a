"""The bare-number test: a column of national numbers written without ``+CC`` (``0341910544``, ``612345678``).

Why: exports often write numbers without ``+CC`` and without separators, and without a telling
column name such a column was missed (set 10: 22 of 66 hidden phone columns). A single bare number
says nothing (``612345678`` may be an id), but a column does:

* one layout: digits with the same separators, lengths within two of each other; a trunk ``0``
  on some (landlines ``0362656750``, service numbers ``08002181184``) and not on others (Italian
  mobiles ``3335015685``, Brazilian ``9548960998``) is allowed, the random digits it is tested
  against then keep the same share of trunk zeros;
* spread: the leading digits vary (no run of sequential ids, no timestamps of a few years);
* one region where nearly all of them are *valid* numbers (``phonenumbers``), far more than the
  numbers of that region random digits of the same layout pass: a one-sided binomial test against
  that chance rate, so that a country whose plan takes almost any digits (Germany: 8 random digit
  strings in 10 are "valid") still needs a column no random one would give;
* mobiles: people's phone columns are mostly mobiles, random digits of a dense plan mostly not
  (Danish, German, Bulgarian landline ranges take most digit strings, mobile ranges few), so the
  share of mobiles among the valid numbers, tested against the random digits' share, is a second
  piece of evidence, combined with the first (Fisher's method): a 30-row Danish column of 8-digit
  mobiles passes, 30 random 8-digit ids do not.

The column decision that tries this test among the other readings of a column is
:func:`column_phones.national_phone_evidence`.

Example::

    bare_phone_share(["0139852833", "0598588402", ...])
    # (1.0, "NL", "100% valid NL numbers written bare (random digits of this layout: 71%)")
"""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

from safe_synthesizer.pii.column_phone_chance import (
    _MOBILE,
    _binomial_tail,
    _fisher,
    _kinds,
    _null_key,
    _null_people,
    _null_rates,
    _random_after_prefix,
)
from safe_synthesizer.pii.column_phone_lookalikes import epoch_like, shared_head
from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, LOCALE_PHONE_REGIONS
from safe_synthesizer.pii.validators.dates import looks_like_date

#: Regions a bare national column is tried in.
BARE_PHONE_REGIONS: tuple[str, ...] = tuple(
    dict.fromkeys((*COLUMN_PHONE_REGIONS, *LOCALE_PHONE_REGIONS, "HU", "LT", "LV", "EE", "SK", "HR", "SI", "BG",
                   "UA", "IN", "AR", "CL", "CO", "ZA", "IL", "SG", "PH", "MY", "IS", "LU"))
)  # fmt: skip
# Small countries with their own plan and no Faker locale (the Faroes' six-digit ``23 75 26``, Monaco, San Marino,
# Andorra, Liechtenstein, Greenland, Gibraltar): tried last, so that they never take a larger country's column.
SMALL_PLAN_REGIONS = ("FO", "GL", "MC", "SM", "AD", "LI", "GI")
# Fewer values than this decide nothing (12: the binomial test below asks p**n of n valid numbers, which
# random digits of a short column seldom reach; 24-row exports of set 15 were never tested at 30).
MIN_VALUES = 12
MIN_VALID_SHARE = 0.95
# Chance that random digits of the column's layout are this valid: below it, no accident.
MAX_P_VALUE = 1e-6
MIN_SPREAD = 0.5
MIN_LEADING_PREFIXES = 3
_PROBE = 40
# Digits with one kind of separator between groups, 7-12 digits, no ``+``/``00`` prefix. Seven: the
# landlines of small countries (Estonian ``320 8044`` beside ``5112 8051`` mobiles).
_BARE = re.compile(r"^\d[\d .\-/]{4,16}\d$")
MIN_DIGITS = 7
# Lengths of one column's numbers may differ by this much; by MAX_TRUNK_LENGTH_GAP when (nearly) all
# carry a trunk 0: German landlines ``030145200`` (9 digits) beside mobiles ``015123898934`` (12).
MAX_LENGTH_GAP = 2
MAX_TRUNK_LENGTH_GAP = 4
MIN_TRUNK_SHARE = 0.9
# Leading digits kept for the spread test: all but the last four, at least four (seven-digit
# Icelandic ``618 6699`` numbers share their first three digits with many others).
MIN_SPREAD_HEAD = 4


def _layout(value: str, min_digits: int = MIN_DIGITS) -> str | None:
    """Separators in order of a bare national number (``"  "`` for ``055 123 4567``), else None."""
    if not _BARE.match(value) or value.startswith("00") or looks_like_date(value):
        return None
    digits = sum(c.isdigit() for c in value)
    if not min_digits <= digits <= 12:
        return None
    return re.sub(r"\d+", "", value)


def _valid_share(values: list[str], region: str, stop_below: float = 0.0) -> float:
    """Share of ``values`` that are valid numbers of ``region``; 0 as soon as it cannot reach ``stop_below``."""
    hits, misses, allowed = 0, 0, (1.0 - stop_below) * len(values)
    for value in values:
        try:
            number = phonenumbers.parse(value, region)
            ok = phonenumbers.is_valid_number_for_region(number, region)
        except phonenumbers.NumberParseException:
            ok = False
        hits += ok
        misses += not ok
        if stop_below and misses > allowed:
            return 0.0
    return hits / len(values) if values else 0.0


def _as_written(values: list[str], region: str) -> int:
    """How many ``values`` are ``region``'s national numbers digit for digit (trunk prefix included)."""
    count = 0
    for value in values:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        count += "".join(c for c in national if c.isdigit()) == "".join(c for c in value if c.isdigit())
    return count


_FIXED = phonenumbers.PhoneNumberType.FIXED_LINE
# Share of a column each kind (mobiles, landlines) must reach for a mix of the two to count.
MIN_KIND_SHARE = 0.1


def _mobiles_and_landlines(values: list[str], region: str) -> bool:
    """Both mobiles and landlines of ``region``, each at least :data:`MIN_KIND_SHARE` of ``values``
    (a customer list of ``69...`` mobiles and ``21...`` Athens lines): a column of timestamps or ids
    whose few leading digits happen to be valid is one kind of number, not two."""
    kinds = {_MOBILE: 0, _FIXED: 0}
    for value in values[:_PROBE]:
        try:
            kind = phonenumbers.number_type(phonenumbers.parse(value, region))
        except phonenumbers.NumberParseException:
            continue
        if kind in kinds:
            kinds[kind] += 1
    n = min(len(values), _PROBE)
    return n > 0 and all(k >= MIN_KIND_SHARE * n for k in kinds.values())


def bare_phone_share(
    values: list[str], lost_zero: bool = False, grouped: bool = False, min_digits: int = MIN_DIGITS
) -> tuple[float, str | None, str]:
    """(share of ``values`` that are valid bare numbers of one region beyond chance, that region, why): the
    bare-number test of :func:`national_phone_evidence`, on numbers taken one by one; ``lost_zero``: their ``0``
    was put back (:func:`restored_trunk_zero`), so it is no sign of a trunk prefix the column wrote; ``grouped``:
    the digit runs were written in groups (:mod:`column_phone_mixed` reads them as runs); ``min_digits``: the
    fewest digits a number may have (six for grouped ones: the Faroes' ``23 75 26``)."""
    if len(values) < MIN_VALUES:
        return 0.0, None, "too few values"
    layouts = [(v, lay) for v in values if (lay := _layout(v, min_digits)) is not None]
    if len(layouts) < MIN_VALID_SHARE * len(values):
        return 0.0, None, "not bare numbers"
    if epoch_like(values):
        return 0.0, None, "Unix timestamps of 2000-2033, not phones"
    main, count = Counter(lay for _, lay in layouts).most_common(1)[0]
    same = [v for v, lay in layouts if lay == main]
    lengths = [sum(c.isdigit() for c in v) for v in same]
    all_trunk = sum(v.startswith("0") for v in same) >= MIN_TRUNK_SHARE * len(same)
    gap = MAX_TRUNK_LENGTH_GAP if all_trunk else MAX_LENGTH_GAP
    if count < MIN_VALID_SHARE * len(values) or max(lengths) - min(lengths) > gap:
        return 0.0, None, "several layouts"
    digits = ["".join(c for c in v if c.isdigit()).lstrip("0") for v in same]
    # Without a trunk 0 the leading digits must vary too: epoch seconds of a few years (16..., 17...)
    # are valid German mobiles; with one, mobiles of one operator (090-...) are fine.
    prefixes = len({d[:2] for d in digits})
    trunk = not lost_zero and sum(v.startswith("0") for v in same) >= 0.5 * len(same)
    if len({d[: max(len(d) - 4, MIN_SPREAD_HEAD)] for d in digits}) < MIN_SPREAD * len(digits):
        return 0.0, None, "numbers too alike (ids or timestamps)"
    # Few leading digits without a trunk 0 (``69...`` and ``21...``) pass only as mobiles beside
    # landlines of one region (below): timestamps and ids of a few prefixes are one kind of number.
    # Digits written in groups (``32 13 02 60``, ``5112 8051``) are written as phones: ids and
    # timestamps come in one run of digits, so a few leading digits are no warning there.
    grouped = grouped or any(c == " " for c in main)
    few_prefixes = not trunk and not grouped and prefixes < MIN_LEADING_PREFIXES
    # Behind a trunk ``0``, a head of four digits all share (``07960...``: ids of one prefix, zero-padded)
    # is tested like few leading digits: only the digits after it may tell phones from ids.
    few_prefixes = few_prefixes or (all_trunk and len(shared_head(digits)) >= MIN_TRUNK_HEAD)
    # One leading digit for all, no trunk 0 (job numbers ``2843556234``: Beijing and Shanghai lines to China's plan):
    # tested like ids of one prefix unless mostly mobiles (Spanish ``6...``, Italian ``3...`` mobiles share theirs).
    one_head = not trunk and not grouped and bool(shared_head(digits))
    # Every region where the probe is nearly all valid: many plans take the same digits (a Swiss
    # ``0781369981`` is also a valid German, Italian and Swedish number), and the column's own
    # region may be any of them, not the first three.
    best = _best_region(values, same, BARE_PHONE_REGIONS, few_prefixes, one_head)
    if best[0] == 0.0:
        # Valid nowhere listed (Nigerian ``0812...``, Macedonian ``072...``, Pakistani ``0342...`` mobiles):
        # every country Faker has a locale for, and the small plans it has none for, under the same test.
        from safe_synthesizer.pii.fake_phone_regions import faker_phone_regions

        wide = tuple(r for r in (*faker_phone_regions(), *SMALL_PLAN_REGIONS) if r not in BARE_PHONE_REGIONS)
        best = max(best, _best_region(values, same, wide, few_prefixes, one_head), key=lambda b: b[0])
    return best


def _best_region(
    values: list[str], same: list[str], regions: tuple[str, ...], few_prefixes: bool, one_head: bool = False
) -> tuple[float, str | None, str]:
    """The region of ``regions`` whose valid numbers ``same`` (the one-layout numbers of ``values``) are
    beyond the chance of random digits of their layout, as (share, region, why); ``one_head``: they share their
    first digit, which counts as few prefixes in a region where they are mostly landlines."""
    probe = same[:_PROBE]
    shares = {r: s for r in regions if (s := _valid_share(probe, r, stop_below=0.8)) >= 0.8}
    key = _null_key(same)
    best: tuple[float, str | None, str] = (0.0, None, "no region where they are valid numbers")
    best_p = 1.0
    for region in sorted(shares, key=shares.__getitem__, reverse=True):
        valid, mobile, people = _kinds(same, region)
        share = valid / len(values)
        if share < MIN_VALID_SHARE or share < best[0]:
            continue
        few = few_prefixes or (one_head and mobile * 2 < valid)
        chance, mobile_chance = _null_rates(key, region)
        p_value = _binomial_tail(len(values), valid, chance)
        if key[1] >= MIN_TRUNK_SHARE:
            # People's numbers only (no service or VoIP ranges), beyond random digits' share of them. Behind
            # a trunk 0 only: ids whose first digit is a code (Canadian SINs open 1-7, never 8) avoid
            # France's 08/09 service ranges as well as people's numbers do.
            p_value = min(p_value, _binomial_tail(len(values), people, _null_people(key, region)))
        # Given the valid ones, more mobiles than random digits of this layout give.
        p_value = min(p_value, _fisher(p_value, _binomial_tail(valid, mobile, mobile_chance)))
        if (prefix := _own_trunk(same, region)) is not None:
            # Russia's ``8`` before every number: random digits after that prefix are the chance.
            chance = _valid_share(_random_after_prefix(same, keep=len(prefix)), region)
            p_value = _binomial_tail(len(values), valid, chance)
        elif few and _unwritten_landlines(same, region, valid, mobile):
            # ``36392247726``: order numbers of one prefix that Austria's dense plan takes as landlines of one
            # area, without the trunk 0 every Austrian writes: no people's column of that country looks so.
            continue
        elif few and (_long_head(same) or not _mobiles_and_landlines(same, region)):
            # One kind of number of a few leading digits (a town's area code, or epoch seconds
            # 16.../17..., which are German mobiles): the digits after those leading ones must be
            # valid beyond chance too. Timestamps and ids are random there, area codes are not
            # (``506 247 6511``: random ``50.`` numbers are seldom Canadian).
            # The random digits keep the whole head the column shares (ids of one prefix ``3653...``).
            # One digit of the head less, so that an area code (``506``, New Brunswick) still tells;
            # two digits at least, three with a leading ``0``.
            digits = ["".join(c for c in v if c.isdigit()) for v in same]
            floor = 3 if all(d.startswith("0") for d in digits) else 2
            keep = min(max(floor, len(shared_head(digits)) - 1), min(len(d) for d in digits) - 4)
            chance = _valid_share(_random_after_prefix(same, keep=keep), region)
            p_value = _binomial_tail(len(values), valid, chance)
        if not few and prefix is None and _open_plan_landlines(same, region, valid, mobile):
            # Luxembourg's plan takes landlines of four to eleven digits: ten random digits opening 2-5 are
            # nearly all "valid" there, and order or student numbers opening with one or two digits pass. Only
            # the digits after the first may tell, as for few leading digits.
            chance = _valid_share(_random_after_prefix(same, keep=1), region)
            p_value = _binomial_tail(len(values), valid, chance)
        if p_value > MAX_P_VALUE or (share == best[0] and p_value >= best_p):
            continue
        best_p = p_value
        mobiles = f"mobiles {round(100 * mobile / max(valid, 1))}% vs {round(100 * mobile_chance)}%"
        best = (share, region, f"{round(100 * share)}% valid {region} numbers written bare "
                               f"(random digits of this layout: {round(100 * chance)}%; {mobiles})")  # fmt: skip
    return best


def _unwritten_landlines(numbers: list[str], region: str, valid: int, mobile: int) -> bool:
    """Nearly all ``numbers`` are landlines of ``region`` (mobiles under half of the valid ones), written without
    the trunk ``0`` the region writes before them (most are no national number of ``region`` as written).

    Why: a column of one prefix that a dense plan takes as one area's landlines (order numbers ``363...`` are
    Austrian lines of Liezen's area) but that nobody of that country writes so: numbers that lost their ``0``
    in an integer export are tested with it put back (:func:`national_phone_evidence`); the mobiles of a
    British export written without it (``7407159678``) are mobiles and stay."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.national_prefix != "0" or mobile * 2 >= valid:
        return False
    return _as_written(numbers, region) < MIN_TRUNK_SHARE * len(numbers) and not any(n.startswith("0") for n in numbers)


# Fixed-line lengths of an open plan (Luxembourg: 4-11, Germany: 5-15): subscribers' extensions are dialled whole.
MIN_OPEN_PLAN_LENGTHS = 5


def _open_plan_landlines(numbers: list[str], region: str, valid: int, mobile: int) -> bool:
    """``region``'s plan is open (fixed lines of :data:`MIN_OPEN_PLAN_LENGTHS` lengths or more), the column is
    landlines of it (mobiles under half of the valid ones), written as one run of digits with no trunk ``0``.

    Why: an open plan takes most digit strings of its landlines' first digits at any length, so the share of valid
    numbers says little about a column of one kind of number: people's columns there are mostly mobiles
    (Luxembourg's ``621 ...``), or written in groups, while ten-digit order, booking and student numbers with no
    mobile among them are "landlines" of such a plan (set 35: Etsy order numbers ``3376556461`` in four locales)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.fixed_line is None or mobile * 2 >= valid:
        return False
    if len(metadata.fixed_line.possible_length) < MIN_OPEN_PLAN_LENGTHS:
        return False
    return all(n.isdigit() and not n.startswith("0") for n in numbers)


# Digits behind a trunk ``0`` that a whole column may share before it is tested like ids of one prefix.
MIN_TRUNK_HEAD = 4


def _long_head(numbers: list[str]) -> bool:
    """The numbers share three leading digits or more (trunk ``0`` not counted): one area and exchange, or
    ids of one prefix; a mix of mobiles and landlines cannot share them."""
    return len(shared_head(["".join(c for c in v if c.isdigit()).lstrip("0") for v in numbers])) >= 3


def _own_trunk(numbers: list[str], region: str) -> str | None:
    """``region``'s own trunk prefix when it is no ``0`` and nearly all ``numbers`` open with it (Russia's
    ``8``: ``89282481306``), else None. Written as national numbers there, like a trunk ``0`` elsewhere, so
    the same few leading digits (``89...``, every Russian mobile) are no sign of ids or timestamps."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    prefix = metadata.national_prefix if metadata is not None else None
    if not prefix or prefix == "0" or sum(n.startswith(prefix) for n in numbers) < MIN_TRUNK_SHARE * len(numbers):
        return None
    return prefix
