"""Names after Indonesian and Malay honorifics (``text_name_indonesian``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_indonesian import honorific_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in honorific_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mohon hubungi Bapak Makuta Hutapea besok", ["Makuta Hutapea"]),
        ("PAK FARHUNNISA SUARTINI datang jam 9", ["FARHUNNISA SUARTINI"]),
        ("Sdri. Lintang Pranowo melaporkan tagihan ganda", ["Lintang Pranowo"]),
        ("Pak Budi dan keluarga", ["Budi"]),
        ("Ibu Sari sudah bayar", ["Sari"]),
    ],
)
def test_names_after_honorifics(text: str, names: list[str]) -> None:
    assert _found(text) == names
    assert all(any(text[a:b] == n for a, b, _ in name_pair_spans(text)) for n in names)


@pytest.mark.parametrize("text", ["Ibu Kota Jakarta", "Bu Guru datang", "Pak RT sudah datang", "Bapak Presiden"])
def test_roles_and_places_after_honorifics_stay(text: str) -> None:
    assert _found(text) == []
