"""Bare local phone numbers beside an e-mail address or ending a call-back request (text_phone_contact)."""

import pytest

from safe_synthesizer.pii.text_phone_contact import contact_phone_spans

REGIONS = ("US", "GB", "DE")


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in contact_phone_spans(text, (), REGIONS)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Complaint from Anna Berg (anna.berg@example.com, 3378 1204): refund still not received.", "3378 1204"),
        ("Complaint from Ola Hansen (ola@firma.no, 41 22 67 90): refund pending.", "41 22 67 90"),
        ("Complaint from Ilze Kalna (ilze@inbox.lv, 26 114 903): no refund.", "26 114 903"),
        ("Complaint from Jon Jonsson (jon@simnet.is, 662 4410): no refund.", "662 4410"),
        ("Complaint from Andreas P (andreas@cytanet.com.cy, 97 552310): no refund.", "97 552310"),
        ("Contact (3378 1204, anna@example.org).", "3378 1204"),
        ("ring back per olsen re payment - 45 81 22 09", "45 81 22 09"),
        ("ring back mary kila re payment - 7291 4403", "7291 4403"),
        ("Call back Mrs Dahl about the deposit: 611 9328.", "611 9328"),
    ],
)
def test_contact_numbers_are_phones(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "call back re order - 4412 3390",
        "ring back about room 12 - 4412 3390",
        "Our order (order@shop.com, 4412 3390 EUR) was shipped.",
        "Invoice (billing@shop.com, 1 250,00) is due.",
        "Sent to billing@shop.com, 2024-11-30.",
        "Sent to billing@shop.com, 12.05.2024.",
        "Please call the office about the 2019 incident - 2019-2020.",
        "The ring was valued at 1200 - 1350 EUR.",
        "Phone - 4412 3390",
    ],
)
def test_amounts_orders_dates_stay(text: str) -> None:
    assert _found(text) == []


def test_taken_spans_are_left() -> None:
    text = "Complaint from Ann (ann@example.org, 3378 1204)."
    start = text.index("3378")
    assert contact_phone_spans(text, [(start, start + 9)], REGIONS) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # The number alone in brackets, then "or" and the e-mail: the two ways to reach the person.
        ("Bici in vendita, chiedere di Paolo (3387 1204) oppure paolo.r@mail.it", "3387 1204"),
        ("Parking à louer : appeler Inès (41 22 67 90) ou ines_k@free.fr. Merci", "41 22 67 90"),
        ("Lost dog! Contact Mike (7291 4403), or mike.t@example.com", "7291 4403"),
        ("Vendo sofá, hablar con Lupe (5512 0871) o (lupe77@correo.gt)", "5512 0871"),
    ],
)
def test_a_bracketed_number_or_an_email(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Order (20231104) or orders@shop.com",
        "See invoice no. (4471 2290) or billing@shop.com for the total",
        "Tickets cost (12.50) or mail tickets@club.org",
        "Open 9-17 (2024) or help@desk.org",
    ],
)
def test_bracketed_references_before_an_email_stay(text: str) -> None:
    assert _found(text) == []
