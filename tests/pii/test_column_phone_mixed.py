"""Phone columns of one country written in several layouts at once (runs, groups with spaces, dots or dashes,
``+CC``/``00CC``), found with the column name hidden; ids in several layouts are still no phones."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_phone_mixed import mixed_phone_evidence, national_reading
from safe_synthesizer.pii.column_phones import national_phone_evidence

ENTITIES = [E.PHONE_NUMBER, E.NATIONAL_ID, E.POSTCODE, E.SSN, E.CREDIT_DEBIT_CARD, E.IP_ADDRESS]


def _valid(rng: random.Random, region: str, head: str, length: int) -> str:
    while True:
        digits = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
            return digits


def _detect(values: list[str]):
    df = pd.DataFrame({"c101": values})
    return detect_column(df["c101"], infer_schema(df)["c101"], entities=ENTITIES)


def _pairs(d: str, sep: str) -> str:
    return sep.join(d[i : i + 2] for i in range(0, len(d), 2))


def test_national_reading_of_dialled_and_grouped_values():
    assert national_reading("+44 (0)20 3318 4472") == ("02033184472", "GB")
    assert national_reading("0047 9381 2270") == ("93812270", "NO")
    assert national_reading("93-81-22-70") == ("93812270", None)
    assert national_reading("call me") is None


def test_eight_digit_mobiles_in_four_layouts_are_phones():
    """Norwegian ``9...`` mobiles typed as runs, in pairs with spaces, dots and dashes, and dialled with ``+47``."""
    rng = random.Random(40101)
    values = []
    for i in range(40):
        d = _valid(rng, "NO", rng.choice("49"), 8)
        values.append((d, _pairs(d, " "), _pairs(d, "."), _pairs(d, "-"), f"+47 {d[:3]} {d[3:5]} {d[5:]}")[i % 5])
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "NO", why
    det = _detect(values)
    assert det is not None and det.entity == E.PHONE_NUMBER, det


def test_short_column_anchored_by_dialled_numbers():
    """Nine London numbers, three of them dialled with ``+44 (0)``: too few for the chance test alone."""
    rng = random.Random(40102)
    values = []
    for i in range(9):
        d = _valid(rng, "GB", "0203", 11)
        values.append((d, f"{d[:3]} {d[3:7]} {d[7:]}", f"+44 (0){d[1:3]} {d[3:7]} {d[7:]}")[i % 3])
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "GB", why


def test_merged_header_word_does_not_hide_the_column():
    """A merged-header export repeats its header (``Handy``) as the first value of the column."""
    rng = random.Random(40103)
    numbers = [_valid(rng, "LV", "2", 8) for _ in range(18)]
    values = ["Handy"] + [
        (d, f"{d[:2]} {d[2:5]} {d[5:]}", f"{d[:2]}.{d[2:5]}.{d[5:]}")[i % 3] for i, d in enumerate(numbers)
    ]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "LV", why


def test_pairs_with_spaces_and_dots_count_as_written_in_groups():
    """San Marino's ``61``/``66`` mobiles in pairs, with spaces or dots: two leading digit pairs, which a run of
    digits must prove beyond ids of one prefix, but numbers typed in groups are written as phones."""
    rng = random.Random(40104)
    values = [_pairs(_valid(rng, "SM", rng.choice(("61", "66")), 8), " " if i % 3 else ".") for i in range(20)]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why
    det = _detect(values)
    assert det is not None and det.entity == E.PHONE_NUMBER, det


def test_account_numbers_in_several_layouts_are_not_phones():
    """Eight-digit account numbers typed as runs and with dashes: random digits, no plan's numbers beyond chance."""
    rng = random.Random(40105)
    values = []
    for i in range(60):
        d = str(rng.randint(10_000_000, 99_999_999))
        values.append(d if i % 2 else f"{d[:4]}-{d[4:]}")
    found = mixed_phone_evidence(values)
    assert found is None or found[0] < 0.95, found
    det = _detect(values)
    assert det is None or det.entity != E.PHONE_NUMBER, det


def test_one_layout_is_left_to_the_bare_number_test():
    rng = random.Random(40106)
    assert mixed_phone_evidence([_valid(rng, "NO", "4", 8) for _ in range(20)]) is None


def test_six_digit_numbers_in_pairs_with_some_reading_as_dates():
    """Greenland's six-digit numbers in pairs with spaces, dots or dashes; some pairs read as a date (``21-08-91``),
    which in a column of its own layout's numbers is chance, not a date."""
    rng = random.Random(40107)
    values = [_pairs(_valid(rng, "GL", rng.choice("2345"), 6), " .-"[i % 3]) for i in range(40)]
    values += ["21-08-91", "12.03.55"]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_six_digit_runs_are_not_read_as_grouped_numbers():
    rng = random.Random(40108)
    values = [str(rng.randint(100_000, 999_999)) for _ in range(40)] + ["123-456", "234.567"]
    found = mixed_phone_evidence(values)
    assert found is None or found[0] < 0.95, found


def test_lines_of_one_exchange_anchored_by_several_dialled_values():
    """Gibraltar's ``200`` lines share their head as ids of one prefix do; four dialled ``+350`` show the country."""
    rng = random.Random(40109)
    numbers = [_valid(rng, "GI", "200", 8) for _ in range(12)]
    values = [f"+350 {d}" if i % 3 == 0 else (d if i % 3 == 1 else f"{d[:3]} {d[3:]}") for i, d in enumerate(numbers)]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "GI", why


def test_extensions_and_junk_cells_leave_a_national_column_phones() -> None:
    rng = random.Random(4731)
    numbers = [_valid(rng, "NL", "020", 10) for _ in range(24)]  # Amsterdam landlines, typed bare
    values = [f"{n} ext. {rng.randint(10, 99)}" if i % 5 == 0 else n for i, n in enumerate(numbers)]
    values += ["onbekend", "0", "0031" + numbers[3][1:]]
    share, region, _ = mixed_phone_evidence(values)
    assert share >= 0.95 and region == "NL"  # before: None (one layout once the extensions are read)
    det = _detect(values)
    assert det is not None and det.entity == E.PHONE_NUMBER, det


def test_dialled_with_00_beside_bare_national_numbers_is_two_layouts() -> None:
    rng = random.Random(4732)
    numbers = [_valid(rng, "PT", "91", 9) for _ in range(20)]  # Portuguese mobiles: no trunk prefix
    values = [f"00351{n}" if i % 4 == 0 else n for i, n in enumerate(numbers)]
    found = mixed_phone_evidence(values)
    assert found is not None and found[0] >= 0.95 and found[1] == "PT"


def test_record_numbers_some_opening_with_00_stay_no_phones() -> None:
    rng = random.Random(4733)
    values = [f"{rng.choice(['00', '41', '73'])}{rng.randint(10**7, 10**8 - 1)}" for _ in range(40)]
    found = mixed_phone_evidence(values)
    assert found is None or found[0] < 0.9
