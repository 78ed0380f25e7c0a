"""The display names of e-mail headers in notes (text_name_mail_headers)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_mail_headers import mail_header_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in mail_header_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("From: Mengia Casutt <aloisia.mettler864@geissler.com>\nSent: Monday\nTo: office", "Mengia Casutt"),
        (
            "---------- Forwarded message ----------\nFrom: Ebrima Jatta <v.v@rees.info>\nSubject: booking",
            "Ebrima Jatta",
        ),
        ("Von: Jürgen Müller <jm@web.de>", "Jürgen Müller"),
        ('From: "Ana Lima" <a@b.pt>', "Ana Lima"),
        ("Cc: Dr Ana Lima <a@b.pt>", "Ana Lima"),
    ],
)
def test_display_names_of_headers(text: str, name: str) -> None:
    assert [v for v, _ in _found(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        'From: "Booking Team" <noreply@x.com>',
        "To: Customer Service <help@shop.com>",
        "From: Front Desk <desk@hotel.com>",
        "From: Amazon <no@amazon.com>",
        "email me at <a@b.com>",
        "From: Mengia Casutt\nSent: Monday",  # no address: not this rule's layout
    ],
)
def test_mailboxes_of_no_person_stay(text: str) -> None:
    assert _found(text) == []
