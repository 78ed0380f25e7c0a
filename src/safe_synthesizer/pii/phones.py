"""Phone-number fakes that are valid numbers of the original's country, in its layout.

The original is parsed with ``phonenumbers`` (region hint: the column's locale). The country code,
any trunk prefix (``0``, ``(0)``) and every separator stay where they were; the national significant
number is redrawn digit by digit (its first digit kept: it tells geographic from mobile) until
``phonenumbers.is_valid_number`` accepts it. Candidates are drawn for all values at once and only
the rejected ones are redrawn, so 100,000 numbers take a few seconds. An original that parses but
is not itself valid (a codec template of random digits, a typo) keeps none of its digits: its
leading digits come from a valid number of the region. Values that do not parse as a number keep
the old layout-preserving scramble.

Example::

    rng = np.random.default_rng(0)
    fake_phones(["0121 496 0628", "+49 30 901820"], rng, region="GB")
    # ['0161 739 2046', '+49 34 515093']  (both valid; layout kept)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np
import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii.fake_phone_everywhere import valid_everywhere
from safe_synthesizer.pii.fake_phone_own_region import own_region_fakes
from safe_synthesizer.pii.fake_phone_regions import elsewhere_fake, elsewhere_regions
from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.phone_list_short import has_list_separator, short_list_parts
from safe_synthesizer.pii.phone_lists import number_core, phone_list_parts
from safe_synthesizer.pii.phone_prefixes import PREFIX_DIGITS, digit_strings, prefix_table
from safe_synthesizer.pii.phone_types import ANY as _ANY
from safe_synthesizer.pii.phone_types import PERSON as _PERSON
from safe_synthesizer.pii.phone_types import is_valid_nsn as _is_valid_nsn
from safe_synthesizer.pii.phone_types import number_type, own_region

MAX_ROUNDS = 40
_KEEP_NSN_DIGITS = 1
_EXAMPLE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER, phonenumbers.PhoneNumberType.UAN,
)  # fmt: skip


def _nsn_positions(value: str, nsn: str) -> list[int] | None:
    """Positions in ``value`` of the national significant number's digits, or ``None``."""
    main = B._EXTENSION.split(value, maxsplit=1)[0]
    digits = [i for i, ch in enumerate(main) if ch.isdigit()]
    if len(digits) < len(nsn):
        return None
    pos = digits[len(digits) - len(nsn) :]
    return pos if "".join(value[i] for i in pos) == nsn else None


def is_valid_phone(value: str, region: str) -> bool:
    """``value`` parses (``region`` as hint) to a valid number."""
    parsed = parse_phone(value, region)
    return parsed is not None and phonenumbers.is_valid_number(parsed)


def _structure(value: str, region: str, cache: dict) -> tuple[int, str, list[int]] | None:
    """(country code, region to validate for, NSN positions), cached per layout and prefix."""
    digits = "".join(filter(str.isdigit, value[:8]))
    # "(0063)...": a 00 dialling prefix behind a bracket is international too (its country varies).
    international = value.lstrip().startswith("+") or digits.startswith("00")
    key = (value.translate(B._LAYOUT), digits[:5] if international else digits[:1])
    if key not in cache:
        parsed = parse_phone(value, region)
        found = None
        if parsed is not None:
            nsn = phonenumbers.national_significant_number(parsed)
            pos = _nsn_positions(value, nsn)
            cc = parsed.country_code
            target = region if phonenumbers.country_code_for_region(region) == cc else None
            target = target or phonenumbers.region_code_for_country_code(cc)
            if pos is not None and len(nsn) > _KEEP_NSN_DIGITS and target != "ZZ":
                found = (cc, target, pos)
        cache[key] = found
    return cache[key]


