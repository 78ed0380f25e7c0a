"""Lower-case names in the slots of a pasted chat or SMS thread (speakers, bracketed speakers, ``says``)."""

import pytest

from safe_synthesizer.pii.text_name_chat_layouts import chat_layout_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in chat_layout_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gwendolyn: did the vet ring back? | Sam: not yet | gwendolyn: ok ta", "gwendolyn"),
        ("priyanka: where r u\nTom: at the gate\npriyanka: coming", "priyanka"),
        ("mthunzi: r u there / Ana: yes / mthunzi: k", "mthunzi"),  # a name no list holds, its slot written twice
        ("> morning, its francesca\n> dominik says the van is late\n> ok", "dominik"),
        ("> morning, its francesca\n> dominik says the van is late\n> ok", "francesca"),
        ("[oliwia kowalczyk] at the door now [Ben] coming. [oliwia kowalczyk] thx", "oliwia kowalczyk"),
        ("harriet: did stefanie pay?? / Jo: yes / harriet: great", "stefanie"),
        ("Roberto replied ok. gianluca said he will bring it", "gianluca"),
    ],
)
def test_names_in_a_thread_slot(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "user: where is my order / agent: let me check / user: thanks",
        "From: Ana Ruiz\nSent: Monday\nTo: office\nRe: invoice - send to 12 sandra trail",
        "note: gate code 4471 / status: open / note: ring first",
        "Q: does it run small? A: yes, order a size up. Q: colour? A: navy",
        "mon: 9-5 / tue: closed / mon: bring forms",
        "[draft] running late [final] all done",
        "it says ok on the box. the label says fragile",
        "> its fine\n> its ok lol\n> paris is lovely",
    ],
)
def test_no_names_in_labels_and_prose(text: str) -> None:
    assert _found(text) == []


def test_a_speaker_seen_once_needs_a_clear_given_name() -> None:
    # "brakowitz" is in no list: written once, its slot alone is no evidence.
    assert _found("brakowitz: hi / Ben: hello") == []
