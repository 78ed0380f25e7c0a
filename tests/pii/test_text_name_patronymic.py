"""Names joined by a patronymic link word in free text (text_name_patronymic)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_patronymic import patronymic_name_spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dengan hormatnya, saya Rozita binti Kamaruddin memohon cuti.", "Rozita binti Kamaruddin"),
        ("Murid Faris bin Jamaluddin tidak hadir ke kelas semalam.", "Faris bin Jamaluddin"),  # unlisted, Malay
        ("Encik Ahmad bin Ismail akan datang.", "Ahmad bin Ismail"),  # the honorific stays out
        ("Guardian: Selvi a/p Krishnan", "Selvi a/p Krishnan"),
        ("NAMA: NOOR AZLINA BINTI OTHMAN", "NOOR AZLINA BINTI OTHMAN"),
        ("وصلت رسالة من خالد بن سعيد اليوم", "خالد بن سعيد"),
    ],
)
def test_patronymic_name(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b, _ in patronymic_name_spans(text)]
    assert any(a <= text.index(name) and text.index(name) + len(name) <= b for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Empty the Green bin Monday.", "Put it in the Recycling bin Tuesday", "The Kitchen bin Lid broke again."],
)
def test_english_bin_is_no_link(text: str) -> None:
    assert patronymic_name_spans(text) == []
