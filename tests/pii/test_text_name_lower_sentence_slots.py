"""Lower-case full names in the person slots of a note's sentence (helper TL, session 55)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lower_sentence_slots import lower_sentence_slot_spans


def _found(text: str) -> list[str]:
    return sorted(text[a:b] for a, b, _ in lower_sentence_slot_spans(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Near miss - mohammad field tripped over a cable. Spoke to Brown about it.", ["mohammad field"]),
        ("Loan extended for sandra davis, call back on 2013439133.", ["sandra davis"]),
        ("Deposit taken by card from linda castillo, balance on the day.", ["linda castillo"]),
        ("Morgan and Joe sharing pen B3 as asked by andrew romney. Key left at 66 Holmes Square", ["andrew romney"]),
        ("Photo consent withdrawn by ida chittolini. Do not use Claudia.", ["ida chittolini"]),
        ("marcus kun didn't turn up, no refund.", ["marcus kun"]),
        ("Mat injury, victor donoso arellano jarred wrist.", ["victor donoso arellano"]),
        ("Rota: Mrs Jungfer, Salih, lissi stroh + Yvette Rosemann on Saturday.", ["lissi stroh"]),
        ("Apologies from Kerry, Mrs Kirk-Connolly + joel dixon. Leonard Murphy only.", ["joel dixon"]),
        ("Loan extended for giuseppe pieper, call back on 017799698018.", ["giuseppe pieper"]),
    ],
)
def test_lower_names_in_slots(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "as asked by the manager, the loan was extended for two weeks.",
        "Made by dawn suits are the bomb. the bottom is a bit short",
        "Deposit taken by card from the shop, balance on the day.",
        "Near miss - cable tripped the alarm twice.",
        "love the color, fit and feel. great for summer, rose gold buttons.",
        "i ordered the petite, true to size and comfortable.",
        "Rota: Mrs Jungfer, keys + van on Saturday.",
    ],
)
def test_words_stay(text: str) -> None:
    assert _found(text) == []
