"""National ids in text (held-out set 14: ja_JP 0.90, es_AR 0.92): a Japanese My Number glued to a bare
"number" word (``番号1117 6202 6410``), an Argentine CUIT in its ``20-12345678-6`` layout, a form's id on
the line after its label. Phone, order and member numbers stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_id_schemes import extra_id_scheme
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.NATIONAL_ID})


def _ids(text: str, region: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, (region,), _WANTED) if e == E.NATIONAL_ID]


@pytest.mark.parametrize(
    ("text", "region", "number"),
    [
        ("申し送り：佐々木様。番号1117 6202 6410。", "JP", "1117 6202 6410"),
        ("家族連絡済、番号：1117 6202 6410", "JP", "1117 6202 6410"),
        ("Relevo: Sr. Molina estable. Documento 20-78438521-4.", "AR", "20-78438521-4"),
        ("Cliente Navarro, CUIL 27-80132808-9, llamar.", "AR", "27-80132808-9"),
        ("Nombre completo: Joaquin Navarro\nDocumento:\n27-80132808-9", "AR", "27-80132808-9"),
        ("Steuer-ID:\n49 889 959 218", "DE", "49 889 959 218"),
    ],
)
def test_ids_found(text: str, region: str, number: str) -> None:
    assert _ids(text, region) == [number]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("番号1117 6202 6411。", "JP"),  # wrong check digit after a bare "number" word
        ("電話番号1117 6202 6410に連絡", "JP"),  # a phone number's word
        ("注文番号1117 6202 6410発送済", "JP"),  # an order number
        ("Pedido 20-78438521-5 enviado", "AR"),  # wrong check digit
        ("Documento\n\n20-784385", "AR"),  # too short
    ],
)
def test_other_numbers_stay(text: str, region: str) -> None:
    assert _ids(text, region) == []


def test_cuit_is_distinctive_only_in_its_layout() -> None:
    assert extra_id_scheme("20-78438521-4") == ("ar.cuit", True)
    assert extra_id_scheme("20784385214") in (None, ("ar.cuit", False))
