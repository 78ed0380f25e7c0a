"""A local number a message thread passes on (helper CH, session 57); values are not set 42's."""

from __future__ import annotations

from safe_synthesizer.pii.text_phone_thread_turns import thread_phone_spans


def _found(text: str, regions: tuple[str, ...]) -> list[str]:
    return [text[a:b] for a, b, _ in thread_phone_spans(text, [], regions)]


def test_saved_number_in_a_thread_turn() -> None:
    assert _found("Me: is 8 ok? / ingrid: yes, ingrid x / Me: 91234567 saved", ("NO",)) == ["91234567"]
    assert _found("Ich: neue Nummer? / Lotte: 0176 23456789 / Ich: gespeichert", ("DE",)) == ["0176 23456789"]


def test_no_region_no_thread_no_number() -> None:
    note = "Me: is 8 ok? / ingrid: yes / Me: 91234567 saved"
    assert _found(note, ()) == []  # the table's phones name no region
    assert _found("Stock: 91234567 saved", ("NO",)) == []  # one turn: no thread
    assert _found("Me: how much? / Jo: 2024 / Me: ok", ("NO",)) == []  # too short a number
    at = note.index("912")
    assert thread_phone_spans(note, [(at, at + 8)], ("NO",)) == []  # found already
