"""One exchange's numbers typed by people in several layouts, a few dialled: phones (column_phone_mixed)."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_mixed import mixed_phone_evidence


def _typed(region: str, head: str, code: int, n: int, seed: int, dialled: float = 0.06) -> list[str]:
    """Valid 8-digit numbers of one exchange (``head``), a few dialled ``00CC``, the rest typed 2-3-3 with
    spaces, dots or dashes."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        digits = head + "".join(rng.choice("0123456789") for _ in range(8 - len(head)))
        if not phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
            continue
        roll = rng.random()
        if roll < dialled:
            out.append(f"00{code} {digits}")
        else:
            sep = rng.choice(" .-")
            out.append(f"{digits[:2]}{sep}{digits[2:5]}{sep}{digits[5:]}")
    return out


def test_one_exchange_typed_in_three_layouts_with_a_few_dialled_is_phones() -> None:
    for region, head, code, seed in (("MZ", "211", 258, 43301), ("MT", "2133", 356, 43302)):
        found = mixed_phone_evidence(_typed(region, head, code, 120, seed))
        assert found is not None and found[1] == region and found[0] >= 0.9, region


def test_one_layout_or_a_single_dialled_value_is_not_enough() -> None:
    rng = random.Random(43303)
    printed = [f"21 1{rng.randint(0, 99):02d} {rng.randint(0, 999):03d}" for _ in range(100)] + ["00258 21123456"]
    assert mixed_phone_evidence(printed) is None
    typed = [*_typed("MZ", "211", 258, 100, 43304, dialled=0.0), "00258 21123456"]
    assert mixed_phone_evidence(typed) is None
