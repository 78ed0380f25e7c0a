"""text_phone_region_groups: a number's digit groups, any one separator class, valid in the table's region."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_region_groups import region_group_phone_spans


def _found(text: str, regions: tuple[str, ...]) -> list[str]:
    return [text[a:b] for a, b, _ in region_group_phone_spans(text, [], regions)]


@pytest.mark.parametrize(
    ("text", "regions", "number"),
    [
        ("A fɔ Mariam Koné ye, 66 70 11 04", ("ML",), "66 70 11 04"),
        ("Lives off 3, boulevard Robert Diaz. 88·90·96·01", ("NE",), "88·90·96·01"),
        ("Appelle-moi au 06 12 34 56 78 ce soir", ("FR",), "06 12 34 56 78"),
        ("Met at the club. 491-3981", ("US",), "491-3981"),
    ],
)
def test_a_number_of_the_table_region_by_its_groups(text: str, regions: tuple[str, ...], number: str) -> None:
    assert _found(text, regions) == [number]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Prix: 12 500 000 FCFA, à débattre", ("ML",)),
        ("Score 66 70 11 04 points", ("ML",)),
        ("Met at the club 491-3981 times", ("US",)),
        ("Order no. 06 12 34 56 78", ("FR",)),
        ("Dates 12 05 2024 and 01 02 2023", ("ML",)),
        ("[30/06/26, 07:02] Traude: I'm outside", ("DE",)),
        ("Size 8 10 12 14 available", ("ML", "FR")),
        ("A fɔ Mariam Koné ye, 66 70 11 04", ()),
    ],
)
def test_no_number_in_amounts_scores_dates_labels_or_without_a_region(text: str, regions: tuple[str, ...]) -> None:
    assert _found(text, regions) == []


def test_a_span_found_already_is_left_alone() -> None:
    text = "A fɔ Mariam Koné ye, 66 70 11 04"
    assert region_group_phone_spans(text, [(21, 32, "phone_number")], ("ML",)) == []
