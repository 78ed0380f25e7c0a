"""The senders of a message thread pasted into a note (helper CH, session 57); values are not set 42's."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_thread_labels import thread_label_spans, thread_turns


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in thread_label_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Me: still on for Friday? / graham: yep, graham x / Me: great", ["graham", "graham"]),
        ("Priya: outside now / Me: coming down / Priya: ta", ["Priya", "Priya"]),
        ("[09:12] Ich: bin gleich da\n[09:14] Jürgen: ok, warte vorne", ["Jürgen"]),
        ("12/03/2026, 14:05 - Eu: chego às 3\n12/03/2026, 14:06 - joão pereira: combinado", ["joão pereira"]),
        ("Yo: ¿mañana a las 5? | Rocío: vale | Yo: perfecto", ["Rocío"]),
        ("Me: what time? / 美玲: 3pm, see you 美玲 / Me: ok", ["美玲", "美玲"]),
        ("keanu: late again / Tom: np / keanu: sorry", ["Tom", "keanu", "keanu"]),
    ],
)
def test_thread_senders_are_names(note: str, names: list[str]) -> None:
    assert sorted(_found(note)) == sorted(names)


@pytest.mark.parametrize(
    "note",
    [
        "Mum: dinner at 6 / Me: ok x",  # kin
        "Office: van is booked / Me: thanks / Office: np",  # a place of work
        "Q: when? / A: tomorrow / Q: ok",  # fields
        "Name: none given / Phone: 0 / Name: unknown",  # a form's labels
        "Note: call back. Status: open",  # two labels, none repeated, no writer
        "Me: ok? / Will: yes I will / Me: ta",  # a function word in another slot
        "我: 到了 / 老公: 好的 / 我: 嗯",  # a thread in a script without a vocabulary here
        "Reception: parcel in / Me: thanks / Driver: left at door",
    ],
)
def test_no_person_labels(note: str) -> None:
    assert thread_label_spans(note) == []


def test_a_single_label_is_no_thread() -> None:
    assert thread_turns("Priya: outside now, running late") == []
    assert thread_label_spans("Subject: refund for Priya. Ref: 22") == []


def test_an_unlisted_label_needs_the_writers_label() -> None:
    assert _found("Me: where r u / teboho: at the gate / Me: ok") == ["teboho"]
    assert thread_label_spans("Obsq: stable / Tempq: 37.2 / Obsq: stable") == []
