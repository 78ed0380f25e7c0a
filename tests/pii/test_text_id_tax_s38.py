"""Personal tax numbers after NIT / RUC in text: Guatemala, Paraguay, Peru's people (session 38)."""

from __future__ import annotations

import pytest
from stdnum.gt import nit
from stdnum.pe import ruc as pe_ruc
from stdnum.py import ruc as py_ruc

from safe_synthesizer.pii.text_id_tax import tax_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in tax_id_spans(text)]


def _gt(body: str) -> str:
    return f"{body}-{nit.calc_check_digit(body)}"


def _py(body: str) -> str:
    return f"{body}-{py_ruc.calc_check_digit(body)}"


@pytest.mark.parametrize("body", ["3120458", "905112", "2764019"])
def test_guatemalan_nit_after_its_word(body: str) -> None:
    number = _gt(body)
    assert _found(f"Solicitud de licencia. Titular: Ana Pérez, NIT {number}, vecina de Mixco.") == [number]
    assert _found(f"Factura a nombre de consumidor, N.I.T. No. {number}.") == [number]


@pytest.mark.parametrize("body", ["4417203", "1290554", "5038816"])
def test_paraguayan_ruc_of_a_person_after_its_word(body: str) -> None:
    number = _py(body)
    assert _found(f"Inscripción de socio: Carlos Benítez, RUC {number}; domicilio en Luque.") == [number]


def test_peruvian_ruc_of_a_person() -> None:
    body = "1045678901"
    number = body + pe_ruc.calc_check_digit(body)
    assert _found(f"Emitir recibo por honorarios al RUC: {number}.") == [number]


def test_company_numbers_wrong_checks_and_lower_case_are_left() -> None:
    company = _py("80045127")
    wrong = _gt("3120458")[:-1] + ("0" if _gt("3120458")[-1] != "0" else "1")
    assert _found(f"Proveedor: Ferretería Central S.A., RUC {company}.") == []
    assert _found(f"Titular con NIT {wrong}.") == []
    assert _found(f"the nit {_gt('3120458')} was lower case") == []
    body = "2045678901"  # a Peruvian company's RUC opens with 20
    assert _found(f"RUC {body}{pe_ruc.calc_check_digit(body)}") == []
