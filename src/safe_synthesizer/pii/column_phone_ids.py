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

from safe_synthesizer.pii.column_phones import MIN_VALID_SHARE, national_phone_evidence

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
