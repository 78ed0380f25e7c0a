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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # session 48: an Arabic article joined to the family name, a name in capitals, a Polynesian okina
        ("Guardian Khalid El-Masri signed the form.", ["Khalid El-Masri"]),
        ("Resident YESHI PELDEN did not return the key.", ["YESHI PELDEN"]),
        ("Tenant 'Aisake Moengangongo paid the deposit.", ["'Aisake Moengangongo"]),
        ("Carer 'Kwabena Mensah' to collect.", ["Kwabena Mensah"]),
        # phrases that hand a case on, and whose family a notice is for
        ("Urgent queries should be referred to Karma Choden.", ["Karma Choden"]),
        ("Nos pensées vont à la famille de Rodrigue Hounkpatin.", ["Rodrigue Hounkpatin"]),
        ("Flowers sent to the family of Kaufusi Havili.", ["Kaufusi Havili"]),
        # the holder of the keys or the account, as a form's label
        ("Détentrice des clés : Nawel Ferhani, 4 rue des Lilas", ["Nawel Ferhani"]),
        ("Key holder: Tatenda Chikore, 07 Hill Rd", ["Tatenda Chikore"]),
        # particles inside the family name
        ("Met het verlies van Jurensky van Trigt zijn we stil.", ["Jurensky van Trigt"]),
        # whom the writer reached
        ("Called Kinley Tshomo re refill; id verified.", ["Kinley Tshomo"]),
        ("Night porter met Sione Vake at the gate.", ["Sione Vake"]),
    ],
)
def test_found_s48(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "CLIENT NOT FOUND in the register",
        "Client NOT FOUND in the register",
        "Tenant NHS TRUST paid the invoice",
        "Please get referred to Social Services.",
        "Complaint referred to Groote Schuur Hospital.",
        "The family of Gardens Estate objects.",
        "Key holder: Main Office",
        "Called Customer Services re refund",
        "Contacted Clinique Pasteur re results",
    ],
)
def test_kept_s48(text: str) -> None:
    assert _found(text) == []
