"""Id columns of schemes python-stdnum lacks, told by layout and check digit (column_id_layouts)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_columns
from safe_synthesizer.pii.validators.national_ids import column_id_schemes, national_id_share

GHANA = [f"GHA-{7 * 10**8 + 13579 * i:09d}-{i % 10}" for i in range(1, 31)]
MALTA = [f"{(48611 * i) % 999999:07d}{'MMMGMAPL'[i % 8]}" for i in range(1, 31)]
SRI_LANKA = [f"{40 + i}{(37 * i) % 365 + 1 + (500 if i % 2 else 0):03d}{1000 + 17 * i}V" for i in range(1, 31)]
SAUDI = ["1749498885", "2197521590", "2910451430", "1182255479", "1291913919", "1008673863"] * 5


def _detect(values: list[str]) -> str | None:
    rows = len(values)
    df = pd.DataFrame({"c0": values, "c1": list(range(rows))})
    found = detect_columns(df, infer_schema(df), entities=[E.NATIONAL_ID, E.PHONE_NUMBER, E.NAME]).get("c0")
    return found.entity if found else None


@pytest.mark.parametrize(
    ("value", "scheme"),
    [
        ("GHA-712345678-1", "gh.card"),
        ("gha 712345678 1", "gh.card"),
        ("0123456M", "mt.id"),
        ("853202937V", "lk.nic"),
        ("855202937x", "lk.nic"),  # a woman's day of the year (+500), lower case
        ("198532002937", "lk.nic"),
        ("1749498885", "sa.id"),
        ("784-1967-2048898-8", "ae.eid"),
        ("784196720488988", "ae.eid"),
        ("УБ85031212", "mn.rd"),
        ("ЮП05231851", "mn.rd"),  # born 2005: month written +20
    ],
)
def test_layout_schemes_are_column_schemes(value: str, scheme: str) -> None:
    assert scheme in column_id_schemes(value)


@pytest.mark.parametrize(
    "value",
    [
        "GHB-712345678-1",  # not Ghana's letters
        "0123456Q",  # not a Maltese registration letter
        "1002B",  # a flat or part number: too few digits for a Maltese card
        "853702937Y",
        "854202937V",  # day 420 of the year: no such day
        "199840012345",  # day 400
        "1749498886",  # Luhn check fails
        "3749498885",  # neither a citizen (1) nor a resident (2)
        "784-1967-2048898-9",
        "УБ85131212",  # month 13
    ],
)
def test_near_misses_pass_no_layout_scheme(value: str) -> None:
    schemes = column_id_schemes(value)
    assert not {"gh.card", "mt.id", "lk.nic", "sa.id", "ae.eid", "mn.rd"} & set(schemes)


@pytest.mark.parametrize("values", [GHANA, MALTA, SRI_LANKA, SAUDI])
def test_layout_id_columns_found_without_a_name(values: list[str]) -> None:
    assert national_id_share(values)[0] >= 0.9
    assert _detect(values) == E.NATIONAL_ID


def test_order_refs_and_skus_stay_no_id_column() -> None:
    orders = [f"ORD-2024-{i * 37:05d}" for i in range(1, 31)]
    skus = [f"{i * 7919 % 100000:05d}{'ABCDEFGHJK'[i % 10]}" for i in range(1, 31)]
    assert _detect(orders) != E.NATIONAL_ID
    assert _detect(skus) != E.NATIONAL_ID


def _nhs_numbers(n: int, seed: int, sep: str | None = " ") -> list[str]:
    """NHS numbers with their mod-11 check digit (bodies whose check would be 10 are skipped, as issued)."""
    rng, out = random.Random(seed), []
    while len(out) < n:
        body = f"{rng.randint(400_000_000, 799_999_999)}"
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        digits = body + str(check % 11)
        out.append(f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}" if sep is not None else digits)
    return out


def test_nhs_numbers_pass_their_mod_11_check_and_near_misses_do_not() -> None:
    for value in _nhs_numbers(20, 1) + _nhs_numbers(5, 2, sep="-"):
        assert "gb.nhs" in column_id_schemes(value), value
    good = _nhs_numbers(1, 3)[0]
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert "gb.nhs" not in column_id_schemes(bad)
    assert "gb.nhs" not in column_id_schemes(good.replace(" ", "")[:9])  # nine digits: no NHS number


def test_nhs_column_printed_3_3_4_is_ids_not_north_american_phones() -> None:
    # Before: "100% phone numbers" (the 3-3-4 print is a NANP phone's).
    assert _detect(_nhs_numbers(40, 4)) == E.NATIONAL_ID


def test_north_american_phones_printed_3_3_4_stay_phones() -> None:
    rng = random.Random(9)
    phones = [
        f"{rng.choice((212, 415, 617, 312))} {rng.randint(200, 999)} {rng.randint(1000, 9999)}" for _ in range(40)
    ]
    assert _detect(phones) == E.PHONE_NUMBER


def test_isbn_10s_typed_bare_are_no_nhs_column() -> None:
    # The same mod 11 as ISBN-10; bare, without a name, the layout guard keeps them out.
    assert _detect(_nhs_numbers(40, 5, sep=None)) != E.NATIONAL_ID


def test_nhs_column_with_some_numbers_typed_bare_is_still_ids() -> None:
    printed = _nhs_numbers(32, 6)
    bare = _nhs_numbers(8, 7, sep=None)
    assert _detect(printed + bare) == E.NATIONAL_ID  # before: 80% in the printed layout, taken for phones
