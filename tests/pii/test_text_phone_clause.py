"""Phone numbers ending a "call <someone> at <number>" clause (``text_phone_clause``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_clause import clause_phone_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in clause_phone_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Por favor llamar al abuelo, don Ramiro Quesada Solano, al 8712 3390.", "8712 3390"),  # Costa Rica
        ("Llamen a la tía, marta inés zelaya, al 9871-2234; gracias.", "9871-2234"),  # Honduras
        ("Telefonare al padrino, signor Bollini Marco, al 66 81 24 09.", "66 81 24 09"),  # San Marino
        ("Pedir para ligar ao avô, senhor Tavares, para o 952 17 40.", "952 17 40"),  # Cape Verde
        ("Please ring the neighbour, Mrs Olsen from number 4, on 21 49 82.", "21 49 82"),  # Greenland
    ],
)
def test_number_after_a_call_clause_is_a_phone(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call Dr. Smith about the invoice, due on 12 500 000.",  # an amount in thousands
        "Phone broke. Paid on 1234567.",  # the verb is in another sentence
        "She called us on 2024-05-12 at 10:00.",  # a date
        "Call the warehouse, delivered to 12345678 units",  # a unit after: no end of clause
        "Llamar a la oficina; el pedido llegó al 87123390.",  # the call is in another clause
        "The order went to 8712 3390.",  # no verb of calling
    ],
)
def test_amounts_dates_and_other_clauses_are_not_phones(text: str) -> None:
    assert _found(text) == []
