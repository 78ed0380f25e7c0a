"""Bare phone columns of the table's own country (``column_phone_country``, session 36)."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_country import country_phone_detections, country_phone_evidence
from safe_synthesizer.pii.column_phones import national_phone_evidence

_RNG = random.Random(36011)


def _block(region: str, head: str, width: int, n: int = 24) -> list[str]:
    """``n`` valid numbers of ``region`` that open with ``head`` (one operator's block), ``width`` digits."""
    out: list[str] = []
    while len(out) < n:
        value = head + "".join(_RNG.choice("0123456789") for _ in range(width - len(head)))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(value, region), region) and value not in out:
            out.append(value)
    return out


NORWEGIAN = _block("NO", "406", 8)
BRITISH_NO_ZERO = [v[1:] for v in _block("GB", "0740", 11)]


def _found(locale: str) -> dict:
    """A person's name column and a dialled phone column of ``locale``'s country."""
    return {
        "c000": ColumnDetection("c000", E.NAME, 0.9, 0.9, "values", 24, locale, "names"),
        "c001": ColumnDetection("c001", E.PHONE_NUMBER, 0.9, 0.9, "values", 24, locale, "phones"),
    }


def test_the_column_alone_is_refused() -> None:
    """Numbers of one operator block: alone, valid after their shared head no more than random digits."""
    assert national_phone_evidence(NORWEGIAN)[0] == 0.0
    assert national_phone_evidence(BRITISH_NO_ZERO)[0] == 0.0


def test_one_operator_block_is_phones_of_the_tables_country() -> None:
    assert country_phone_evidence(NORWEGIAN, "NO")[0] == 1.0
    assert country_phone_evidence(BRITISH_NO_ZERO, "GB")[0] == 1.0


def test_not_phones_of_another_country() -> None:
    assert country_phone_evidence(BRITISH_NO_ZERO, "NO")[0] == 0.0


def test_counters_and_random_digits_are_refused() -> None:
    counter = [str(40600000 + 3 * i) for i in range(24)]
    assert country_phone_evidence(counter, "NO")[0] == 0.0
    # Ten random digits opening 2-9: valid British numbers with a 0 put back far less often than phones.
    randoms = [_RNG.choice("23456789") + "".join(_RNG.choice("0123456789") for _ in range(9)) for _ in range(30)]
    assert country_phone_evidence(randoms, "GB")[0] == 0.0


def test_the_table_pass_finds_float_phones_that_lost_their_zero() -> None:
    df = pd.DataFrame({"c005": pd.Series([float(v) for v in BRITISH_NO_ZERO], dtype="float64"),
                       "c006": NORWEGIAN})  # fmt: skip
    found = country_phone_detections(df, _found("en_GB"), entities=[E.PHONE_NUMBER, E.NAME])
    assert set(found) == {"c005"}
    assert found["c005"].entity == E.PHONE_NUMBER


def test_the_table_pass_needs_a_person_and_a_plain_name() -> None:
    df = pd.DataFrame({"c006": NORWEGIAN, "Order number": NORWEGIAN})
    found = {k: v for k, v in _found("no_NO").items() if v.entity != E.NAME}
    assert country_phone_detections(df, found, entities=[E.PHONE_NUMBER, E.NAME]) == {}
    assert set(country_phone_detections(df, _found("no_NO"), entities=[E.PHONE_NUMBER, E.NAME])) == {"c006"}
