"""Street lines of Scottish Gaelic, Irish and Welsh (the street word first, then an article), and Vietnamese street
words written in lower case before a number."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.validators.streets import is_street_any


@pytest.mark.parametrize(
    "line",
    ["14 Sràid a' Chaisteil", "3 Rathad na Mara", "Bóthar an Chalaidh 9", "27 Heol yr Orsaf", "Ffordd Glyndŵr 5",
     "8 Stryd y Bont", "15 phố 12", "3/41 ngõ số 8", "102 hẻm 7 Lê Văn Sỹ"],
)  # fmt: skip
def test_street_lines(line: str) -> None:
    assert is_street_any(line)


@pytest.mark.parametrize("text", ["pho 53", "Table 12 heol", "y 5 na", "Order 15 of 12", "Heol"])
def test_not_street_lines(text: str) -> None:
    assert not is_street_any(text)
