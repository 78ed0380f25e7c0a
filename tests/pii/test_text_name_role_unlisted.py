"""Full names no list knows right after a role, a relation or a phrase of company (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_role_unlisted import role_unlisted_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in role_unlisted_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tenant Ngozi Eze paid in cash.", ["Ngozi Eze"]),
        ("Next of kin: daughter Mpho Kgosana (072 555 0101).", ["Mpho Kgosana"]),
        ("Accompanied by Tevita Fifita. Seated row 12.", ["Tevita Fifita"]),
        ("Form witnessed by Aroha Ngata Whaanga, copy to file.", ["Aroha Ngata Whaanga"]),
        ("Debtor Uchenna Obi moved away.", ["Uchenna Obi"]),
        ("emp. T. Olufemi: bank details changed", ["T. Olufemi"]),
        ("husband Sione Taufa collected her", ["Sione Taufa"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Patient Transport Service booked for 9am.",
        "Member Services Team will call back.",
        "Carer Allowance claimed in March.",
        "Guest Wifi Password is on the card.",
        "Participant Information Sheet v2 given.",
        "Donor Centre Leeds closed.",
        "Signed by Acme Corp on behalf of the buyer.",
        "Witnessed by Mrs Okafor.",
        "Tenant Ngozi paid.",
    ],
)
def test_not_found(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Formulaire signé par Tiare Teriierooi, joignable au 87 12 34 56.", "Tiare Teriierooi"),
        ("Attestation : je soussigné(e) Kettly Valcourt, né(e) le 2 mai 1970.", "Kettly Valcourt"),
        ("Declaración: yo, Yader Obregón Zapata, con domicilio en Managua.", "Yader Obregón Zapata"),
        ("copie remise à un proche, Djenane Valcourt. Fin.", "Djenane Valcourt"),
    ],
)
def test_local_signers(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_local_signer_words_stay() -> None:
    assert _found("Ich, Der Unterzeichnete, bestätige den Empfang.") == []
    assert _found("Document signé par Acme Holdings.") == []
