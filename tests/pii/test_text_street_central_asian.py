"""Street lines of Tajik, Uzbek, Kazakh and Kyrgyz Cyrillic notes (text_street_central_asian)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_central_asian import central_asian_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in central_asian_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("мулоқот дар кӯч. Бобоҷон Ғафуров 21, хонаи 4 баргузор шуд", "кӯч. Бобоҷон Ғафуров 21, хонаи 4"),
        ("суроға: кӯчаи Рӯдакӣ 88", "кӯчаи Рӯдакӣ 88"),
        ("NO ANSWER at кӯч. Ҷ. Расулов 3/2. Left card.", "кӯч. Ҷ. Расулов 3/2"),
        ("Манзил: Амир Темур кўчаси 45, 12-уй.", "Амир Темур кўчаси 45, 12-уй"),
        ("lives on кўч. Мустақиллик 9", "кўч. Мустақиллик 9"),
        ("Мекенжай: Төле би көшесі, 73, пәтер 18", "Төле би көшесі, 73, пәтер 18"),
        ("Курьер: Манас көчөсү 101, кв. 7", "Манас көчөсү 101, кв. 7"),
    ],
)
def test_a_street_line_with_its_type_word_and_house_is_found(text, street):
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "кӯча хеле васеъ аст, 5 дақиқа роҳ",  # a sentence about a street: no name and house
        "Navoiy ko'chasi 12",  # Latin Uzbek: not this module's
        "ул. Ленина, д. 5",  # Russian: text_cyrillic_streets'
        "Order 4471 shipped on 12.03.2024",
    ],
)
def test_prose_and_other_scripts_are_left(text):
    assert _found(text) == []


def test_replace_pii_takes_a_tajik_street_line_out_of_a_note() -> None:
    """Wired into ``text_detector``: the street line and its flat go, the rest of the note stays."""
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    notes = [f"no reply at кӯч. Бобоҷон Ғафуров {n}, хонаи {n + 3}, left form" for n in range(1, 13)]
    df = pd.DataFrame({"note": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["note"].tolist()
    assert not any("Ғафуров" in cell for cell in out)
    assert all(cell.startswith("no reply at ") and cell.endswith(", left form") for cell in out)
