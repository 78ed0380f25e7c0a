"""Lower-case surnames after lower-case professional titles (``text_name_intro._lower_titled``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_intro import intro_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in intro_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dzwonił(a) inż. chyb: nowy adres ul. Konarskiego 71", "chyb"),
        ("Call back req. eng. paiva says the inhaler ran out", "paiva"),
        ("tri heikkilä soitti: uusi osoite", "heikkilä"),
        ("Llamó lic. sarmiento: nueva dirección", "sarmiento"),
        # a surname the lists lack, after a title that is nothing else
        ("Llamó sra. colmenares: nueva dirección", "colmenares"),
        ("Ha chiamato ing. molinari: nuovo indirizzo", "molinari"),
    ],
)
def test_surnames_after_lower_case_titles(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ["mix ing. water slowly", "the eng. team meets", "pr team meeting", "see lic. number"])
def test_words_after_title_like_abbreviations_stay(text: str) -> None:
    assert _found(text) == []
