"""Seven-digit local numbers of +1 tables, and cued national numbers of the table's regions (text_phone_nanp_local)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_local_numbers import local_phones_of
from safe_synthesizer.pii.text_phone_nanp_local import nanp_area_codes, nanp_local_spans, nanp_local_text_spans
from safe_synthesizer.pii.text_spans import TextSpan

KN = local_phones_of(["(869) 662-4120", "+1 869-663-8011", "8694652222"], ("KN",))
US = local_phones_of(["(212) 555-0199", "+1 415-867-5309", "3125550123", "7185551234"], ("US",))
VU = local_phones_of(["+678 591 2114", "5917000", "7745123"], ("VU",))


def _taken(text: str, local) -> list[str]:
    return [text[a:b] for a, b, _ in nanp_local_spans(text, [], local)]


def test_area_codes_of_a_plus_one_table() -> None:
    assert nanp_area_codes(KN) == ("869",)
    assert set(nanp_area_codes(US)) == {"212", "415", "312", "718"}
    assert nanp_area_codes(VU) == ()


@pytest.mark.parametrize(
    ("text", "local", "number"),
    [
        ("SMS 14:07 - shirlene here, ignore the other number, use 763-7441", KN, "763-7441"),
        ("Lost property: blue scarf, claimed by Mrs Floyd (384-7522).", US, "384-7522"),
        ("2x Yale cut wrong, redo free for joanna lawson. Number 699-3426", US, "699-3426"),
        ("call me on 384.7522 pls", US, "384.7522"),
        ("Txt from Kenneth Palmer: can Kenneth come instead? Reply to 5917196", VU, "5917196"),
    ],
)
def test_cued_local_numbers(text: str, local, number: str) -> None:
    assert _taken(text, local) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "order 384-7522 arrived",
        "use 250-3000 grams",
        "paid $ 384.7522",
        "Room (384-7522)",
        "at 3847522 today",
        "Invoice no 384-7522",
        "open 9-5, 384 7522 visitors",
        "Ref: 384-7522",
        "Number of tickets 250 1000",
        "Mrs Floyd 384-7522",
    ],
)
def test_references_amounts_and_uncued_numbers_are_left(text: str) -> None:
    assert _taken(text, US) == []


def test_no_plus_one_numbers_no_nanp_spans() -> None:
    fr = local_phones_of(["06 12 34 56 78", "+33 6 98 76 54 32"], ("FR",))
    assert _taken("use 384-7522", fr) == []
    assert _taken("use 384-7522", None) == []


def test_spans_already_found_are_left() -> None:
    text = "use 763-7441"
    assert nanp_local_text_spans(text, [TextSpan(4, 12, "phone_number", 0.9)], KN) == []
    assert nanp_local_text_spans(text, [], KN) == [TextSpan(4, 12, "phone_number", 0.9)]