@lru_cache(maxsize=512)
def _valid_prefixes(region: str, length: int) -> tuple[str, ...]:
    """National numbers of ``region`` from ``phonenumbers``' examples, those of ``length`` digits first.

    Their leading digits seed fakes whose original (a codec template, a typo) starts with digits no
    valid number of the region starts with.
    """
    numbers = []
    for kind in _EXAMPLE_TYPES:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            numbers.append(phonenumbers.national_significant_number(example))
    # Mobile and fixed-line prefixes first: a person's number is not toll-free (+91 1800...).
    personal = numbers[:2]
    same = [n for n in personal if len(n) == length] or [n for n in numbers if len(n) == length]
    return tuple(dict.fromkeys(same or personal or numbers))


@cache
def _metadata(region: str) -> PhoneMetadata | None:
    return PhoneMetadata.metadata_for_region(region, None)


def nsn_type(nsn: str, region: str) -> int:
    """``phonenumbers``' type of a national significant number in ``region``; ``UNKNOWN``: not valid there.

    The same test ``is_valid_number_for_region`` makes (it computes this type and compares it with
    ``UNKNOWN``), on the digit string itself: no ``PhoneNumber`` to build, and the type comes free.
    """
    return number_type(nsn, region)


def _own_region(cc: int, nsn: str, hint: str) -> tuple[str, int]:
    """(region, type) of a number of country code ``cc``: ``hint`` when valid there, else (+1, +44,
    +7...: several regions) the one ``phonenumbers`` gives it, else ``hint`` (type ``UNKNOWN``).
    Decided on the number alone (no cache of earlier values), as differential privacy needs."""
    kind = nsn_type(nsn, hint)
    if kind != PhoneNumberType.UNKNOWN or len(COUNTRY_CODE_TO_REGION_CODE.get(cc, ())) < 2:
        return hint, kind
    own = own_region(cc, nsn)
    if own and own != hint and (kind := nsn_type(nsn, own)) != PhoneNumberType.UNKNOWN:
        return own, kind
    return hint, PhoneNumberType.UNKNOWN


@cache
def _area_codes(cc: int, region: str, length: int) -> tuple[str, ...]:
    """Three-digit prefixes that start valid ``length``-digit numbers of ``region`` (probed once:
    a Canadian area code list from the metadata's patterns, without parsing the patterns)."""
    probe = np.random.default_rng(length)
    found = []
    for head in (f"{p:03d}" for p in range(1000)):
        for _ in range(3):
            tail = "".join(map(str, probe.integers(0, 10, size=length - 3)))
            if _is_valid_nsn(cc, head + tail, region):
                found.append(head)
                break
    return tuple(found)


