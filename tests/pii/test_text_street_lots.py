"""Plot addresses (section, lot, allotment, stand) in free text."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_lots import lot_street_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in lot_street_spans(text)})


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("proof of address (Section 12, Lot 7, Gerehu) + id", "Section 12, Lot 7, Gerehu"),
        ("lives at Allotment 9, Section 40, Waigani now", "Allotment 9, Section 40, Waigani"),
        ("met at home (Lot 93 Section K, Kitty). Her id", "Lot 93 Section K, Kitty"),
        ("met at home (Lot 12 Sheriff Street, Campbellville).", "Lot 12 Sheriff Street, Campbellville"),
        ("Stand 4521, Budiriro 5 is the address", "Stand 4521, Budiriro 5"),
        ("section 205, lot 26, hohola", "section 205, lot 26, hohola"),
        ("now at 274 Jeffery Circle, Section 229, Gordons. New mobile", "Section 229, Gordons"),
        ("lot 101, lotissement Tuband", "lot 101, lotissement Tuband"),
    ],
)
def test_plot_addresses(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "lot 26, and then we left",
        "Lot 5 Victorian Chair, Mahogany, with provenance.",
        "See Section 3, Lot 5 of the contract.",
        "See Section 3, Lot 5, Page 2 of the contract.",
        "I parked in lot 4 of the mall, section B.",
        "This dress is a lot 2 small, stand 5 feet tall.",
    ],
)
def test_no_address_in_ordinary_text(text: str) -> None:
    assert lot_street_spans(text) == []
