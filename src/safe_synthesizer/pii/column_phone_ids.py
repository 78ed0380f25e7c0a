"""Phone columns that an id scheme's weak check also takes: phones when the phone evidence is the stronger.

Why: with the column name hidden, German mobiles written without spaces (``015129231669``) passed the
Vietnamese CCCD rule (a province code ``015``, a century digit, a birth year: no check digit) for 11 values in
12, and Swedish mobiles of one operator (``070-173 23 31``) read as Danish CPR numbers (``070173``: a date, no
check digit since 2007) for 7 in 8; both columns were called ``national_id`` (set 21, seen). A scheme with a
real check digit passes random digits one time in ten or eleven, so a phone column does not reach nine in ten
there; a scheme without one takes any digits of its layout. The values then decide: when nearly all are valid
numbers of one phone plan beyond what random digits of their layout give
(:func:`column_phones.national_phone_evidence`, a binomial test with the share of mobiles as second evidence)
and more of them are phones than pass the id scheme, the column is phones.

Example::

    phones_over_ids(["015129231669", "015183854406", ...], 0.92)  # (True, "100% valid DE numbers ...")
"""

from __future__ import annotations

import re

import phonenumbers

from safe_synthesizer.pii.column_phones import MIN_VALID_SHARE, national_phone_evidence
from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, LOCALE_PHONE_REGIONS

# Id schemes with no check digit (a province list, a century digit, a birth date): they take any digits of
# their layout, so a column of phones passing one of them every time is no sign of ids. Danish CPR numbers have
# had no mod-11 check since 2007.
UNCHECKED_SCHEMES = frozenset({"vn.cccd", "ve.cedula", "dk.cpr", "pk.cnic"})


def phones_over_ids(values: list[str], id_share: float, scheme: str | None = None) -> tuple[bool, str]:
    """(``values`` are phones rather than the ids ``id_share`` of them pass, why).

    True when nearly all are valid bare numbers of one region beyond chance and more of them are phones
    than ids (as many, when ``scheme`` has no check digit: :data:`UNCHECKED_SCHEMES`). An id column that
    passes a checked scheme as often as a phone plan stays ids.
    """
    share, region, why = national_phone_evidence(values)
    unchecked = scheme in UNCHECKED_SCHEMES
    if region is None or share < MIN_VALID_SHARE or share < id_share or (share == id_share and not unchecked):
        return False, why
    return True, f"{why}; {round(100 * id_share)}% pass an id scheme{' without a check digit' if unchecked else ''}"


# Values written with separators needed to read a printed layout, and the share of all values they must be.
MIN_PRINTED = 3
MIN_PRINTED_SHARE = 0.5
_GROUPS = re.compile(r"\d+")
_SEPARATED = re.compile(r"^\+?\d+(?:[ \-.]\d+){2,}$")


def _groups(value: str) -> tuple[int, ...]:
    return tuple(len(g) for g in _GROUPS.findall(value))


def printed_as_phones(values: list[str]) -> str | None:
    """The region whose phone plan prints nearly all of the separated ``values`` group for group (``040-190-84-53``
    and ``040 590 14 29``: Azerbaijan's ``040 190 84 53``), when most values are written in three groups or more,
    else None.

    Why: an id scheme without a check digit (Danish CPR: ``040190`` is a date) takes a few phone numbers as
    ids, and a column of four or six values is too short for the binomial test of :func:`phones_over_ids`. The
    groups tell: an id is printed in its scheme's groups (``040190-8453``), a phone in its plan's, and a plan
    that prints every separated value exactly as written is the stronger reading (set 35, seen: four Azerbaijani
    mobiles in a petition export read as CPR numbers)."""
    separated = [v.strip() for v in values if _SEPARATED.match(v.strip())]
    if len(separated) < MIN_PRINTED or len(separated) < MIN_PRINTED_SHARE * len(values):
        return None
    regions = dict.fromkeys((*COLUMN_PHONE_REGIONS, *LOCALE_PHONE_REGIONS, *sorted(phonenumbers.SUPPORTED_REGIONS)))
    for region in regions:
        if all(_printed_in(v, region) for v in separated):
            return f"{len(separated)} values printed group for group as {region} phone numbers: phones, not ids"
    return None


def _printed_in(value: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(number, region):
        return False
    style = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if value.startswith("+")
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return _groups(phonenumbers.format_number(number, style)) == _groups(value)
