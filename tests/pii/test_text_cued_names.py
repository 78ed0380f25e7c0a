"""Session 23: names that only their context marks (lower-case names after an introduction, lone
first names after an address cue, ``Surname, F.``). Each case failed before the fix."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.text_cued_names import cued_name_spans


@pytest.fixture(scope="module")
def detector():
    det = T.load_text_detector(KNOWN_ENTITIES)
    if det is None:
        pytest.skip("pii extra not installed")
    return det


def _found(detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.find_spans([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[chat] visitor: hi its sarah again", "sarah"),
        ("Rx collected by elaine long as proxy for the patient", "elaine long"),  # a surname that is a word
        ("Rx collected by clare brown as proxy", "clare brown"),  # a given name that is also a town
        ("user: my name is anna kowalski and i need help", "anna kowalski"),
        ("ok this is maria from accounts", "maria"),
        ("je suis marie dubois, merci", "marie dubois"),
        ("Dear parents of Tullio,\nthe trip money is due on Friday.", "Tullio"),
        ("Avviso della scuola: Tullio oggi esce alle 12.", "Tullio"),
        ("Refill request from Karz, C. (ward 3) - allergy noted.", "Karz, C."),  # the initial too
        ("Refill request from Butler, D. (ward 3)", "Butler, D."),
    ],
)
def test_cued_names_are_found(detector, text: str, name: str) -> None:
    assert name in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "its long and flowy, i'm petite and it's brown",  # words after "it's"/"i'm" in reviews
        "i am fair skinned and i'm small-chested; this is the best top",
        "its rose gold and i am fair",
        "it is ivory and it's silk, i am fuller in the hips",  # words some Faker name lists hold
        "collected by will at noon",  # a name that is a word, without a surname after it
        "Washington, D.C. is lovely",  # a place and initials, not "Surname, F."
        "Note: Please call the office.",  # a capitalised word after a colon that is no first name
        "Size: Small fits well",
    ],
)
def test_words_after_cues_are_kept(text: str) -> None:
    assert cued_name_spans(text) == []


def test_lower_surname_after_intro_from_every_locale_list() -> None:
    # "it's zita kobielská": a Slovak surname only the wider family lists hold; before, "zita" alone was
    # the span and the surname stayed in the fake ("it's radovana kobielská").
    text = "CALLER: it's zita kobielská. ASSISTANT: Can you confirm"
    assert (text.index("zita"), text.index(".")) in [(a, b) for a, b, _ in cued_name_spans(text)]
    # A surname that is an ordinary word still needs the main lists: "it's rose gold" stays.
    assert cued_name_spans("it's rose gold and i'm petite") == []
