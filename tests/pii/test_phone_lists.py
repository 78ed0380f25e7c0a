"""Cells of two or three phone numbers (issue 11, set 16: every microfinance-loan phone column, 24 cells
each, was left whole in 13 locales, names shown or hidden, because half its cells held two numbers)."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import phonenumbers
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_locale import guess_column_locale
from safe_synthesizer.pii.column_phones import national_phone_evidence
from safe_synthesizer.pii.phone_lists import phone_list_parts, phone_list_values
from safe_synthesizer.pii.phones import fake_phones
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators.phones import column_phone_region, is_phone_any


def _parts(value: str) -> list[str] | None:
    spans = phone_list_parts(value)
    return None if spans is None else [value[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("+44 7491 825476 / +44 7459 031982", ["+44 7491 825476", "+44 7459 031982"]),
        ("56 502 38 97 ext 747 / 17 936 14 63 x 522", ["56 502 38 97 ext 747", "17 936 14 63 x 522"]),
        ("+905039709129/+902167393325", ["+905039709129", "+902167393325"]),
        ("0612 34 56 78; 0478 12 34 56, 0612 11 11 11", ["0612 34 56 78", "0478 12 34 56", "0612 11 11 11"]),
        ("040 579 06 58 or 050 123 45 67", ["040 579 06 58", "050 123 45 67"]),
        # One number: a German area code's slash, an extension after a separator, a date, a range.
        ("030/1234567", None),
        ("555 1234;ext=12", None),
        ("+44 7491 825476, ext 12", None),
        ("12/05/2020", None),
        ("1/2", None),
        ("0612 34 56 78 / 1 / 2 / 3", None),
    ],
)
def test_parts(value, parts):
    assert _parts(value) == parts


def test_list_cell_is_a_phone_when_each_number_is():
    assert is_phone_any("+44 7491 825476 / +44 7459 031982")
    assert is_phone_any("(11) 98688-7869 / (11) 98076-4684")
    assert is_phone_any("065790205 / 066030779", cued=True)
    # Pairs of amounts, dates and refs split too, and are no phones part by part.
    assert not is_phone_any("1 234,50 / 2 000,00")
    assert not is_phone_any("12/05/2020 / 13/05/2020")
    assert not is_phone_any("INV-2024-0012 / INV-2024-0013")


def _valid(rng: random.Random, region: str, kind: int) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        digits = nsn[:2] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 2))
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if phonenumbers.is_valid_number_for_region(number, region):
            return number


def _column(region: str, fmt, seed: int = 0, n: int = 24) -> list[str]:
    """Half the cells two numbers joined by `` / ``, as the set-16 loan exports write them."""
    rng = random.Random(seed)
    kind = phonenumbers.PhoneNumberType.MOBILE

    def one() -> str:
        return fmt(_valid(rng, region, kind))

    return [f"{one()} / {one()}" if i % 2 else one() for i in range(n)]


def _international(number):
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _bare_national(number):
    return "".join(
        c for c in phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL) if c.isdigit()
    )


def _plans(frame: pd.DataFrame) -> dict[str, str]:
    params = ReplacePiiParameters(free_text_ner=False)
    return {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), params)}


def test_two_number_column_is_planned_shown_and_hidden():
    frame = pd.DataFrame({"Contact No": _column("GB", _international), "loan no": [f"L-{i:05d}" for i in range(24)]})
    assert _plans(frame) == {"Contact No": "phone_number"}
    assert _plans(frame.set_axis(["c000", "c001"], axis=1)) == {"c000": "phone_number"}


def test_hidden_column_of_bare_national_numbers_in_pairs():
    """Lithuanian ``065790205 / 066030779``: each number is tested against random digits as one."""
    values = _column("LT", _bare_national, seed=1)
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "LT", why
    assert len(phone_list_values(values)) == 36


def test_look_alike_pairs_stay_unplanned():
    rng, rows = random.Random(2), range(24)
    frame = pd.DataFrame(
        {
            "c000": [f"{rng.randint(100, 999)},{rng.randint(10, 99)} / {rng.randint(100, 999)},50" for _ in range(24)],
            "c001": [f"{rng.randint(10, 28)}/0{rng.randint(1, 9)}/2024 / 0{rng.randint(1, 9)}/11/24" for _ in rows],
            "c002": [f"{rng.randint(10**8, 10**9 - 1)} / {rng.randint(10**8, 10**9 - 1)}" for _ in range(24)],
            "c003": [f"{rng.randint(1, 9)}/{rng.randint(2, 9)}" for _ in range(24)],
        }
    )  # fmt: skip
    assert _plans(frame) == {}


def test_fakes_keep_the_cell_layout_and_are_valid():
    values = _column("PL", lambda n: phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL) + " x 52")
    fakes = fake_phones(values, np.random.default_rng(0), region="PL", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value
        assert [len(p) for p in _parts(value) or [value]] == [len(p) for p in _parts(fake) or [fake]]
        for part in _parts(fake) or [fake]:
            number = phonenumbers.parse(part.rsplit(" x ", 1)[0], "PL")
            assert phonenumbers.is_valid_number_for_region(number, "PL"), fake


def test_each_number_of_a_pair_votes_for_the_locale_and_region():
    values = _column("FI", lambda n: "00" + _international(n)[1:], seed=3)
    assert guess_column_locale("phone_number", values)[0] == "fi_FI"
    national = _column("LT", _bare_national, seed=4)
    assert column_phone_region(national, "US") == "LT"


def test_and_words_and_newlines_separate_numbers() -> None:
    # Session 33: "und"/"et" and a line break between a person's two numbers split the cell too.
    from safe_synthesizer.pii.phone_lists import phone_list_parts

    assert phone_list_parts("0151 2345678 und +49 30 123456") == [(0, 12), (17, 30)]
    assert phone_list_parts("0612345678\n0201234567") == [(0, 10), (11, 21)]
    assert phone_list_parts("06 12 34 56 78 et 01 23 45 67 89") == [(0, 14), (18, 32)]
    assert phone_list_parts("Anna y Pedro 12") is None
