"""Ids without a check digit, named by their country's word (session 40): a Bolivian carnet with its
department, a Panamanian cédula, a Tanzanian NIDA number, a Faroese p-tal."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_ids import cued_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Retiro autorizado, documento 4-207-913. Avisar a la madre.", "4-207-913"),
        ("Cédula de identidad personal 8-745-1234 presentada en ventanilla.", "8-745-1234"),
        ("CIP PE-12-3456 verificada.", "PE-12-3456"),
        ("Arrendatario con C.I. 4789123 LP, domicilio en Miraflores.", "4789123 LP"),
        ("Presentó su carnet de identidad 6543210-1B SC ayer.", "6543210-1B SC"),
        ("Mteja alionyesha kitambulisho cha taifa 19850412-12345-00001-23 leo.", "19850412-12345-00001-23"),
        ("Namba ya NIDA: 19790923-41234-00002-15, imehakikiwa.", "19790923-41234-00002-15"),
        ("Persónstal: 020790-457, kannað í skrivstovuni.", "020790-457"),
        ("Hann vísti p-tal 150385-123 við hurðina.", "150385-123"),
    ],
)
def test_uncheckable_ids_after_their_word(text, number):
    assert _found(text) == [number]


def test_panamanian_cedula_replaced_through_the_text_detector():
    det = load_text_detector(["national_id", "email", "name"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Autorización firmada. Documento 3-511-1208. Correo: padres@example.org."
    spans = det.find_spans([text])[0]
    assert ("3-511-1208", "national_id") in [(text[s.start : s.end], s.entity) for s in spans]
    # the same layouts without an id word are lot, order and account numbers
    assert _found("lote 6-718-584, order 12345678901234567890, cuenta 19850412123450000123, " + text) == ["3-511-1208"]
