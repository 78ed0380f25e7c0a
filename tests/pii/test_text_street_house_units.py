"""Central Asian street lines in Latin letters known by house and flat words (set 34's tk_TM kept
``<microdistrict> N, jaý N, öý N``; my own lines here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_house_units import house_unit_street_spans
from safe_synthesizer.pii.text_streets import street_spans


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Courier: Mir 4, jaý 17, öý 52 after 5pm", "Mir 4, jaý 17, öý 52"),
        ("manzil: Sergeli 7, uy 31, xonadon 9.", "Sergeli 7, uy 31, xonadon 9"),
        ("Qoraqamish, 14-uy, 62-xonadon deb yozing", "Qoraqamish, 14-uy, 62-xonadon"),
        ("Lenina 12, dom 3, kv. 40", "Lenina 12, dom 3, kv. 40"),
        ("Ünvan: Əhmədli 7, ev 4, mənzil 12", "Əhmədli 7, ev 4, mənzil 12"),
    ],
)
def test_house_and_flat_words_make_a_line(text: str, line: str) -> None:
    assert line in [text[a:b] for a, b, _ in house_unit_street_spans(text)]
    assert any(line in text[a:b] for a, b, _ in street_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Team 9, room 22 won", "Dear Ev, 5 days left", "Order 7, page 3", "Uy, that hurt 5 times"],
)
def test_no_house_word_no_line(text: str) -> None:
    assert house_unit_street_spans(text) == []
