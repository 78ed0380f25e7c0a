"""Names in another script inside a note in Latin letters, after a person cue (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_foreign_script import foreign_script_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in foreign_script_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Away this week; please contact مريم خليفة النعيمي on 5512 3344.", ["مريم خليفة النعيمي"]),
        ("Notes for يوسف الهاجري's file are in the cabinet.", ["يوسف الهاجري"]),
        ("Queries should be referred to Батбаяр Ганзориг.", ["Батбаяр Ганзориг"]),
        ("No reply; daughter सुनीता पाटील says he is away.", ["सुनीता पाटील"]),
        ("Carer יעל כהן will collect the pack.", ["יעל כהן"]),
        ("Declaration witnessed by ناصر أبو حيمد. Fee paid.", ["ناصر أبو حيمد"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Letter sent to شارع الملك فهد 12",
        "Client moved to ул. Ленина 5",
        "Ship with Почта России tomorrow",
        "Prices for Почта России parcels",
        "Contact Газпром Нефть 8 800 100 00",
        "Client lives at пер. Некрасова, д. 78",
        "مريم خليفة النعيمي اتصلت اليوم بخصوص الطلب",  # Arabic prose: the Arabic rules read it
    ],
)
def test_kept(text: str) -> None:
    assert _found(text) == []
