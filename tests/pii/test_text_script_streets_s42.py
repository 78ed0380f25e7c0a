"""Iranian lines with the house number first and the rest of Faker fa_IR's street suffixes (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_streets import script_street_spans


@pytest.mark.parametrize(
    ("note", "street"),
    [
        ("Key safe at back door of 710 یلدا جنب واحد 685 changed - ask office.", "710 یلدا جنب واحد 685"),
        ("letter to 12 نرگس جنب سوئیت 44 today", "12 نرگس جنب سوئیت 44"),
        ("parcel for 58 بهار پل واحد 3 today", "58 بهار پل واحد 3"),
    ],
)
def test_fa_suffixed_streets(note: str, street: str) -> None:
    assert street in [note[a:b] for a, b, _ in script_street_spans(note)]


def test_suffix_word_without_unit_is_no_street() -> None:
    assert script_street_spans("در 3 روز آینده جنب") == []
