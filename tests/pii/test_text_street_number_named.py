"""Streets named by a number after the house (text_street_number_named)."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_street_number_named import number_named_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in number_named_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Moved to #48B, St. 310, Sangkat Tonle Bassac, last spring.", "#48B, St. 310, Sangkat Tonle Bassac"),
        ("home: No. 7, Street 63, Khan Daun Penh; call first", "No. 7, Street 63, Khan Daun Penh"),
        ("at #12 St 2004, Sangkat Kakab 2, Khan Por Sen Chey.", "#12 St 2004, Sangkat Kakab 2, Khan Por Sen Chey"),
        ("Delivered to No. 311, Rd. 6, Ban Phonxay, Muang Xaysetha.", "No. 311, Rd. 6, Ban Phonxay, Muang Xaysetha"),
        ("seen at #5-2, St. 19 yesterday", "#5-2, St. 19"),
    ],
)
def test_a_house_on_a_numbered_street_with_its_commune(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Ticket #4512, St. Patrick's day rota",  # a saint, not a street number
        "Invoice No. 88 for 3 items, street price 40",
        "Room #12 on floor 3, St Mary's ward",
        "see item #3 and No. 4 of the list",
    ],
)
def test_tickets_saints_and_lists_stay(text: str) -> None:
    assert _found(text) == []


def test_the_detector_replaces_the_whole_line_not_only_the_house() -> None:
    detector = load_text_detector(ReplacePiiParameters().entities, region="KH")
    text = "Moved to #91E, St. 432, Sangkat Tuol Tumpung 1, Phnom Penh last month."
    streets = [text[s.start : s.end] for s in detector.find_spans([text])[0] if s.entity == "street_address"]
    assert streets == ["#91E, St. 432, Sangkat Tuol Tumpung 1"]
