"""Lower-case names marked by a message's layout (``text_name_lower_cues``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_lower_cues import lower_cue_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_cue_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # greeting and a mail header's display name
        ("Thanks margrit, ok.\n\n> On 07.07.2024, ellinor lindau <lk@mude.de> wrote:", ["ellinor lindau", "margrit"]),
        ("Thanks ALGIRDAS, ok.\n> On 2023-07-27, JONAS VSILIAUSKAS <vk@ak.com>:", ["JONAS VSILIAUSKAS", "ALGIRDAS"]),
        ("Sent by mark obasanjo <ks@jp.ng>", ["mark obasanjo"]),
        # sign-off at the end
        ("Please use 0857089087 from now on. Thanks, antoinette dirrane", ["antoinette dirrane"]),
        ("call me on the new number.\nKind regards,\nwilma brandt", ["wilma brandt"]),
        # initial and surname
        ("fyi s. moore came in about the deposit", ["s. moore"]),
        ("r. schmiedt did not turn up to the viewing", ["r. schmiedt"]),
        # after a field's colon
        ("Supervision 05/11/2024: dorita nadal attended on time.", ["dorita nadal"]),
        ("NAME: lotte rupp\nGeburtsdatum: 12.02.2000", ["lotte rupp"]),
        # role words and "number for"
        ("comment: customer elena zanetti says the payment was taken twice", ["elena zanetti"]),
        ("new starter michelle cooper - id 153-68-9423", ["michelle cooper"]),
        ("has anyone got a working number for sarah corbett? the one on file fails", ["sarah corbett"]),
    ],
)
def test_layout_marked_lower_case_names(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    spans = cued_name_spans(text)
    assert all(any(text[a:b] == n for a, b, _ in spans) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks again, see you soon",
        "thanks all, great work",
        "Best, the support team",
        "Kind regards,\nsales team",
        "Support Team <support@acme.com>",
        "Warehouse Manager <warehouse@x.com>",
        "Jordan Office <jo@x.com>",
        "order status: will ship",
        "Status: rose gold",
        "Note: grace period ends",
        "Colour: olive green",
        "vitamin d. take daily",
        "e.g. smith and wesson",
        "Plan b. brown envelope",
        "customer will call back",
        "customer may return the item",
        "new starter pack sent",
        "Delivered: jack stand and tools",
        "Tags: mark down",
        "Location: long beach",
        "Shop: marks spencer",
        "Brand: river island",
        "thanks, will do",
        "hi team,",
        # found in the clothing reviews: a sign-off word in a title, an inflected verb after a role word
        "Best summer jeans!",
        "my husband said it's not extra small",
    ],
)
def test_ordinary_words_in_the_same_layouts_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Q1 Your name? A: marina morcillo\nQ2 Date of birth? A: 01/06/1985", "marina morcillo"),
        ("NAME: marina morcillo", "marina morcillo"),
        ("Q: Full name?  Answer: marina morcillo", "marina morcillo"),
    ],
)
def test_a_questionnaire_answer_and_a_place_given_name_after_a_person_label(text, name):
    """Session 34: ``name? A:`` is a person label, and there a given name that is also a town counts."""
    found = [text[a:b] for a, b, _ in lower_cue_name_spans(text)]
    assert found == [name]


@pytest.mark.parametrize("text", ["Port: marina del rey", "Q3 Which town? A: marina bay"])
def test_a_place_given_name_needs_a_person_label(text):
    assert lower_cue_name_spans(text) == []
