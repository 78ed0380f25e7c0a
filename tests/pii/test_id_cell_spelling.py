"""Ids read after normalising their spelling: spaced boxes joined, dressing kept apart, SNILS and SSN schemes."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.id_cell_spelling import despaced, extra_id_schemes, read_spelt_id, snils_ok


@pytest.mark.parametrize(
    ("value", "joined"),
    [
        ("6 7 0 - 6 8 - 1 0 3 1", "670-68-1031"),
        ("P M 4 3 7 3 7 4 B", "PM437374B"),
        ("ID: 1 5 2 3 6 8 8 1 W ✔", "ID: 15236881W ✔"),
        ("A B C", "A B C"),  # too few digits: words, not boxes
        ("Size 4 2", "Size 4 2"),
    ],
)
def test_despaced(value: str, joined: str) -> None:
    assert despaced(value) == joined


@pytest.mark.parametrize(
    ("value", "core", "scheme"),
    [
        ("4 7 0 5 1 6 - 5 7 4 6", "470516-5746", "se.personnummer"),
        ('number: "520726-8599"', "520726-8599", "se.personnummer"),
        ("P M F Z M T 6 4 A 4 1 P 5 5 1 R", "PMFZMT64A41P551R", "it.codicefiscale"),
        ("C B 7 6 9 8 5 1 D", "CB769851D", "gb.nino"),
        ("0 0 9 0 5 7 0 5 B", "00905705B", "es.dni"),
        ("804-83-4333, exp. 02/2027", "804-83-4333", "us.ssn"),
        ("3 6 4 - 3 6 - 6 0 4 9", "364-36-6049", "us.ssn"),
        ("430-485-367 71 ✔ verified", "430-485-367 71", "ru.snils"),
        ("251-231-295 24, exp. 06/2035", "251-231-295 24", "ru.snils"),
    ],
)
def test_read_spelt_id(value: str, core: str, scheme: str) -> None:
    cell = read_spelt_id(value)
    assert cell is not None
    assert cell.core == core
    assert scheme in cell.schemes


@pytest.mark.parametrize(
    "value",
    [
        "Order 4 4 1 2 7 7 0 1 9",  # a record's number, spaced
        "1 2 - 3 4",  # too few digits to join
        "Tel 0612 345 678 / 0612 345 679",
        "order 804-83-4333",
    ],
)
def test_not_ids(value: str) -> None:
    assert read_spelt_id(value) is None


@pytest.mark.parametrize(("value", "scheme"), [("430-485-367 72", "ru.snils"), ("000-12-3456", "us.ssn")])
def test_wrong_check_or_layout(value: str, scheme: str) -> None:
    # A SNILS with the wrong check digits, an SSN of area 000: not those schemes (another may pass its own check).
    cell = read_spelt_id(value)
    assert cell is None or scheme not in cell.schemes


def test_snils_check() -> None:
    assert snils_ok("31312196216")
    assert not snils_ok("31312196217")
    assert extra_id_schemes("313-121-962 16") == ("ru.snils",)
    assert extra_id_schemes("313-121-962 17") == ()
