"""Phone columns whose cells mark themselves as phones (a dialled ``+CC``/``(+CC)``/``00 CC``/``tel:``, a line tag
``(h)``/``h:``) beside the same country's national numbers; marks on other values are no phones."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_marked import MarkedNumber, cell_numbers, marked_phone_score


def _numbers(region: str, n: int, seed: int = 7) -> list[phonenumbers.PhoneNumber]:
    """``n`` distinct valid numbers of ``region`` (mobile and fixed examples with random tails)."""
    rng = random.Random(seed)
    examples = [
        e
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
        if (e := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    out: dict[str, phonenumbers.PhoneNumber] = {}
    while len(out) < n:
        nsn = str(rng.choice(examples).national_number)
        keep = max(1, len(nsn) - 4)
        candidate = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + candidate, None)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            out[candidate] = number
    return list(out.values())


def _national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _intl(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def test_cell_numbers_reads_tags_links_bracketed_codes_and_two_numbers():
    assert cell_numbers("tel:+4722334455") == [MarkedNumber("+4722334455", True, True)]
    assert cell_numbers("(+47) 22 33 44 55") == [MarkedNumber("+47 22 33 44 55", True, False)]
    assert cell_numbers("2233 4455 (home)") == [MarkedNumber("2233 4455", False, True)]
    assert cell_numbers("812 3456 (w) & (+673) 223 4567") == [
        MarkedNumber("812 3456", False, True),
        MarkedNumber("+673 223 4567", True, False),
    ]
    assert cell_numbers("912345678, alt 012345678") == [
        MarkedNumber("912345678", False, False),
        MarkedNumber("012345678", False, True),
    ]
    assert cell_numbers("+673 812 3456 / h: 223 4567")[1] == MarkedNumber("223 4567", False, True)
    assert cell_numbers("00 968 9123 4567")[0].dialled
    assert cell_numbers("see over") is None
    assert cell_numbers("call after 5pm") is None
    assert cell_numbers("12") is None


def test_dialled_numbers_anchor_national_ones_in_several_layouts_with_words_between():
    numbers = _numbers("NO", 24)
    values = []
    for i, number in enumerate(numbers):
        layout = i % 4
        if layout == 0:
            values.append(f"tel:{_e164(number)}")
        elif layout == 1:
            values.append("(+47) " + _national(number))
        elif layout == 2:
            values.append(_national(number))
        else:
            values.append(_national(number) + " (m)")
    values += ["see over", "declined"]
    score = marked_phone_score(values)
    assert score is not None and score.values_decide and score.share >= 0.9
    assert "NO" in score.evidence


def test_one_dialled_number_anchors_a_short_column_of_one_country():
    numbers = _numbers("PG", 10, seed=3)
    values = ["".join(_national(n).split()) for n in numbers[1:]] + [_intl(numbers[0])]
    score = marked_phone_score(values)
    assert score is not None and "PG" in score.evidence


def test_short_plans_dialled_beside_their_four_digit_numbers():
    numbers = _numbers("TK", 8, seed=5)
    values = [_national(n) if i % 2 else _intl(n) for i, n in enumerate(numbers)]
    assert marked_phone_score(values) is not None


def test_tagged_numbers_without_a_dialled_one_need_one_region_and_five_digits():
    numbers = _numbers("SH", 10, seed=11)
    tags = ("(h)", "(w)", "", "", "(home)")
    values = [f"{_national(n)} {tags[i % 5]}".strip() for i, n in enumerate(numbers)]
    score = marked_phone_score(values)
    assert score is not None and score.values_decide
    # Metres and hours: ``(m)``/``(h)`` after three or four digits are units, not lines.
    assert marked_phone_score(["1200 (m)", "850 (m)", "2300 (m)", "1750 (h)", "1400 (m)", "990 (m)"]) is None


def test_a_dialled_number_does_not_make_other_values_phones():
    numbers = _numbers("DE", 3)
    rng = random.Random(1)
    codes = [f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}" for _ in range(20)]
    assert marked_phone_score([*codes, _intl(numbers[0])]) is None  # ids beside one number: not one country's
    amounts = [f"+{rng.randint(1, 99)}.{rng.randint(10, 99)}" for _ in range(20)]
    assert marked_phone_score(amounts) is None  # signed amounts are no dialled numbers
    notes = ["Call (h) after six", "tel: ask reception", "+ 2 guests", "00:30 arrival"] * 3
    assert marked_phone_score(notes) is None


def test_unmarked_columns_are_left_to_the_other_tests():
    numbers = _numbers("DK", 12)
    assert marked_phone_score([_national(n) for n in numbers]) is None
    assert marked_phone_score(["01-315916", "31-527680", "01-208732", "01-947525"]) is None


def test_the_written_share_is_kept_when_higher():
    numbers = _numbers("NO", 19)
    values = [f"tel:{_e164(n)}" for n in numbers] + ["see over"]
    score = marked_phone_score(values, written=1.0)
    assert score is not None and score.share == 1.0
