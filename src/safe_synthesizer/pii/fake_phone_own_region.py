"""A phone fake of a valid number is a valid number of the original's own region: the last check, and its repair.

Why: a fake is drawn to be valid in the region the column's number is read as, and that can miss the region the
number is *of* in two ways.

- Twelve calling codes are shared (+1: the US, Canada and 23 islands; +44: the UK, Jersey, Guernsey and the Isle
  of Man; +39 Italy and the Vatican; +61 Australia, Cocos and Christmas Islands; +7, +47, +212, +262, +290, +358,
  +590, +599). ``phonenumbers`` gives such a number the first region whose leading digits start it or whose plan
  takes it, so a Vatican ``06 6981 3994`` in a column read as Italian, a Christmas Island ``+61 8 9164 5262`` or a
  Saint-Barthélemy ``+590 590 27 11 66`` is also valid in the main plan, and was faked as a number of that plan.
- Small plans hand out a few ranges only (San Marino's landlines are ``0549 8x``/``0549 9x``, Turks and Caicos'
  ``649 712``...): random digits after the first few seldom hit one, the draws ran out, and the fake kept the
  original's layout with digits valid nowhere (``+378 0549 955569`` -> ``+378 0923 813377``).

Here each fake whose original is a valid number of region R (international numbers read by their code, national
ones with the column's region as the hint, as ``phonenumbers`` reads them) and which is no valid number of R is
redrawn, keeping more and more of the original's leading national digits (area code, then exchange) until it is,
of the original's kind where possible; a national number keeps its validity in the other plans it and its fake
were both valid in (:mod:`fake_phone_everywhere`). A column of more than :data:`CHECK_ALL` values is checked on
its first :data:`CHECK_FIRST` and further only when one of them needed a redraw (a 100k column costs
milliseconds). Each value is decided on its own digits, so it holds under differential privacy (each value is
faked in a call of its own there).

Example::

    rng = np.random.default_rng(0)
    own_region_fakes(["06 6981 3994"], ["06 2134 4344"], rng, hint="IT")
    # ['06 6984 8772']: a Vatican number, as the original
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii.phone_national import national_valid, strip_national_prefix, valid_regions
from safe_synthesizer.pii.phone_types import ANY, number_type, own_region, same_kind

#: Leading national digits kept at first (one more every :data:`DRAWS_PER_KEEP` draws); digits always redrawn.
FIRST_KEEP, MIN_REDRAWN = 3, 2
DRAWS_PER_KEEP = 10
#: Columns up to this many values are checked whole; longer ones on their first :data:`CHECK_FIRST` first.
CHECK_ALL, CHECK_FIRST = 2000, 400
_MIN_NSN = 4
_UNKNOWN = PhoneNumberType.UNKNOWN


@cache
def _country_code(region: str) -> int:
    metadata = PhoneMetadata.metadata_for_region(region, None)
    return 0 if metadata is None else metadata.country_code


@cache
def _national_prefix(cc: int) -> str:
    metadata = PhoneMetadata.metadata_for_region(COUNTRY_CODE_TO_REGION_CODE[cc][0], None)
    return (metadata.national_prefix or "") if metadata is not None else ""


def _digit_positions(value: str) -> list[int]:
    main = B._EXTENSION.split(value, maxsplit=1)[0]
    return [i for i, ch in enumerate(main) if ch.isdigit()]


def _international(value: str, digits: str) -> bool:
    text = value.lstrip().lstrip("(")
    return text.startswith("+") or (text.startswith("00") and digits.startswith("00"))


def read_number(value: str, hint: str) -> tuple[int, str, list[int], bool] | None:
    """(calling code, national significant number, positions of its digits in ``value``, written nationally)
    of a phone ``value`` (``+``/``00`` and a code, or national digits read in ``hint``); ``None`` when too short
    or of no known code."""
    positions = _digit_positions(value)
    digits = "".join(value[i] for i in positions)
    national = not _international(value, digits)
    if national:
        cc = _country_code(hint)
        nsn = strip_national_prefix(digits, hint) if cc else ""
    else:
        rest = digits[2:] if digits.startswith("00") else digits
        cc = next((int(rest[:n]) for n in (1, 2, 3) if rest[:n] and int(rest[:n]) in COUNTRY_CODE_TO_REGION_CODE), 0)
        nsn = rest[len(str(cc)) :] if cc else ""
        prefix = _national_prefix(cc) if cc else ""
        if prefix and nsn.startswith(prefix) and own_region(cc, nsn) is None:  # ``+44 (0)1624 ...``
            nsn = nsn[len(prefix) :]
    if not cc or len(nsn) < _MIN_NSN or len(nsn) > len(positions):
        return None
    return cc, nsn, positions[len(positions) - len(nsn) :], national


def _region_and_type(cc: int, nsn: str) -> tuple[str | None, int]:
    region = own_region(cc, nsn)
    return region, (_UNKNOWN if region is None else number_type(nsn, region))


def _redraw(
    cc: int, nsn: str, region: str, kind: int, rng: np.random.Generator, also: Sequence[tuple[str, str]] = ()
) -> str | None:
    """National digits of ``region``'s own valid number of ``kind`` (then of any kind) keeping as few of ``nsn``'s
    leading digits as the draws allow; written as ``also``'s (prefix, region) pairs, valid there too when one
    such draw turns up. ``None`` when no draw is valid in ``region``."""
    fallback = None
    for wanted in (kind, ANY):
        for keep in range(min(FIRST_KEEP, len(nsn) - MIN_REDRAWN), len(nsn) - MIN_REDRAWN + 1):
            for row in rng.integers(0, 10, size=(DRAWS_PER_KEEP, len(nsn) - keep)):
                fake = nsn[:keep] + "".join(map(str, row))
                if fake == nsn:
                    continue
                found, found_kind = _region_and_type(cc, fake)
                if found != region or not same_kind(found_kind, wanted):
                    continue
                if all(national_valid(prefix + fake, r) for prefix, r in also):
                    return fake
                fallback = fallback or fake
    return fallback


def _valid_as_written(fake: str, hint: str, region: str) -> bool:
    """``fake`` as ``phonenumbers`` reads the whole string (its own trunk and mobile rules) is a valid number of
    ``region``."""
    try:
        number = phonenumbers.parse(fake, hint)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


def _fixed(value: str, fake: str, hint: str, rng: np.random.Generator) -> str | None:
    """``fake`` redrawn when ``value`` is a valid number of a region it is not; ``None`` when it stays."""
    read = read_number(value, hint)
    if read is None:
        return None
    cc, nsn, positions, national = read
    region, kind = _region_and_type(cc, nsn)
    if region is None or kind == _UNKNOWN:
        return None
    base = fake
    fake_positions = _digit_positions(fake)
    if len(fake_positions) != len(_digit_positions(value)):
        base, fake_positions = value, positions  # the fake's own layout differs: the original's
    fake_positions = fake_positions[len(fake_positions) - len(nsn) :]
    fake_nsn = "".join(base[p] for p in fake_positions)
    found, found_kind = _region_and_type(cc, fake_nsn)
    if base is fake and fake_nsn != nsn and found == region and found_kind != _UNKNOWN:
        return None
    if base is fake and fake != value and _valid_as_written(fake, hint, region):
        return None  # ``011 15-5326-9114``: Argentina's mobile ``15`` is no national digit, the whole fake is valid
    also: list[tuple[str, str]] = []
    if national and base is fake:
        # The other plans the original and its fake both are numbers of (a Belgian mobile is a French landline).
        digits, fake_digits = (
            "".join(ch for ch in B._EXTENSION.split(v, maxsplit=1)[0] if ch.isdigit()) for v in (value, fake)
        )
        prefix = digits[: len(digits) - len(nsn)]
        also = [(prefix, r) for r in valid_regions(fake_digits) if r != region and national_valid(digits, r)]
    if (new := _redraw(cc, nsn, region, kind, rng, also)) is None:
        return None
    chars = list(base)
    for p, d in zip(fake_positions, new, strict=True):
        chars[p] = d
    return "".join(chars)


def own_region_fakes(values: Sequence[str], fakes: Sequence[str], rng: np.random.Generator, hint: str) -> list[str]:
    """``fakes`` of phone ``values``, each whose original is a valid number of a region and which is no valid
    number of that region redrawn in the fake's own layout (:func:`_fixed`). ``hint``: the column's region."""
    out = list(fakes)
    redrawn = False
    for i, (value, fake) in enumerate(zip(values, fakes, strict=True)):
        if i == CHECK_FIRST and len(values) > CHECK_ALL and not redrawn:
            break
        if not isinstance(value, str) or not isinstance(fake, str) or sum(ch.isdigit() for ch in value) < _MIN_NSN:
            continue
        if (new := _fixed(value, fake, hint, rng)) is not None:
            out[i] = new
            redrawn = True
    return out
