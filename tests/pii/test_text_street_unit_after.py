"""A numbered street whose English type is an ordinary word (``Views``, ``Falls``, ``Lake``), told by the flat
after it (set 36 kept ``<n> <name> Views Apt. <n>``); the streets here are my own."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_unit_after import unit_after_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in unit_after_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("keys left at 4410 Brandt Falls Suite 201; call first", "4410 Brandt Falls Suite 201"),
        ("Moved to 88 Heron Point, Unit 7 last May", "88 Heron Point, Unit 7"),
        ("Ship to 310 Kessler Station Apt. 9", "310 Kessler Station Apt. 9"),
        ("Tenant of 12B Old Mill Lake Flat 3 rang", "12B Old Mill Lake Flat 3"),
    ],
)
def test_ambiguous_types_with_a_flat_are_streets(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "I bought 3 Little Women Flat 2 pack",  # no type word before the unit
        "Top 5 Points Unit 3 of the course",
        "Scored 3 Falls in Unit 2",  # no name between number and type
        "Rated 5 Lake Views, apt description",  # no number after the unit word
    ],
)
def test_prose_is_no_street(text: str) -> None:
    assert _streets(text) == []
