"""Session 26 (helper G): surnames a title or a role word marks, initials kept with their surname, NER and
layout spans that glued German/Dutch words to a name, repeats of inverted names (set 11 misses, seen)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_name_titled import role_lower_spans, titled_lower_spans
from safe_synthesizer.pii.text_replace import detect_text


def _found(fn, text: str) -> set[str]:
    return {text[a:b] for a, b, _ in fn(text)}


@pytest.fixture(scope="module")
def detector():
    det = load_text_detector([E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL, E.PHONE_NUMBER])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    return det


def _spans(detector, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in detector.find_spans([text])[0]]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Noise complaint about Mrs smith next door.", "smith"),
        ("Loss adjuster Dr. white attended on Tuesday.", "white"),  # an ordinary word: the title is the cue
        ("Il perito Sig.ra gallo ha effettuato il sopralluogo.", "gallo"),  # also a town, listed as surname
        ("Beschwerde von Herr siering wegen Lärm.", "siering"),  # in no list, in no English vocabulary
        ("Réponse de Dr da costa : votre dossier.", "da costa"),
        ("Met vriendelijke groet, mevr. van der veen, beheerder", "van der veen"),
        ("Références : Maître mercier.", "mercier"),
    ],
)
def test_lower_case_surname_after_a_title(text: str, surname: str) -> None:
    assert surname in _found(titled_lower_spans, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr and Mrs Smith came.",  # a function word
        "M. le maire a dit non.",  # an article before a noun
        "Father christmas came early.",  # a noun title before an ordinary word
        "Book a Dr appointment today.",  # an English noun
        "John Smith Sr. said hello.",  # a suffix, not a title
    ],
)
def test_words_after_titles_stay(text: str) -> None:
    assert titled_lower_spans(text) == []


def test_role_word_then_a_surname(detector) -> None:
    assert ("Bell", E.LAST_NAME) in _spans(detector, "hey its Rita Ward lol. my mate Bell wants one too")
    assert _found(role_lower_spans, "my mate walker wants one; mi amiga canales también") == {"walker", "canales"}
    assert role_lower_spans("customer service was slow; my friend will call; my mate little") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, this is T. Cross; my bill is twice the usual amount.", "T. Cross"),  # a word after an intro cue
        ("hey its B. Diaz lol", "B. Diaz"),  # the initial is replaced with the surname
        ("23:40 late arrival, guest jonathan king put in room 12", "jonathan king"),
        ("Dear parents of kristen smith, your child has made progress", "kristen smith"),
        ("Versicherungsnehmer Nerger, Camilla, geb. 20.02.1976, meldet", "Nerger, Camilla"),
        ("Geachte Rackham, Maxim, Jarihof 49: de huurachterstand", "Rackham, Maxim"),
        ("Liebe Eltern von Klaus-Dieter Weihmann, Ihr Kind hat sich verbessert.", "Klaus-Dieter Weihmann"),
        ("An Nora Ullrich, wohnhaft Zentaweg 60: Die Mietrückstände sind zu überweisen.", "Nora Ullrich"),
    ],
)
def test_names_found_whole_and_nothing_glued(detector, text: str, name: str) -> None:
    assert name in [v for v, e in _spans(detector, text) if e == E.NAME]


@pytest.mark.parametrize(
    "text",
    [
        "An Nora Ullrich, wohnhaft Zentaweg 60: Die Mietrückstände sind binnen vierzehn Tagen zu überweisen.",
        "Beschwerde von Herr Oderwald wegen Lärm, Zimmer getauscht.",
        "Buongiorno, sono elladio prada, la bolletta è raddoppiata. Vi prego di richiamarmi.",
        "Liebe Eltern von Klaus-Dieter Weihmann, Ihr Kind hat sich verbessert.",
        "Réponse de Dr da costa : votre dossier est en cours.",
    ],
)
def test_note_words_are_no_names(detector, text: str) -> None:
    found = " ".join(v for v, _ in _spans(detector, text))
    for word in ("An", "Die", "Mietrückstände", "Lärm", "Zimmer", "Vi", "Liebe", "Eltern", "Réponse"):
        assert word not in found.split()


def test_inverted_name_repeated_by_surname(detector) -> None:
    text = "hey its Bradley, Angela lol, my number is 5122255062. my mate Bradley wants one too"
    cells = detect_text(pd.Series([text]), detector)
    found = [text[s.start : s.end] for s in cells.spans[0]]
    assert found.count("Bradley") == 1 and "Bradley, Angela" in found


def test_sentence_start_repeat_that_is_a_word_stays(detector) -> None:
    text = "Loss adjuster Mrs Best attended on Tuesday. Best number 0114 496 0100."
    cells = detect_text(pd.Series([text]), detector)
    assert [text[s.start : s.end] for s in cells.spans[0] if s.entity in (E.NAME, E.LAST_NAME)] == ["Best"]


def test_french_me_before_a_verb_is_no_title() -> None:
    # session 48: "Me" is Maître and the pronoun "me"; before an unlisted word it is the pronoun
    assert titled_lower_spans("Bruit la nuit. Me joindre au 0612345678.") == []
    assert titled_lower_spans("Me rappeler demain svp") == []
    assert titled_lower_spans("Dossier suivi par Me dupont") == [(21, 27, "last_name")]
