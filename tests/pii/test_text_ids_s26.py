"""Session 26: national ids in text written in digit groups or named by Cyrillic/French id words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_ids import cued_id_spans
from safe_synthesizer.pii.text_patterns import national_id_spans, pattern_spans

_ALL = frozenset({E.NATIONAL_ID, E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.SSN, E.IBAN, E.CREDIT_DEBIT_CARD})


def _found(spans, text: str) -> dict[str, str]:
    return {text[a:b]: e for a, b, e in spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client Paul Roy, pièce d'identité n°1 72 05 75 539 102 30. Rappeler demain.", "1 72 05 75 539 102 30"),
        ("Assuré : numéro de sécurité sociale 2 84 11 13 055 021 44, dossier ouvert.", "2 84 11 13 055 021 44"),
        ("Гость Иван Петров, ИНН 509835771211. Жалоба на шум.", "509835771211"),
        ("Клиент: СНИЛС 112-233-445 95, договор подписан.", "112-233-445 95"),
        ("Предъявил паспорт 45 08 123456, выдан ОВД.", "45 08 123456"),
        ("Гість Олена, РНОКПП 3012345678, номер 15.", "3012345678"),
        ("Гост Иван, ЕГН:7523169263. Стая 6.", "7523169263"),
        ("Host Jan Novák, r.č.855107/1234, pokoj 14.", "855107/1234"),
        ("Gost Marko, osobna iskaznica 112233445, soba 2.", "112233445"),
    ],
)
def test_cued_ids_of_more_languages_and_layouts(text: str, value: str) -> None:
    assert _found(cued_id_spans(text), text).get(value) == E.NATIONAL_ID
    assert _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).get(value) == E.NATIONAL_ID


def test_a_grouped_nir_is_an_id_without_a_cue_word() -> None:
    text = "Client L. Gros, chambre 214, n°1 91 08 33 503 501 89. Dr Perez se plaint."
    assert _found(national_id_spans(text, ("FR",)), text).get("1 91 08 33 503 501 89") == E.NATIONAL_ID


@pytest.mark.parametrize(
    "text",
    [
        "le 1 91 08 33 503 501 88 est faux",  # NIR layout, wrong check key
        "appelez le 01 23 45 67 89 svp",  # a phone in pairs
        "total 1 250 300 400 euros",  # an amount in thousands
    ],
)
def test_grouped_digits_failing_a_distinctive_scheme_are_no_id(text: str) -> None:
    assert national_id_spans(text, ("FR",)) == []


@pytest.mark.parametrize(
    "text",
    ["номер заказа 12345678 отправлен", "Серия игр 2023 года", "Order ID 4412 9981 shipped"],
)
def test_no_cyrillic_id_without_an_id_word(text: str) -> None:
    assert cued_id_spans(text) == []
