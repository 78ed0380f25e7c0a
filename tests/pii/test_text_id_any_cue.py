"""text_id_any_cue: an id after any label's closing, by the table's id layout, a scheme's check or an id stem."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_any_cue import any_cue_id_spans, table_id_shapes

_SHAPES = table_id_shapes(["GY2F330SW", "id=H71JGBE9E", "[PK] 42101-0292665-5", "98 11 359297 — seen", None])


def _found(text: str, shapes=()) -> list[str]:
    return [text[a:b] for a, b, _ in any_cue_id_spans(text, [], shapes)]


def test_the_table_id_layouts() -> None:
    assert {"99999-9999999-9", "99 99 999999", "X9"} <= _SHAPES


@pytest.mark.parametrize(
    ("text", "shapes", "value"),
    [
        ("venduda per Dòna Rouquette (carta d'identitat n° BBH50NJ4H), escriure", (), "BBH50NJ4H"),
        ("venduda per Dòna Fabre (n° DCCXCJCY9), escriure", _SHAPES, "DCCXCJCY9"),
        ("Bar tab for زاہد شیخ, شناختی کارڈ نمبر: 37405-8749761-9. Kays", (), "37405-8749761-9"),
        ("(ആധാർ: 6901 7925 1805), ഇമെയിൽ", (), "6901 7925 1805"),
        ("Велосипед (паспорт № 98 10 167652), petr@mail.ru", _SHAPES, "98 10 167652"),
    ],
)
def test_an_id_after_a_label_of_any_language(text: str, shapes, value: str) -> None:
    assert _found(text, shapes) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Order no. AB12345CD shipped",
        "Commande n° 2024-00123 livrée",
        "Cert no. CS91718 issued",
        "Time: 14:30, score: 12-10",
        "Meet at 10:30. Tel: 06 12 34 56 78",
        "Stage 3: ABC1234 level",
        "Room #12, table: 4",
    ],
)
def test_no_id_in_record_numbers_times_or_scores(text: str) -> None:
    assert _found(text, _SHAPES) == []
