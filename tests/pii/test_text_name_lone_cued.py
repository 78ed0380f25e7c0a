"""One-word names a note's layout or grammar marks (text_name_lone_cued)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lone_cued import lone_cued_name_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in lone_cued_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A minutes' apologies list: any name-shaped word, listed or not, ordinary or not.
        ("Attendance Thurs: Ana. Apologies: Phiri. Bring the scores.", ["Phiri"]),
        ("Apologies: Phiri, Gomes and Ana Silva. Next meeting soon.", ["Phiri", "Gomes", "Ana Silva"]),
        ("Attendance Thurs: Kerry. Apologies: White. Selena to bring", ["White", "Selena"]),
        # A chat line's speaker after a clock time, in any script.
        ("[18:40] Frank: Doris paid?\n[18:41] Mikael: yes to FI41 yesterday", ["Frank", "Mikael"]),
        ("[10:02] ผดุงพล ถนอมพล: is it?\n[10:03] ปิยวดี: yes", ["ปิยวดี"]),
        # The agent of a participle: a strict given name, or after a verb of a person's hand any unlisted word.
        ("Email invoice to a@b.com. Checked by Harriet.", ["Harriet"]),
        ("Email invoice to a@b.com. Checked by Momodou.", ["Momodou"]),
        ("Folder 14 still out - last signed for by Arthur (x@y.com).", ["Arthur"]),
        # A role of lending, letting or a club before a family name and a birth date.
        ("Letter returned. Borrower Burke born 30-Sep-1933, phone 07449", ["Burke"]),
        ("Letter returned. Borrower Short born 1994-09-01, phone 07454", ["Short"]),
        # A closing formula and a comma before one word that ends the note.
        ("Nouvelle adresse : Ninive. Merci, Kalolaine", ["Kalolaine"]),
        ("Ligar para confirmar a marcação. Obrigado, Braima", ["Braima"]),
        # Subject and object of a verb of contact; a given name as the note's last sentence.
        ("No reply yet. Phillip to ring Ann on +44 161 035 8916.", ["Phillip", "Ann"]),
        ("Folder 14 still out. Could someone ask Paride? Thanks", ["Paride"]),
        ("Isidro cancelled <24h again. Policy says charge.", ["Isidro"]),
        ("Subs outstanding from Kim Bray. Betty", ["Betty"]),
        ("Rebook w/ hygienist Herr R. Franke", []),  # an initial's stop ends no sentence
    ],
)
def test_cued_one_word_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # Things after "by", words after a closing formula, words ending a review.
        "Made by Apple.",
        "Sent by Post.",
        "Approved by Finance.",
        "Delivered by Monday.",
        "Great dress. Love, Mum",
        "Love it! Thanks, Amazing",
        "It runs small. Will",
        "Arrived late. Grace",
        # Words that are names and words, after weak cues.
        "Will to call back tomorrow.",
        "Please ask Grace about it.",
        "Apologies: None.",
        # One clock-time line is no chat; speakers that are roles are no names.
        "[10:00] Note: boiler serviced",
        "[10:00] Bot: hello\n[10:01] User: hi",
        "Chair Rose at 9. Borrower Little said so",
    ],
)
def test_words_stay(text: str) -> None:
    assert _found(text) == []


def test_kinds() -> None:
    spans = lone_cued_name_spans("Apologies: Phiri and Ana Silva.")
    assert [e for _, _, e in spans] == ["last_name", "name"]
