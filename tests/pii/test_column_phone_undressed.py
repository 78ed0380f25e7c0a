"""A phone column's sample undressed of spreadsheet marks; lost ``+`` signs put back only where the column's other
numbers vouch for the country."""

from __future__ import annotations

import numpy as np

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_numbers import phone_score
from safe_synthesizer.pii.column_phone_undressed import dialled_again, undressed_phone_sample
from safe_synthesizer.pii.column_sample import ValueSample

# Held-out set 41's it_IT 41006 ``Mobile`` column's kinds of cell (numbers made up, valid Italian mobiles).
_ITALIAN = [
    "311\u2013449\u20138381", "317\u2013945\u20130246", "354\u2013340\u20138725", "393112809831",
    "+39\u00a0318\u00a0252\u00a08200", "393134963769", "312\u2013394\u20133287", "+39\u00a0313\u00a0776\u00a04788",
    "316\u2013822\u20130735", "393123421345", "312\u2013903\u20133652", "+39\u00a0383\u00a0557\u00a03358",
]  # fmt: skip


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(values, np.ones(len(values)), len(values))


def test_undressed_sample_makes_a_dressed_column_a_phone_column() -> None:
    sample = _sample(_ITALIAN)
    before = phone_score(E.PHONE_NUMBER, sample, False, False)
    undressed = undressed_phone_sample(sample)
    assert undressed is not None
    after = phone_score(E.PHONE_NUMBER, undressed, False, False)
    assert before.share < 0.5
    assert after.share >= 0.9 and after.values_decide
    assert "+393112809831" in undressed.values
    assert "311-449-8381" in undressed.values


def test_undressed_sample_is_none_without_a_mark() -> None:
    assert undressed_phone_sample(_sample(["0612 34 56 78", "0698 76 54 32", "0145 67 89 01"])) is None


def test_lost_plus_needs_the_country_vouched_for() -> None:
    # Record numbers of phone length beside nothing written as a phone keep their digits.
    ids = ["393112809831", "393134963769", "393123421345", "393122205578"]
    assert dialled_again(ids) == ids
    # Beside American numbers, digits that would be Italian with a + stay as they are.
    american = ["(201) 592-7375", "(212) 736-2149", "(305) 641-8821", "(415) 867-1932", "393112809831"]
    assert dialled_again(american)[-1] == "393112809831"
    # Beside codes and dates written with separators, too.
    codes = ["2024-01-05", "A-1234-77", "17/03/2025", "12-44-1", "393112809831"]
    assert dialled_again(codes)[-1] == "393112809831"
    # Beside Italian numbers written as phones they are read as dialled.
    italian = ["311-449-8381", "317-945-0246", "354-340-8725", "312-394-3287", "393112809831"]
    assert dialled_again(italian)[-1] == "+393112809831"


def test_numbers_with_a_leading_zero_are_never_dialled() -> None:
    values = ["311-449-8381", "317-945-0246", "354-340-8725", "0612345678"]
    assert dialled_again(values)[-1] == "0612345678"


def test_nine_digit_ids_and_groups_without_a_country_code_keep_their_digits() -> None:
    # Canadian SINs: ``468 777 529`` is +46 877 7529 (valid Swedish) read with a +, but ``468`` is no country code
    # and nine digits no dialled number; the other SINs parse as Swedish national numbers (046...).
    sins = ["046 454 286", "130 692 544", "468 777 529", "046 454 287", "019 242 801", "468 111 529"]
    assert dialled_again(sins) == sins
