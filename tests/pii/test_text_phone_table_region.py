"""Short national numbers of notes, read in the region the table's phone columns point to."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_table_region import (
    row_phone_regions,
    table_phone_regions,
    table_region_phone_spans,
    valid_in,
)


def _taken(text: str, regions: tuple[str, ...]) -> list[str]:
    return [text[a:b] for a, b, _ in table_region_phone_spans(text, [], regions)]


@pytest.mark.parametrize(
    ("values", "want"),
    [
        (["+682 74 546", "mob. 73 993", None, "+682 75 876"], ("CK",)),
        (["+220 566 0571", "+220 566 0660"], ("GM",)),
        (["+378 (0)549 887261 / cell. 66 64 72 78", "cell. 66 65 07 62", "+378 66 12 34 56"], ("SM",)),
        (["055/28 40", "port. 055 20 01", "néant", "055/88 77"], ("PM",)),
        (["-", "n/a"], ()),
    ],
)
def test_table_phone_regions(values: list, want: tuple[str, ...]) -> None:
    assert table_phone_regions(values) == want


def test_international_only_skips_the_scan() -> None:
    assert table_phone_regions(["055/28 40", "055/88 77"], international_only=True) == ()
    assert table_phone_regions(["mob. +682 74 546"], international_only=True) == ("CK",)


@pytest.mark.parametrize(
    ("text", "regions", "want"),
    [
        ("[neil rowland] running late sorry!! [Sean] np. [neil rowland] new number 71442 btw", ("CK",), ["71442"]),
        ("Neighbour Harry Wratt (77 927) has spare key.", ("CK",), ["77 927"]),
        ("Collect Sunday 3pm by Casey or Belinda. Emergency 74 397.", ("CK",), ["74 397"]),
        ("Tyler Jay Rose on 25 360 to confirm.", ("CK",), ["25 360"]),
        ("Wallet has card in name of X. Tried 301 0487 twice, left msg.", ("GM",), ["301 0487"]),
        ("Spare key with zoe pugh. Backup number 411-3116.", ("MS",), ["411-3116"]),
        ("Tried 66 64 72 78 twice, left msg.", ("SM",), ["66 64 72 78"]),
        ("Pick up Joanna at the back door, rings 214283 when ready.", ("FO",), ["214283"]),
        ("Swaps to Jaclyn Arias on 3 51282.", ("NF",), ["3 51282"]),
        ("Ruft an: Notfall 74 397", ("CK",), ["74 397"]),
        ("Llamar a Sr. R. Laura Gutiérrez al 22159773 para confirmar la cita.", ("BO",), ["22159773"]),
        ("Rappel demandé par Teva Taputu au 87 68 42 94 : rendez-vous à déplacer.", ("PF",), ["87 68 42 94"]),
        ("Policy says charge. Text sent to 313274. Dad says he will pay.", ("AD",), ["313274"]),
        ("Borrower Rossell, phone 318-858 no longer in service.", ("AD",), ["318-858"]),
    ],
)
def test_cued_numbers_of_the_region(text: str, regions: tuple[str, ...], want: list[str]) -> None:
    assert _taken(text, regions) == want


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("new number 71442 btw", ()),  # no region from the table
        ("new number 71442 btw", ("GB",)),  # not a number of the table's region
        ("Paid 74 397 on arrival.", ("CK",)),  # no cue
        ("Tried 74397 times to fix the gate.", ("CK",)),  # a count
        ("Call about order number 71442.", ("CK",)),  # a reference
        ("Rang on 25/01/24 about the piano.", ("FO",)),  # a date
        ("Emergency fund $ 74 397 raised.", ("CK",)),  # an amount
        ("rings at 40 000 people per day", ("NO",)),
        ("we were on 25 360 steps by noon", ("CK",)),  # counted
        ("Tried room 71442 twice.", ("CK",)),  # a room
        ("The budget is on 74 397 now", ("US",)),
        ("small (34-27-35) so i'd say it runs", ("FO",)),  # measurements, not Faroese "34 27 35"
        ("i took my usual xxsp at 32-24.5-32. length is perfect", ("GM",)),
    ],
)
def test_no_phone(text: str, regions: tuple[str, ...]) -> None:
    assert _taken(text, regions) == []


def test_found_spans_are_left() -> None:
    text = "new number 71442 btw"
    assert table_region_phone_spans(text, [(11, 16)], ("CK",)) == []


@pytest.mark.parametrize(
    ("digits", "region"),
    [
        ("0412345678", "CX"),  # Christmas Island's mobiles are Australian: region_code_for_number says AU
        ("0690001234", "BL"),  # Saint Barthélemy's mobiles on +590: GP
        ("8002345678", "KN"),  # the +1 plan's toll-free numbers: US
        ("07624123456", "IM"),  # the Isle of Man's own mobiles
    ],
)
def test_valid_in_a_region_sharing_its_calling_code(digits: str, region: str) -> None:
    # Session 56: one test of a number's validity in a known region, is_valid_number_for_region (the nanp_local
    # module calls this one); ranges a calling code's regions share are valid in each of them.
    assert valid_in(digits, region)


def test_valid_in_rejects_another_regions_own_range() -> None:
    assert not valid_in("2015550123", "KN")  # a New Jersey number is no Saint Kitts number
    assert not valid_in("01212345678", "JE")  # nor Birmingham's a Jersey number


def test_number_candidates_leave_dates_amounts_and_counts() -> None:
    # Session 56: the one reading of a note's numbers both table phone rules start from.
    from safe_synthesizer.pii import text_phone_local_numbers
    from safe_synthesizer.pii.text_phone_table_region import number_candidates

    text = "call 74 546 on 12.03.2024, paid $ 45000, rings 300000 times, ref 71442"
    assert [v for v, *_ in number_candidates(text, [], 5, 15)] == ["74 546", "71442"]
    assert [v for v, *_ in number_candidates(text, [(5, 11)], 5, 15)] == ["71442"]  # found spans are left
    assert text_phone_local_numbers.number_candidates is number_candidates


def test_row_regions_read_the_rows_own_international_numbers() -> None:
    # Under DP each row reads its own phones only (text_phone_local_numbers.chunk_phones calls this per row).
    assert row_phone_regions(["+682 74 546", None]) == ("CK",)
    assert row_phone_regions(["mob. 73 993"]) == ()


def test_regions_sharing_a_calling_code_are_one_plan() -> None:
    # valid_in takes a shared range in each region of its calling code: a scan's caps count them once.
    from safe_synthesizer.pii.text_phone_table_region import plan_count

    assert plan_count(["FI", "AX", "DE", "IT", "VA"]) == 3
    assert plan_count(["AU", "CC", "CX"]) == 1