def _region_seed(cc: int, target: str, nsn: str, kind: int, rng: np.random.Generator) -> str | tuple[str, str]:
    """The original's digits to keep a prefix of, or (digits naming ``target``, original digits)
    when ``target`` shares its country code with a main region and random digits would rarely hit
    it. The original's own digits do when :func:`prefix_table` knows prefixes of ``target``'s numbers
    of its ``kind`` beginning with its first digit (a Canadian area code, a Jersey mobile's ``7``:
    Jersey's ``1534`` starts fixed lines only): each round draws one of those."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(cc, ())
    if len(regions) < 2 or regions[0] == target or len(nsn) < 6:
        return nsn
    metadata = _metadata(target)
    if metadata is not None and metadata.leading_digits:
        # Montserrat's 664, Jersey's 1534: they name the region and nothing finer; kept, with the next two digits
        # (the exchange's: a small plan's valid numbers are a few exchanges, random digits after 664 seldom are).
        match = re.match(metadata.leading_digits, nsn)
        return (nsn[: match.end() + 2], nsn) if match else nsn
    if prefix_table(cc, target, len(nsn), kind).get(nsn[:1]):
        return nsn  # each round draws a prefix of ``target``'s numbers of this kind (_draw_valid)
    codes = _area_codes(cc, target, len(nsn))
    return (codes[int(rng.integers(0, len(codes)))], nsn) if codes else nsn


def fake_phones(
    values: Sequence[str], rng: np.random.Generator, *, region: str = "US", elsewhere: bool = False
) -> list[str]:
    """One fake per value: valid for the original's country where the original parses.

    Digits of the original are kept as a prefix only when the original is itself a valid number;
    an invalid one (a random template, a typo) gets its leading digits from a valid number of the
    region instead, so every fake of a parsed value is valid there. With ``elsewhere`` (real
    originals, not templates), a national number not even shaped like one of ``region``'s is faked
    valid in the regions where it is valid (:mod:`fake_phone_regions`), and a run of digits that lost
    its trunk ``0`` or its ``+`` is faked with it put back (:func:`lost_lead`). A cell of two or three numbers
    (:mod:`phone_lists`) gets a fake for each, between its own separators.
    """
    # Two short numbers of a small plan (``+682 74 464 or 29/138``) or joined by ``&``/``alt``: each a valid number.
    lists = _list_cells(values, region)
    if lists:
        return _fake_lists(values, lists, rng, region=region, elsewhere=elsewhere)
    out = B.fake_phones(values, rng, nanp=region in ("US", "CA"))
    cache: dict = {}
    # index, cc, region, nsn positions, seed digits (or region-naming digits, original), wanted type
    todo: list[tuple[int, int, str, list[int], str | tuple[str, str] | None, int]] = []
    reread: dict[str, list[int]] = {}  # "0"/"+": rows faked with that lost character put back
    for i, value in enumerate(values):
        found = _structure(value, region, cache)
        # (region, type) of the parsed number: read once, both to tell a lost lead and to fake it.
        nsn = "" if found is None else "".join([value[p] for p in found[2]])
        own = None if found is None else _own_region(found[0], nsn, found[1])
        # Real originals only (``elsewhere``): a codec template's random digits lost nothing.
        valid = own is not None and own[1] != PhoneNumberType.UNKNOWN
        if elsewhere and not valid and (lead := lost_lead(value, region)):
            reread.setdefault(lead, []).append(i)
            continue
        if found is None:
            # Gate per layout and leading digits (this call's values only): a column of text that is no
            # number is not parsed twice per value.
            gate = ("rewritten", value.translate(B._LAYOUT), "".join(ch for ch in value[:6] if ch.isdigit()))
            if cache.get(gate, True) and (fake := _rewritten_fake(value, region, rng)) is not None:
                out[i] = fake
            else:
                cache[gate] = False
            continue
        cc, _, pos = found
        # A Canadian number in a column read as American is faked Canadian (its own region).
        target, kind = own
        # Country code, trunk prefix and separators of the original stay; extension stays faked
        # (``out[i]`` has the original's layout and length).
        if kind == PhoneNumberType.UNKNOWN:
            # No digit of an invalid original's number is kept: its first may start no valid one.
            out[i] = value[: pos[0]] + out[i][pos[0] :]
            todo.append((i, cc, target, pos, None, _PERSON))
            continue
        # Fallback when no valid number turns up: the original's prefix, scrambled subscriber digits.
        out[i] = value[: pos[0] + 1] + out[i][pos[0] + 1 :]
        # A region that shares its country code (Canada, Jersey): the fake starts with digits
        # that name the region (a random Canadian area code; Jersey's own leading digits).
        todo.append((i, cc, target, pos, _region_seed(cc, target, nsn, kind, rng), kind))
    _draw_valid(todo, out, rng)
    for lead, rows in reread.items():
        fakes = fake_phones([lead + values[i] for i in rows], rng, region=region, elsewhere=elsewhere)
        for i, fake in zip(rows, fakes, strict=True):
            if fake.startswith(lead):
                out[i] = fake[len(lead) :]
    done = {i for rows in reread.values() for i in rows}
    if elsewhere:
        memo: dict = {}  # this column's: no earlier call's values decide a fake
        for i, value in enumerate(values):
            if i in done:
                continue
            regions = elsewhere_regions(value, region, memo=memo)
            if regions and (fake := elsewhere_fake(value, regions, rng)) is not None:
                out[i] = fake
        # Valid in every plausible region the original is valid in: the column's region may be guessed wrong.
        out = valid_everywhere(values, out, rng, region)
    # A fake of a valid number is a valid number of the original's own region (shared calling codes, narrow plans).
    return own_region_fakes(values, out, rng, region)


# Digits 1-9 read as one: whether a cell is a list of numbers depends on where its digits and zeros
# are (separators, ``00`` dialling prefixes, digit counts), never on which digit 1-9 a digit is.
_NONZERO_AS_ONE = str.maketrans("23456789", "1" * 8)


def _list_cells(values: Sequence[str], region: str) -> dict[int, list[tuple[int, int]]]:
    """Index -> spans of the cells of ``values`` that hold two or three numbers.

    Why: a column of single numbers used to run both list tests on every cell. The answer of
    :func:`phone_list_parts` and whether :func:`short_list_parts` finds a separator at all are the
    same for cells that differ only in which digits 1-9 they hold, so they are asked once per such
    shape (this call's values only); a cell whose shape has a short-list separator is asked itself
    (its parts' validity depends on its digits).
    """
    shapes: dict[str, tuple[list[tuple[int, int]] | None, bool]] = {}
    lists = {}
    for i, v in enumerate(values):
        key = v.translate(_NONZERO_AS_ONE)
        found = shapes.get(key)
        if found is None:
            found = shapes[key] = (phone_list_parts(v), has_list_separator(v))
        spans, short = found
        if spans is None and short:
            spans = short_list_parts(v, region)
        if spans is not None:
            lists[i] = list(spans)  # its own list, as each cell had
    return lists


def lost_lead(value: str, region: str) -> str | None:
    """``"0"`` or ``"+"`` when digits (perhaps grouped) that are no valid number as written are one with that
    character put back: a trunk ``0`` an integer column lost (``7490243393``, British), or the ``+`` a spreadsheet
    dropped (``33667637317``, French); else ``None``.

    Why: such a number was faked as an invalid one (no digit of it kept, leading digits from an example
    number of the column's region), so the fake was no valid number read the way the column writes its
    numbers (``33034559142``). Faked with the character put back and taken off again, the fake keeps the
    country code (or the trunk-less layout) and is valid read the same way. Decided on the value alone.
    """
    if not _DIGIT_RUN.match(value) or sum(c.isdigit() for c in value) < _MIN_REREAD_DIGITS:
        return None
    if is_valid_phone(value, region):
        return None
    for lead in ("0", "+"):
        parsed = parse_phone(lead + value, region)
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            continue
        if lead == "+" or phonenumbers.region_code_for_number(parsed) == region:
            return lead
    return None


# Digits a bare run needs before a lost ``0`` or ``+`` is looked for (shorter ones are no full number).
_MIN_REREAD_DIGITS = 6
# Digits, perhaps in groups (``7 771 685 2567``, ``60 3-6178 4185``: dialled without ``+``), not opening with 0.
_DIGIT_RUN = re.compile(r"^[1-9][\d \-.]*\d$")


def _fake_lists(
    values: Sequence[str], lists: dict[int, list[tuple[int, int]]], rng: np.random.Generator, **kwargs
) -> list[str]:
    """Fakes of ``values`` where those of ``lists`` (index: spans of their numbers) are faked number by
    number, each by :func:`fake_phones` as a value of its own, and rejoined by the cell's separators."""
    # Each part's label ("Home: ", " (work)") stays as written: only its number is faked.
    lists = {
        i: [(a + c, a + d) for a, b in spans for c, d in [number_core(values[i][a:b])]] for i, spans in lists.items()
    }
    flat: list[str] = []
    for i, value in enumerate(values):
        flat.extend(value[a:b] for a, b in lists[i]) if i in lists else flat.append(value)
    fakes = iter(fake_phones(flat, rng, **kwargs))
    out = []
    for i, value in enumerate(values):
        if i not in lists:
            out.append(next(fakes))
            continue
        cell, end = [], 0
        for a, b in lists[i]:
            cell.append(value[end:a] + next(fakes))
            end = b
        out.append("".join(cell) + value[end:])
    return out


def _draw_valid(todo: list, out: list[str], rng: np.random.Generator) -> None:
    """Redraw the national numbers of ``todo`` rows in ``out`` until valid (at most :data:`MAX_ROUNDS`).

    Each row: (index, cc, region, NSN positions, seed digits, wanted type). A row keeps the leading
    digits its seed allows, takes the next ones from :func:`phone_prefixes.prefix_table` (leading
    digits that start valid numbers) and random digits after; rows still invalid are redrawn.
    """
    for round_ in range(MAX_ROUNDS):
        if not todo:
            break
        # Valid numbers can be rare among random digits (Japanese mobiles need 70/80/90): later
        # rounds keep one more leading digit of a valid number (the original, or an example
        # number of the region for an invalid original) each quarter.
        keep = _KEEP_NSN_DIGITS + (4 * round_) // MAX_ROUNDS
        tails = digit_strings(rng.integers(0, 10, size=(len(todo), max(len(t[3]) for t in todo))))
        picks = rng.random(len(todo))
        redo = []
        # The last quarter of the rounds takes any valid number of the region (a fixed-line range
        # too small to hit at random: a valid number beats the right type).
        relax = round_ >= MAX_ROUNDS - MAX_ROUNDS // 4
        for row, tail, pick in zip(todo, tails, picks, strict=True):
            i, cc, target, pos, seed, kind = row
            length = len(pos)
            if seed is None:
                examples = _valid_prefixes(target, length)
                head = examples[(round_ + i) % len(examples)] if examples and round_ else ""
                k = min(keep - 1 + (round_ > 0), length - 1, len(head))
            elif isinstance(seed, tuple):  # (region-naming digits, the rest of the original)
                head, k = seed[0] + seed[1][len(seed[0]) :], max(len(seed[0]), min(keep, length - 1))
            else:
                head, k = seed, min(keep, length - 1)
            wanted = _ANY if relax else kind
            if k < PREFIX_DIGITS and (options := prefix_table(cc, target, length, wanted).get(head[:k])):
                head, k = options[int(pick * len(options))], PREFIX_DIGITS
            nsn = head[:k] + tail[: length - k]
            if not _is_valid_nsn(cc, nsn, target, wanted):
                redo.append(row)
                continue
            chars = list(out[i])
            for p, d in zip(pos, nsn, strict=True):
                chars[p] = d
            out[i] = "".join(chars)
        todo = redo


# Written digits of a rewritten national number kept as its prefix (area code and mobile prefix), at least.
_REWRITTEN_KEEP = 3
_REWRITTEN_TAIL = 7


def _rewritten_fake(value: str, region: str, rng: np.random.Generator) -> str | None:
    """A fake of a valid national number whose written digits are not its national significant number.

    Why: some plans rewrite a number as they parse it (Argentina's mobile ``011 15-4078-5626`` is
    ``+54 9 11 4078-5626``: the ``15`` dropped, a ``9`` put in), so the number's digits are found
    nowhere in the value and it fell back to a scramble valid nowhere (``562.67.3498.9369``). The
    written digits after the prefix are redrawn until the result, parsed the same way, is a valid
    number of the same region. ``None`` when the value is no valid number of ``region`` or no draw is.
    """
    parsed = parse_phone(value, region)
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return None
    own = phonenumbers.region_code_for_number(parsed)
    main = B._EXTENSION.split(value, maxsplit=1)[0]
    positions = [i for i, ch in enumerate(main) if ch.isdigit()]
    if len(positions) < _REWRITTEN_KEEP + 4:
        return None
    redraw = positions[max(_REWRITTEN_KEEP, len(positions) - _REWRITTEN_TAIL) :]
    for _ in range(MAX_ROUNDS):
        chars = list(value)
        for p, d in zip(redraw, rng.integers(0, 10, size=len(redraw)), strict=True):
            chars[p] = str(d)
        fake = "".join(chars)
        number = parse_phone(fake, region)
        valid = number is not None and phonenumbers.is_valid_number(number)
        if fake != value and valid and phonenumbers.region_code_for_number(number) == own:
            return fake
    return None
