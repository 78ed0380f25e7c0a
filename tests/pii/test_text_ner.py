"""text_ner: the English model's spans in notes of other languages (session 25, set 10 de_DE words kept 0.84).

The model's spans are given here as a stand-in ``doc`` so the rules are tested without the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_ner import ner_spans


@dataclass
class _Ent:
    text: str
    label_: str
    start_char: int


@dataclass
class _Doc:
    text: str
    ents: list[_Ent] = field(default_factory=list)


def _doc(text: str, *pieces: tuple[str, str]) -> _Doc:
    return _Doc(text, [_Ent(p, label, text.index(p)) for p, label in pieces])


def _spans(doc: _Doc) -> list[str]:
    return [doc.text[a:b] for a, b, _ in ner_spans(doc, lambda e: e in (E.NAME, E.CITY))]


def test_german_nouns_are_no_persons_or_places() -> None:
    text = (
        "Protokoll Teamsitzung: anwesend M. Weber und Anna Schmidt. Zwei Sterne, die Kasse war zu, "
        "am Haupteingang angetroffen."
    )
    doc = _doc(
        text,
        ("Protokoll Teamsitzung", "PERSON"),
        ("Anna Schmidt", "PERSON"),
        ("Zwei Sterne", "PERSON"),
        ("Kasse", "GPE"),
        ("Haupteingang", "LOC"),
    )
    assert _spans(doc) == ["Anna Schmidt"]


def test_listed_places_and_names_in_german_notes_stay() -> None:
    text = "Die Kundin ist nach Hamburg gezogen, und Frau Brigitte Wagner hat sich gemeldet."
    doc = _doc(text, ("Hamburg", "GPE"), ("Brigitte Wagner", "PERSON"))
    assert _spans(doc) == ["Hamburg", "Brigitte Wagner"]


def test_english_notes_keep_the_models_unlisted_names() -> None:
    # An English note trusts the model with names no list holds (the rule is for other languages).
    text = "The customer Zorblax Quennidy called about the delivery to Smallvillage."
    doc = _doc(text, ("Zorblax Quennidy", "PERSON"), ("Smallvillage", "GPE"))
    assert _spans(doc) == ["Zorblax Quennidy", "Smallvillage"]


def test_role_word_before_an_initial_is_cut() -> None:
    text = "Einsatzprotokoll: Person angetroffen. Zeuge M. Dvořák bestätigt die Angaben."
    doc = _doc(text, ("Zeuge M. Dvořák", "PERSON"))
    assert _spans(doc) == ["M. Dvořák"]
