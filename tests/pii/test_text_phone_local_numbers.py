"""Local phone numbers in notes read off the table's own phone cells (text_phone_local_numbers)."""

from __future__ import annotations

import types

import pandas as pd
import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_local_numbers import (
    LocalPhones,
    chunk_phones,
    local_phone_spans,
    local_phone_text_spans,
    local_phones_of,
    phone_like_column,
)

TOKELAU = ["7225", "33 40", "+690.7359", "31 48", "+6907260", "tel:+6907293", "+690.7310", "+6902396"]
SAINT_HELENA = ["51975", "51601 | 23181 (h)", "61280 (w)", "61855", "61049", "61174 (home)", "52199 (w)", "56424"]


def _taken(text: str, local: LocalPhones) -> list[str]:
    return [text[a:b] for a, b, e in local_phone_spans(text, [], local) if e == E.PHONE_NUMBER]


def test_cells_give_national_numbers_lengths_and_plans() -> None:
    local = local_phones_of(TOKELAU, ("TK",))
    assert local.regions == ("TK",)
    assert local.lengths == frozenset({4})
    assert {"7293", "7359", "3340", "2396"} <= local.known  # country code taken off, groups joined


def test_local_only_cells_are_scanned_for_their_plans() -> None:
    local = local_phones_of(SAINT_HELENA)
    assert "SH" in local.regions and len(local.regions) <= 6
    assert local.lengths == frozenset({5})
    assert {"51601", "23181"} <= local.known  # both numbers of a cell


@pytest.mark.parametrize(
    "text, number",
    [
        ("Pio Lopa owes 3 weeks, said will pay Sat. Tel 3050. Daily Mirror and the Beano.", "3050"),
        ("- chase Sefo\n- ring 7225\n- key back from Keli Tuia", "7225"),
        ("VM from Pue, couldn't make out the rest, number sounded like 7271.", "7271"),
        ("Moka signed the waiver, parent present. Parent's number 4133. Bouldering only.", "4133"),
        ("anyone got Nasau's number? mine is 7316", "7316"),
        ("Hi it's Sisilia, calling about the booking, can you ring me back on 4304, thanks.", "4304"),
        ("Fee paid. Mob 7351.", "7351"),
        ("Nukunonu village: Times changed to Guardian. Bill to Sefulu Tinielu, 3013.", "3013"),
        ("Delivered to the shop; owner is on 3340 most days", "3340"),  # one of the table's own numbers
    ],
)
def test_short_numbers_of_the_table_plan_after_cues(text: str, number: str) -> None:
    assert _taken(text, local_phones_of(TOKELAU, ("TK",))) == [number]


def test_local_only_table_and_talk_cues() -> None:
    local = local_phones_of(SAINT_HELENA)
    assert _taken("[02/05/26, 18:40] lawson: anyone got Leo's number? mine is 23741", local) == ["23741"]
    assert _taken("Sierra never turned up, 2nd time. Spoke to them on 22185. Lives up the hill.", local) == ["22185"]
    assert _taken("Bill to Gilbert Thomas, 56948.", local) == ["56948"]


def test_dash_of_unequal_groups_is_no_range() -> None:
    local = local_phones_of(["tel:+6924551667", "(+692) 235-4749", "455-2710"], ("MH",))
    text = "Jasmine says Debra never turned up, 2nd time. Spoke to them on 455-1100. Scott Turner."
    assert _taken(text, local) == ["455-1100"]
    assert _taken("Sizes on 1930-1940 shelves", local) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pio owes 3 weeks, paid 3050 on Sat.",  # no cue, not the table's
        "in 2019 the number was 2023",  # a year after a weak cue
        "order no 7225 shipped",  # a reference, though a table number
        "Fee 7351 paid on 12/03/2024",  # an amount without a cue
        "call 7271 times",  # counted
        "ring the gate code 3050 in",  # a code word between cue and number
        "Bill to Aliki Puka, 3003 bags.",  # no clause end after the name's number
        "The committee met in 2396 Main Road.",
        "Tel 12 units",
    ],
)
def test_no_phone_without_a_cue_or_the_table(text: str) -> None:
    assert _taken(text, local_phones_of(TOKELAU, ("TK",))) == []


def test_year_of_the_table_needs_a_cue() -> None:
    local = local_phones_of(["2019", "2396", "7225"], ("TK",))
    assert _taken("Joined the round in 2019, happy.", local) == []
    assert _taken("Joined the round, tel 2019.", local) == ["2019"]


def test_nothing_without_phone_cells() -> None:
    assert local_phone_spans("Tel 3050", [], None) == []
    assert local_phone_spans("Tel 3050", [], LocalPhones()) == []


def test_numeric_phone_column_and_text_spans() -> None:
    local = local_phones_of([7225.0, 3340, float("nan")])
    assert {"7225", "3340"} <= local.known
    spans = local_phone_text_spans("owner is on 3340 most days", [], local)
    assert [(s.start, s.end, s.entity) for s in spans] == [(12, 16, E.PHONE_NUMBER)]


@pytest.mark.parametrize(
    "values, phone_like",
    [
        (["51975", "51601 | 23181 (h)", "61280 (w)", "61855"], True),  # phone tags
        (["7225", "+690.7359", "tel:+6907293", "3340"], True),  # calling codes
        (["51975", "51601", "12345", "22222"], False),  # member numbers: no code, no tag
        (["+12.50", "+3.75", "-4.00", "+1250.50"], False),  # signed amounts
        (["2024-05-01", "2024-06-01", "+3"], False),
    ],
)
def test_phone_like_column(values: list[str], phone_like: bool) -> None:
    assert phone_like_column(values) is phone_like


@pytest.mark.parametrize(
    "text",
    [
        "size small (34-27-35) so i'd say",  # measurements in a bracket
        "even at $35 (30% off 49.99), it just",  # a price
        "for reference i'm 5'7\" 115 lbs (33-25-33) and",
    ],
)
def test_prose_numbers_are_no_phones(text: str) -> None:
    assert _taken(text, local_phones_of(TOKELAU, ("TK",))) == []


def test_chunk_phones_reads_the_columns_once_for_both_rules() -> None:
    # Session 56: the regions (text_phone_table_region) and the local numbers come from one reading of the columns.
    df = pd.DataFrame({"tel": ["+690 7293", "7225", None], "note": ["", "", ""]})
    plans = [types.SimpleNamespace(column="tel", entity=E.PHONE_NUMBER)]
    read = chunk_phones(df, plans)
    assert read.regions == [("TK",)] * 3
    assert read.local is not None and read.local[0].regions == ("TK",) and "7225" in read.local[0].known
    rows = chunk_phones(df, plans, per_row=True)
    assert rows.regions == [("TK",), (), ()]
    assert rows.local is not None and rows.local[1].known == frozenset({"7225"})
    assert chunk_phones(df, []) == (None, None)


def test_chunk_phones_regions_from_an_unplanned_phone_column() -> None:
    # A column of phones the planner left points both rules to its region (before: the local rule only).
    df = pd.DataFrame({"Column6": ["7225", "33 40", "+690.7359", "tel:+6907293"], "Member": ["51975", "5", "6", "7"]})
    note = [types.SimpleNamespace(column="note", entity=E.FREE_TEXT)]
    read = chunk_phones(df, note)
    assert read.regions == [("TK",)] * 4
    assert read.local is not None and read.local[0].regions == ("TK",)
    assert chunk_phones(df, note, per_row=True) == (None, None)  # under DP the planner's columns only
