"""Phone checks: is a value written like a phone number, and of which regions (``phonenumbers``)?

Example::

    phone_regions("+44 20 7946 0958")  # ("GB",)
    is_phone_any("(01632) 960868")  # True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from safe_synthesizer.pii.formats import PHONE_EXTENSION_TAIL, PHONE_EXTENSION_WORDS
from safe_synthesizer.pii.locales import (
    COLUMN_PHONE_REGIONS,
    PHONE_REGIONS,
    VOTE_PHONE_REGIONS,
    parse_phone,
    phone_region_of,
)
from safe_synthesizer.pii.phone_bracketed import unbracketed_phone
from safe_synthesizer.pii.phone_lists import phone_list_parts, phone_list_values
from safe_synthesizer.pii.phone_plans import EIGHT_DIGIT_PLAN_REGIONS, SHORT_PLAN_REGIONS
from safe_synthesizer.pii.phone_types import PERSONAL
from safe_synthesizer.pii.validators.dates import compact_date, looks_like_date
from safe_synthesizer.pii.validators.identifiers import is_isbn

# A phone number written with separators or a leading +/00: "(555) 123-4567", "+44 20 7946 0958".
_PHONE_SHAPE = re.compile(
    rf"^(?:\+|00)?[\d\s().\-]{{7,22}}(?:\s*(?:{PHONE_EXTENSION_WORDS})\.?\s*\d{{1,6}})?$", re.IGNORECASE
)
_PHONE_GROUPS = re.compile(r"\d+")
# An extension however an export separates it: ``x123``, `` ext. 123``, ``.ext..123`` (spaces turned
# into dots), ``;ext=123``.
_EXTENSION = re.compile(rf"^(.*?\d\)?){PHONE_EXTENSION_TAIL}$", re.IGNORECASE)
# An extension after a ``#`` (``06 12 23 69 03 # 272``, ``555-0134 #12``): how US and French office lists
# write one. Only after a number of seven digits or more with a space or nothing before the ``#``.
_HASH_EXTENSION = re.compile(r"^(.*?\d)\s*#\s*\d{1,6}$")
_MIN_HASH_DIGITS = 7
# One run of 6-12 digits (a national number written without groups) and the regions it may be valid in when an
# extension follows it: the common plans and those of 8 digits or fewer without a trunk prefix.
_UNBROKEN = re.compile(r"^\d{6,12}$")
# ``1-767-440-2014``, ``1 (201) 592-7375``: a +1 number dialled with its trunk ``1`` set apart. Read as national
# numbers elsewhere its eleven digits are a German or Chinese mobile (``0176 ...``, ``176 ...``), not so written.
_NANP_DIALLED = re.compile(r"^1(?:[-. ]\(?[2-9]\d{2}\)?|\s?\([2-9]\d{2}\))[-. ]?[2-9]\d{2}[-. ]\d{4}$")
_MIN_EXTENSION_DIGITS = 2
_EXTENDED_REGIONS = tuple(dict.fromkeys((*VOTE_PHONE_REGIONS, *EIGHT_DIGIT_PLAN_REGIONS, *SHORT_PLAN_REGIONS)))


def _without_extension(value: str) -> str:
    """``value`` without a trailing extension (``(339).713-0841.ext..9066`` -> ``(339).713-0841``,
    ``40 63 40 54 # 319`` -> ``40 63 40 54``)."""
    match = _EXTENSION.match(value)
    if match:
        return match.group(1)
    hashed = _HASH_EXTENSION.match(value)
    if hashed and sum(c.isdigit() for c in hashed.group(1)) >= _MIN_HASH_DIGITS:
        return hashed.group(1)
    return value


def _digit_count(groups: list[str], value: str) -> int:
    """Digits of the number itself: the ``00`` international prefix is not part of it."""
    return sum(len(g) for g in groups) - (2 if value.startswith("00") else 0)


def is_phone_number(value: str, *, region: str = "US", cued: bool = False) -> bool:
    """A possible phone number for ``region`` (``phonenumbers``).

    Without a cue it must be written like a phone number (separated groups with at least 10
    digits, or a ``+``/``00`` prefix) and not be a date; with a cue 7-15 digits are enough.
    """
    if not value or len(value) > 30 or looks_like_date(value):
        return False
    value = _without_extension(value)
    if not _PHONE_SHAPE.match(value) or is_isbn(value):
        return False
    groups = _PHONE_GROUPS.findall(value)
    n_digits = _digit_count(groups, value)
    if not 7 <= n_digits <= 15:
        return False
    if not cued and not value.startswith(("+", "00")) and (len(groups) < 2 or n_digits < 10):
        # Short digit groups ("32-24-36", "7 145-150") are measurements or codes far more often
        # than local numbers without an area code.
        return False
    if value.startswith("00"):
        # International dialling prefix ("001-..."), which phonenumbers only knows as "+".
        value = "+" + value[2:].lstrip("-. ")
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


def phone_regions(value: str, *, cued: bool = False, first_only: bool = False) -> tuple[str, ...]:
    """Regions (of :data:`PHONE_REGIONS`, or the number's own) where ``value`` is a possible number.

    An international number (``+33 1 23...``, ``0049...``) gives its own region; a national one is
    tried against every region and returns those where ``phonenumbers`` says it is *valid*, or
    else possible. Empty when it is not written like a phone number (see :func:`is_phone_number`).

    Example::

        phone_regions("+44 20 7946 0958")  # ("GB",)
    """
    if not first_only and not is_phone_number(value, region="US", cued=cued) and not _possible_elsewhere(value, cued):
        return ()
    value = _without_extension(value)
    text = "+" + value[2:].lstrip("-. ") if value.startswith("00") else value
    if text.startswith("+"):
        try:
            parsed = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            # The number's own region where it is valid (+1 506... is Canadian, +7 7... Kazakh).
            region = phonenumbers.region_code_for_number(parsed) if not first_only else None
            region = region or phonenumbers.region_code_for_country_code(parsed.country_code)
            return (region,) if region and region != "ZZ" else ()
        if value.startswith("+"):
            return ()
        text = value  # "0047 439575": a national number with a leading 0, not a dialling prefix
    if not first_only and _NANP_DIALLED.match(text):
        parsed = phonenumbers.parse(text, "US")
        region = phonenumbers.region_code_for_number(parsed) if phonenumbers.is_valid_number(parsed) else None
        if region:
            return (region,)
    valid, possible = [], []
    for region in PHONE_REGIONS if first_only else VOTE_PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if first_only:
            if phonenumbers.is_possible_number(parsed):
                return (region,)
            continue
        if phonenumbers.is_valid_number_for_region(parsed, region):
            # For the region itself: a US number is valid "in" Canada too (one country code).
            valid.append(region)
        elif phonenumbers.is_possible_number(parsed):
            possible.append(region)
    # A number written the way a region writes its numbers ("(234) 567-8901") is from there.
    # Same groups *and* separators ("090-5109-2972" is Japanese, "090 5109 2972" Italian) first.
    candidates = valid or possible
    exact = [r for r in candidates if _written_like(value, r, separators=True)]
    grouped = exact or [r for r in candidates if _written_like(value, r)]
    return tuple(grouped or candidates)


def _skeleton(text: str) -> str:
    return re.sub(r"\d+", "9", text.strip())


def _written_like(
    value: str, region: str, *, separators: bool = False, parsed: phonenumbers.PhoneNumber | None = None
) -> bool:
    """The digit groups (and with ``separators`` the characters between them) of ``value`` are
    those of ``region``'s national format (``parsed``: ``value`` already parsed for ``region``)."""
    main = _without_extension(value)
    groups = [len(g) for g in _PHONE_GROUPS.findall(main)]
    if len(groups) < 2:
        return False
    try:
        number = parsed if parsed is not None else phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if groups != [len(g) for g in _PHONE_GROUPS.findall(national)]:
        return False
    return not separators or _skeleton(main) == _skeleton(national)


def is_valid_for_region(number: phonenumbers.PhoneNumber | None, region: str) -> bool:
    """A parsed ``number`` (``None``: did not parse) is a valid number of ``region``."""
    return number is not None and phonenumbers.is_valid_number_for_region(number, region)


def national_region_elsewhere(value: str, region: str, candidates: Sequence[str]) -> str | None:
    """The country among ``candidates`` a national ``value`` is from, when it is not ``region``'s.

    A customer list mixing countries writes each row's number the way its own country does
    (``01 42 68 53 00`` in Paris, ``912 34 56 78`` in Madrid): a number invalid in the column's
    region is the one candidate's where it is valid (or, of several, the one whose groups and
    separators it has). ``None`` for numbers valid in ``region``, international ones, unclear cases.

    Example::

        national_region_elsewhere("01 42 68 53 00", "GB", ["FR", "ES", "IT"])  # "FR"
    """
    if value.lstrip().startswith(("+", "00")):
        return None
    if is_valid_for_region(parse_phone(value, region), region):
        return None
    valid = [
        other for other in candidates
        if other != region and is_valid_for_region(parse_phone(value, other), other)
    ]  # fmt: skip
    if len(valid) > 1:
        valid = [r for r in valid if _written_like(value, r, separators=True)] or [
            r for r in valid if _written_like(value, r)
        ]
    return valid[0] if len(valid) == 1 else None


def dialled_regions(values: Sequence[str]) -> list[str]:
    """Regions of the international numbers (``+33 ...``, ``0044 ...``) among ``values``, most used first."""
    counts: dict[str, int] = {}
    for value in values:
        text = value.lstrip()
        if not text.startswith(("+", "00")):
            continue
        number = parse_phone(text, "US")
        region = phonenumbers.region_code_for_number(number) if number is not None else None
        if region and region != "ZZ":
            counts[region] = counts.get(region, 0) + 1
    return sorted(counts, key=counts.__getitem__, reverse=True)


def _possible_elsewhere(value: str, cued: bool) -> bool:
    """Phone-shaped and possible for some region other than the US (``(01632) 960868``)."""
    value = _without_extension(value)
    if not value or len(value) > 30 or looks_like_date(value) or not _PHONE_SHAPE.match(value):
        return False
    groups = _PHONE_GROUPS.findall(value)
    n_digits = _digit_count(groups, value)
    if not 7 <= n_digits <= 15 or (not cued and not value.startswith(("+", "00")) and n_digits < 9):
        return False
    return any(is_phone_number(value, region=r, cued=True) for r in PHONE_REGIONS[1:])


def is_phone_any(value: str, *, cued: bool = False) -> bool:
    """Written like a phone number and possible in some supported region (cheap: stops at the first).

    Without a cue it needs a ``+``/``00`` prefix or separated digit groups with at least 9 digits
    (7 before an extension: ``55 13 26 76 x190``). A cell of two or three numbers (``+44 7491 825476 /
    +44 7459 031982``) is one when each of them is (:mod:`phone_lists`).

    Example::

        is_phone_any("(01632) 960868")  # True
    """
    if value and (parts := phone_list_parts(value)) is not None:
        return all(is_phone_any(value[a:b], cued=cued) for a, b in parts)
    # ``(+49) 030 183621``, ``(+1) (208) 811-3558``, ``+4937567643 (h)``: brackets that hold no digit of the number.
    if value and (plain := unbracketed_phone(value)) != value:
        return is_phone_any(plain, cued=cued)
    if not value or len(value) > 30:
        return False
    bare = _without_extension(value)
    if bare != value and _UNBROKEN.match(bare):
        # ``0378370566 x2550``, ``204505 ext. 983`` (a Faroese 6-digit plan): one run of digits before an
        # extension word is a phone when it is a valid number of some plan, short ones included. The
        # extension has two digits or more (``204505 x 2`` is a quantity).
        ext = _EXTENSION.match(value)
        if ext is None or len(ext.group("digits")) < _MIN_EXTENSION_DIGITS or compact_date(bare) is not None:
            return False
        return phone_region_of(bare, _EXTENDED_REGIONS) is not None
    # An extension (``55 13 26 76 ext. 224``) is written after phone numbers only: 8-digit national
    # numbers (Denmark, Norway) need no cue then.
    extended, value = bare != value, bare
    if not _PHONE_SHAPE.match(value):
        return False
    groups = _PHONE_GROUPS.findall(value)
    n_digits = _digit_count(groups, value)
    international = value.startswith(("+", "00"))
    shortest = 7 if extended else 9
    if not 7 <= n_digits <= 15 or (not cued and not international and (len(groups) < 2 or n_digits < shortest)):
        return False
    if looks_like_date(value) or is_isbn(value):
        return False
    return bool(phone_regions(value, cued=cued, first_only=True))


def one_layout_many_countries(values: list[str], *, min_countries: int = 3) -> bool:
    """International-looking ``values`` that all share one digit layout yet dial several countries.

    Each country writes its numbers in its own groups, so a column of ``00573-5488-78``,
    ``00207-8864-95``... (US drug codes: +57 Colombia, +20 Egypt) under one layout is a product code,
    not a list of phone numbers. A real international list varies its layout with the country.

    Example::

        one_layout_many_countries(["00573-5488-78", "00207-8864-95", "00093-4155-73"])  # True
    """
    international = [v for v in values if v.startswith(("+", "00"))]
    if len(international) < max(min_countries, 0.9 * len(values)):
        return _zero_padded(values, international, min_countries)
    if len({_skeleton_lengths(v) for v in international}) != 1:
        return False
    countries = {number.country_code for v in international if (number := parse_phone(v, "US")) is not None}
    return len(countries) >= min_countries


def _zero_padded(values: list[str], international: list[str], min_countries: int) -> bool:
    """Runs of digits all of one width, some opening with ``00`` and dialling several countries beside others
    opening with one ``0`` (hire numbers ``00634662311``, ``09814345564``): the zeros pad a fixed-width code.

    A ``00`` dials abroad, so a real list's international numbers are longer than its national ones by their
    country code and a digit (``0044 7911 123456`` beside ``07911 123456``); the same width for both is padding.
    """
    if len(international) < min_countries or not all(v.isdigit() for v in values):
        return False
    if len({len(v) for v in values}) != 1 or not any(v.startswith("0") and v[1:2] != "0" for v in values):
        return False
    countries = {number.country_code for v in international if (number := parse_phone(v, "US")) is not None}
    return len(countries) >= min_countries


def _skeleton_lengths(value: str) -> str:
    """``00573-5488-78`` -> ``5-4-2``: the digit group lengths and the separators between them."""
    return re.sub(r"\d+", lambda m: str(len(m.group())), value.strip())


#: Regions a phone column already found is also told apart in (its fakes' country, not its detection):
#: short national numbers of Estonia, Latvia, Iceland, Luxembourg, and Chile's and the Philippines' layouts,
#: whose columns were read as the table's wrongly guessed locale (German, Taiwanese) and faked invalid.
FAKE_ONLY_REGIONS: tuple[str, ...] = ("EE", "LV", "IS", "LU", "CL", "PH")


def column_phone_region(values: list[str], first: str, *, sample: int = 100) -> str:
    """The region whose numbers a column's national ``values`` are; ``first`` unless another clearly is.

    A region counts a value when ``phonenumbers`` finds it valid there *and* it is written in the
    region's national layout (``(02) 7776 3170`` is Australian, ``0316 56224154`` Austrian): validity
    alone does not tell regions apart (German and Finnish numbers take almost any length). A
    column of Portuguese mobiles gets Portuguese fakes even when the configured locale is ``en_US``.

    A valid number that is no person's counts half (a British premium-rate ``0909 401 1508`` is a
    Philippine mobile in the same groups): people's phone columns hold mobiles and landlines. Numbers
    written as one run of digits (``0852069485``) have no groups to go by: the region where they are
    valid beyond the chance of random digits of their layout (:func:`column_phones.bare_phone_region`:
    Irish ``085`` mobiles, not German, whose dense plan takes most digit strings) is theirs.
    """
    # Each number of a two-number cell (``065790205 / 066030779``) is one of the column's numbers.
    national = [v for v in phone_list_values(values) if not v.lstrip().startswith(("+", "00"))][:sample]
    if not national:
        return first

    from safe_synthesizer.pii.column_phone_digits import grouped_dialled_region
    from safe_synthesizer.pii.column_phone_language import language_regions, plan_only_regions

    # ``380 5238 47053``: Ukrainian numbers dialled without their ``+`` (Italy's plan takes them as national).
    if (dialled := grouped_dialled_region(national)) is not None:
        return dialled

    # The countries writing the column's language right after its own: they win a tie (a Spanish table's
    # ``098 435 8907`` is Ecuador's, not Ukraine's, though both write it so).
    siblings = language_regions(first)
    counts = _layout_counts(national, (first, *siblings, *COLUMN_PHONE_REGIONS, *FAKE_ONLY_REGIONS))
    best = max(counts, key=counts.__getitem__)  # ``first`` wins a tie
    grouped = [v for v in national if not v.strip().isdigit()][:WIDE_SAMPLE]
    if grouped and counts[best] < MIN_REGION_COVER * len(national):
        # No listed region writes most of them (Algerian ``0564 07 62 45``, Azerbaijani ``040 579 06 58``
        # in a table read as Swedish): every country Faker has a locale for is tried, on a sample, then every
        # other plan (Senegal's ``77 685 10 38``: no Faker locale, so never tried before).
        from safe_synthesizer.pii.fake_phone_regions import faker_phone_regions

        wide = _layout_counts(grouped, (first, *siblings, *faker_phone_regions(), *plan_only_regions()))
        scale = len(national) / len(grouped)
        if (other := max(wide, key=wide.__getitem__)) != best and wide[other] * scale > counts[best]:
            counts = {r: c * scale for r, c in wide.items()}
            best = other
    clear = counts[best] >= max(3, 0.1 * len(national)) and counts[best] >= 1.5 * counts[first]
    if clear:
        return best
    bare = [v for v in national if v.strip().isdigit()]
    if len(bare) >= MIN_BARE_VALUES and len(bare) * 2 > len(national):
        from safe_synthesizer.pii.column_phones import bare_phone_region

        return bare_phone_region(bare, first) or first
    return first


#: Numbers written as one run of digits a column needs before their region is looked for beyond ``first``.
MIN_BARE_VALUES = 5
#: Share of a column's numbers the best listed region must write before no other country is looked for.
MIN_REGION_COVER = 0.8
#: Numbers every Faker country is tried on (about 70 regions: a sample keeps it to milliseconds).
WIDE_SAMPLE = 30


def _layout_counts(values: list[str], regions: Sequence[str]) -> dict[str, float]:
    """Per region, how many ``values`` are its valid numbers written in its national layout (a number
    that is no person's, such as premium rate, counts half)."""

    def weight(value: str, region: str) -> float:
        parsed = parse_phone(value, region)
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            return 0.0
        if not _written_like(value, region, separators=True, parsed=parsed):
            return 0.0
        return 1.0 if phonenumbers.number_type(parsed) in PERSONAL else 0.5

    return {r: sum(weight(v, r) for v in values) for r in dict.fromkeys(regions)}
