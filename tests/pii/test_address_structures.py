"""Tests for address_structures: address lines by plot, lot, nested unit words or a ``#`` house number."""

import pytest

from safe_synthesizer.pii.address_structures import structured_address


@pytest.mark.parametrize(
    "value",
    [
        "Plot 4410, Extension 12",
        "PLOT 771",
        "Erf 2231, Mamelodi",
        "Stand No 512",
        "Lot IIIB 17 Ankadifotsy",
        "Lot 88 Bis Isotry",
        "Degmada Wadajir, Waaxda 7",
        "XAAFADDA BUULO, GURIGA 12",
        "Aldeia Becusi, Suco Becora",
        "Bairro Pite, Casa 9",
        "Block 10, Street 3, House 22",
        "Barrio El Centro, Manzana 4, Casa 11",
        "Mtaa wa Uhuru, Nyumba 5",
        "#7 Regent Street",
        "# 21 Cemetery Road, Belmopan",
        "Barangay Talon, Purok 3",
        "Plot 5521\nLobatse\nBW",
        "Private Bag 7\nSerowe\nBW",
        "PO Box 311\nMaun",
    ],
)
def test_structured_addresses(value: str) -> None:
    assert structured_address(value)


@pytest.mark.parametrize(
    "value",
    [
        "Lot 23A45",
        "LOT 2024-05",
        "Lot 4521 Expiry 2026",
        "Zone A",
        "Block 4",
        "Sector 7",
        "#1 priority",
        "# 5 in queue",
        "Main Street, Springfield",
        "Gold, Silver",
        "Platinum",
        "Ward 5",
        "House rules, see notes",
        "PO Box 311",
        "Call back\nafter 5pm",
        "Lot 23A45\nExpiry 2026",
    ],
)
def test_other_values(value: str) -> None:
    assert not structured_address(value)
