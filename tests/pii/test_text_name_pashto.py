"""Afghan names in Arabic script: patronymic links and Pashto/Dari titles."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pashto import pashto_name_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in pashto_name_spans(text)})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ښاغلی نجیب ستانکزی راغی", "نجیب ستانکزی"),
        ("محمد نبی ولد عبدالله خان به دفتر آمد", "محمد نبی ولد عبدالله خان"),
        ("احمد د محمود زوی نن راغی", "احمد د محمود زوی"),
        ("محترمه زرغونه احمدزی، تلفن ۰۷۹۹", "زرغونه احمدزی"),
        ("spoke to حمید ولد کریم today", "حمید ولد کریم"),
        ("آغلې ملالۍ شینواری", "ملالۍ شینواری"),
    ],
)
def test_afghan_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text", ["عنده ولد صغير في المدرسة", "لدي ولد وبنت", "هذا الولد ذكي", "The order arrived on time."]
)
def test_no_name(text: str) -> None:
    assert pashto_name_spans(text) == []
