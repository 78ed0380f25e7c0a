"""One capitalised name in more person slots of a note's sentence (helper TL, session 55)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_sentence_word_slots import sentence_word_slot_spans


def _found(text: str) -> list[str]:
    return sorted(text[a:b] for a, b, _ in sentence_word_slot_spans(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Near miss - jamie brown tripped. Spoke to Flynn-Nolan about it.", ["Flynn-Nolan"]),
        ("Rang 06-12-94-48-81, no answer. Told Laure to check it.", ["Laure"]),
        ("Txt from Amalie: can Amalie come instead of Bähr? Reply to 016257805424", ["Bähr"]),
        ("Réclamation de astrid mahe, vu avec René. Mme Mahe attend un geste.", ["René"]),
        ("Reclamo di ruggero argento, gestito da Gastone. Sig. Argento vuole un rimborso.", ["Gastone"]),
        ("Queja de sara medina; la atendió Fabiola. Sra. Medina pide descuento.", ["Fabiola"]),
        ("Reclamação de miriam neto, tratada pela Ismael.", ["Ismael"]),
        ("Dr. Hill resole - Walker says left heel first.", ["Walker"]),
        ("Brunet wants the Makita drill again next week.", ["Brunet"]),
        ("van Tours moving to Noëlleweg, newsletter there from now.", ["van Tours"]),
        ("Leticia DOB 06/8/1954 - too young for the open.", ["Leticia"]),
        ("Mendiola party - 14 kids, pizza for all.", ["Mendiola"]),
        ("Mat injury, wrist. First aid Aarón. Parent informed.", ["Aarón"]),
        ("Quarter peal for Motlatsi Ntšekhe's wedding on Sat.", ["Motlatsi Ntšekhe"]),
        ("Paid cash to Alana. Receipt emailed.", ["Alana"]),
        ("Please cover next Tues - ring Miner on +31 6 12187683.", ["Miner"]),
    ],
)
def test_names_in_slots(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Spoke to London about it.",
        "Parking says no vans after six.",
        "Birthday party - 14 kids, pizza for all.",
        "Told May to check it.",
        "Paid cash to the driver.",
        "Spoke to the manager about it.",
        "Saturday's wedding was lovely.",
        "First aid kit restocked.",
        "Ring Monday on 0161 555 0100.",
    ],
)
def test_words_stay(text: str) -> None:
    assert _found(text) == []
