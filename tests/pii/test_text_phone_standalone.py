"""Numbers alone in a sentence of a note, valid in the table's region (text_phone_standalone)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_standalone import standalone_phone_spans


@pytest.mark.parametrize(
    ("text", "regions", "number"),
    [
        ("Locker key left with reception!! 88 73 71 34", ("NE",), "88 73 71 34"),
        ("Gran collecting at four. 8860", ("TA",), "8860"),
        ("Boxes by the side gate.\n01512 2345678\n-- sent from my phone", ("DE",), "01512 2345678"),
        ("Agreed, fine. 072 0 7711", ("ER",), "072 0 7711"),
        ("Invoice to follow. 44232", ("AC",), "44232"),
    ],
)
def test_number_alone_in_a_sentence(text: str, regions: tuple[str, ...], number: str) -> None:
    spans = standalone_phone_spans(text, [], regions)
    assert [text[a:b] for a, b, _ in spans] == [number]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Paid in full. 2026", ("TA",)),  # a year
        ("Next visit. 12.05.2024", ("DE",)),  # a date
        ("Meet at the hall. 14.30", ("GB",)),  # a time
        ("rang 8738 twice about the van", ("TA",)),  # inside a sentence: the cued rules' own
        ("Gran collecting at four. 8860", ()),  # no region of the table's phones
        ("Shelf done. 12345", ("GB",)),  # no valid number of the region
    ],
)
def test_no_standalone_phone(text: str, regions: tuple[str, ...]) -> None:
    assert standalone_phone_spans(text, [], regions) == []


def test_taken_span_left() -> None:
    text = "Invoice to follow. 44232"
    assert standalone_phone_spans(text, [(19, 24)], ("AC",)) == []
