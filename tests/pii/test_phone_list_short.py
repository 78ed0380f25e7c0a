"""Cells of two short numbers of a small plan, or joined by ``&``/``alt``: split only where every part is a valid
number of the column's region (or dialled valid), so codes, dates and amounts stay whole."""

from __future__ import annotations

from safe_synthesizer.pii.phone_list_short import short_list_parts


def _parts(value: str, region: str) -> list[str] | None:
    spans = short_list_parts(value, region)
    return None if spans is None else [value[a:b] for a, b in spans]


def test_short_numbers_of_a_small_plan_split_with_slashes_and_labels_kept():
    assert _parts("+682 74 464 or 29/138", "CK") == ["+682 74 464", "29/138"]
    assert _parts("79/539 / +682 23 520", "CK") == ["79/539", "+682 23 520"]
    assert _parts("51601 | 23181 (h)", "SH") == ["51601", "23181 (h)"]
    assert _parts("7350 & +690 7293", "TK") == ["7350", "+690 7293"]


def test_numbers_joined_by_ampersand_or_alt():
    assert _parts("912633719 & +51-1-1225804", "PE") == ["912633719", "+51-1-1225804"]
    assert _parts("61100 (h), alt 23103", "SH") == ["61100 (h)", "23103"]
    assert _parts("712 8210 (w) & (+673) 237 3163", "BN") == ["712 8210 (w)", "(+673) 237 3163"]


def test_one_number_or_parts_that_are_no_numbers_stay_whole():
    assert short_list_parts("29/138", "CK") is None
    assert short_list_parts("+682 74 464", "CK") is None
    assert short_list_parts("12/05/2020 & 13/05/2020", "CK") is None  # dates
    assert short_list_parts("1200 & 1350", "DE") is None  # amounts, no German numbers
    assert short_list_parts("Room 12 & Room 14", "CK") is None
    assert short_list_parts("AB-1234 | AB-1240", "GB") is None  # codes
    assert short_list_parts("& 74 464", "CK") is None
