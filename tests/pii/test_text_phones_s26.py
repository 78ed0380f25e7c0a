"""Session 26: phones after "call (back)" verbs of more languages, valid in a region the text detector does not try."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import phone_spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Оплакване от шум. Обадете се обратно на 02 141 490.", "02 141 490"),  # Sofia, 8 digits
        ("Моля, позвънете на 02112533.", "02112533"),
        ("Жалоба на шум. Перезвонить по 8 (878) 231-38-93.", "8 (878) 231-38-93"),  # Russia, not in PHONE_REGIONS
        ("Просьба позвонить 83519763739 вечером", "83519763739"),
        ("Прошу зателефонуйте 044 123 4567", "044 123 4567"),
        ("Prašau paskambinti 8 612 34567", "8 612 34567"),
        ("Vă rog sunați-mă la 0721 234 567", "0721 234 567"),
    ],
)
def test_phone_after_a_call_verb(text: str, value: str) -> None:
    found = {text[a:b]: e for a, b, e in phone_spans(text, PHONE_REGIONS)}
    assert found.get(value) == E.PHONE_NUMBER


@pytest.mark.parametrize(
    "text",
    [
        "Перезвонить по делу 12 завтра",  # too few digits
        "Llamar a las 10.30 mañana",  # a time
    ],
)
def test_call_verbs_alone_make_no_phone(text: str) -> None:
    assert phone_spans(text, PHONE_REGIONS) == []
