"""Names a sentence opens as its subject and names that are a dialogue turn's whole answer (held-out set 16:
loan officer visits 'brianna wilson was not at home' 0/14, physio 'Gitta manages 20 min' 0.15, voice
transcripts 'user: ann-kathrin van der dussen.' kept before this rule)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_subject import subject_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in subject_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Field visit, group 4. brianna wilson was not at home (Juliehof 845).", "brianna wilson"),
        ("Field visit, group 4. michelle castillo was not at home.", "michelle castillo"),
        ("session 5 - Gitta manages 20 min on the bike now.", "Gitta"),
        ("Lesson 7: danica worked on G major scales.", "danica"),
        ("Lesson 7: LESLIE worked on G major scales.", "LESLIE"),
        ("bot: please say your full name. user: ann-kathrin van der dussen. bot: thanks", "ann-kathrin van der dussen"),
        ("user: latasha cochran. bot: ok", "latasha cochran"),
    ],
)
def test_subject_and_answer_names(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Will reports back. May says hi. Grace periods apply. Rose grows well.",
        "mark down was applied. rose bush grows by the gate.",
        "note: mark down. status: pending review.",
        "Paris agreed. Jordan sends regards. Victoria reports.",
        "Summer sales are up. Amber waves. Sandy beaches were closed.",
        "session 5 - michael manages 20 min",  # lower case and an English word (WordNet's noun)
    ],
)
def test_words_that_open_sentences_stay(text: str) -> None:
    assert _found(text) == []


def test_cued_names_include_subjects() -> None:
    text = "Field visit, group 4. brianna wilson was not at home."
    assert (22, 36) in [(a, b) for a, b, _ in cued_name_spans(text)]
