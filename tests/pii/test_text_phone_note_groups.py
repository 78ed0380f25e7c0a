"""text_phone_note_groups: a number's digit groups, one separator class, valid in the table's region, unless the
word before it labels a record (session 64's ``order 662-4455``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_note_groups import (
    note_group_phone_spans,
    record_label_before,
    with_note_phone_groups,
)
from safe_synthesizer.pii.text_spans import TextSpan


def _found(text: str, regions: tuple[str, ...]) -> list[str]:
    return [text[a:b] for a, b, _ in note_group_phone_spans(text, [], regions)]


@pytest.mark.parametrize(
    ("text", "regions", "number"),
    [
        ("A fɔ Mariam Koné ye, 66 70 11 04", ("ML",), "66 70 11 04"),
        ("Lives off 3, boulevard Robert Diaz. 88·90·96·01", ("NE",), "88·90·96·01"),
        ("Appelle-moi au 06 12 34 56 78 ce soir", ("FR",), "06 12 34 56 78"),
        ("Met at the club. 491-3981", ("US",), "491-3981"),
        ("執到銀包，請打 6235 9185", ("HK",), "6235 9185"),
        ("towed by @Ka Ming. 5429\u20111064", ("HK",), "5429\u20111064"),
        ("Kind regards, 06 12 34 56 78", ("FR",), "06 12 34 56 78"),
        ("Order queries: tel 06 12 34 56 78", ("FR",), "06 12 34 56 78"),
        ("Rufnummer 030 1234 5678", ("DE",), "030 1234 5678"),
    ],
)
def test_a_number_of_the_table_region_by_its_groups(text: str, regions: tuple[str, ...], number: str) -> None:
    assert _found(text, regions) == [number]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Paid 250-300 grams of nails, order 662-4455.", ("US",)),
        ("Invoice: 06 12 34 56 78", ("FR",)),
        ("Bestellnummer 030 1234 5678", ("DE",)),
        ("Réservation - 06 12 34 56 78", ("FR",)),
        ("pedido 612 34 56 78 enviado", ("ES",)),
        ("member number 06 12 34 56 78", ("FR",)),
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
def test_no_number_after_a_record_label_nor_in_amounts_scores_dates(text: str, regions: tuple[str, ...]) -> None:
    assert _found(text, regions) == []


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("order 662-4455", True),
        ("Kundennr. 662-4455", True),
        ("case #662-4455", True),
        ("Kind regards, 662-4455", False),
        ("my pager 662-4455", False),
        ("roommate 662-4455", False),
        ("Order line: tel 662-4455", False),
        ("Order sent. 662-4455", False),
    ],
)
def test_the_label_before_a_number(text: str, record: bool) -> None:
    assert record_label_before(text, text.index("662")) is record


def test_a_span_found_already_is_left_alone() -> None:
    text = "A fɔ Mariam Koné ye, 66 70 11 04"
    assert note_group_phone_spans(text, [(21, 32, "phone_number")], ("ML",)) == []
    spans = with_note_phone_groups(text, [TextSpan(5, 16, "name", 0.9)], ("ML",))
    assert [(s.start, s.end) for s in spans] == [(5, 16), (21, 32)]
