"""Short national numbers of notes, read in the region the table's phone columns point to."""

from __future__ import annotations

import types

import pandas as pd
import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_table_region import (
    chunk_phone_regions,
    table_phone_regions,
    table_region_phone_spans,
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


def test_chunk_regions_per_table_and_per_row() -> None:
    df = pd.DataFrame({"phone": ["+682 74 546", None, "mob. 73 993"], "note": ["a", "b", "c"]})
    plans = [types.SimpleNamespace(column="phone", entity=E.PHONE_NUMBER)]
    assert chunk_phone_regions(df, plans) == [("CK",)] * 3
    # Under DP each row reads its own phones only.
    assert chunk_phone_regions(df, plans, per_row=True) == [("CK",), (), ()]
    assert chunk_phone_regions(df, []) is None
