"""Digit columns shaped like bare phone numbers that are no phones (column_phone_lookalikes)."""

from __future__ import annotations

import random

from safe_synthesizer.pii.column_phone_lookalikes import epoch_like, shared_head
from safe_synthesizer.pii.column_phones import national_phone_evidence


def test_epoch_seconds_and_millis_are_timestamps_not_phones() -> None:
    rng = random.Random(20111)
    seconds = [str(rng.randint(1_420_000_000, 1_730_000_000)) for _ in range(30)]
    millis = [str(rng.randint(1_420_000_000_000, 1_730_000_000_000)) for _ in range(30)]
    assert epoch_like(seconds) and epoch_like(millis)
    # Valid Viennese numbers (Austria takes any digits after a 1): they were a phone column.
    assert national_phone_evidence(seconds)[0] == 0.0


def test_phone_digits_are_no_timestamps() -> None:
    assert not epoch_like(["0612345678", "0623456789"])  # trunk 0
    assert not epoch_like(["2015550123", "3125550199", "4155550100"])  # US numbers: beyond 2033
    assert not epoch_like(["15123456789", "15223456789"])  # 11 digits
    assert not epoch_like([])


def test_shared_head() -> None:
    assert shared_head(["365396938139", "365352824380", "365318627661"]) == "3653"
    assert shared_head(["0612", "1712"]) == ""
    assert shared_head(["0612", "0613", "0614"]) == "061"
    assert shared_head([]) == ""


def test_ids_of_one_prefix_are_no_phones() -> None:
    # Customer numbers 4100 + random digits, zero padded ids 07960 + random digits: the digits after the shared
    # head are random, whatever plan the head happens to open.
    rng = random.Random(20112)
    for head, length in (("4100", 10), ("7960", 10), ("07960", 11), ("3653", 12)):
        ids = [head + "".join(rng.choice("0123456789") for _ in range(length - len(head))) for _ in range(30)]
        assert national_phone_evidence(ids)[0] < 0.95, head
