"""Order numbers of one prefix that a dense plan takes as one area's landlines are no phones (session 36)."""

from __future__ import annotations

import random

from safe_synthesizer.pii.column_phones import national_phone_evidence

_RNG = random.Random(36031)


def _with_head(head: str, width: int, n: int = 30) -> list[str]:
    return [head + "".join(_RNG.choice("0123456789") for _ in range(width - len(head))) for _ in range(n)]


def test_order_numbers_of_one_prefix_are_no_austrian_landlines() -> None:
    """``363...``, eleven digits: Austrian lines of one area as a plan reads them, but without the trunk 0."""
    assert national_phone_evidence(_with_head("363", 11))[0] == 0.0
    assert national_phone_evidence(_with_head("735", 12))[0] == 0.0


def test_one_canadian_area_code_stays_phones() -> None:
    """Canada writes no trunk 0: ``506`` numbers as written are its national numbers."""
    values = ["506" + str(_RNG.randint(2, 9)) + "".join(_RNG.choice("0123456789") for _ in range(6)) for _ in range(30)]
    share, region, _ = national_phone_evidence(values)
    assert share == 1.0 and region == "CA"
