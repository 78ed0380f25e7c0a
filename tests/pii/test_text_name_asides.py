"""Names whose slot an aside in brackets interrupts (text_name_asides)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_asides import aside_free_name_spans, known_aside_spans, without_asides


def _values(text: str, spans) -> list[str]:
    return [text[s[0] : s[1]] for s in spans]


def test_without_asides_maps_positions() -> None:
    view, cuts = without_asides("kim (chorus) needs a form (blue) today")
    assert view == "kim needs a form today"
    assert cuts == [(3, 9), (16, 16)]


def test_lower_subject_before_a_role_aside() -> None:
    text = "jessica (chorus) needs a licence, parent to sign."
    assert _values(text, aside_free_name_spans(text)) == ["jessica"]


def test_capitals_subject_after_an_earlier_aside() -> None:
    text = "Room (large) booked; SALAS (captain) allergic to nuts"
    assert _values(text, aside_free_name_spans(text)) == ["SALAS"]


def test_no_name_before_an_aside() -> None:
    for text in ("payment (cash) needs a receipt", "the dress (size 8) runs small", "rose (pink) needs water"):
        assert aside_free_name_spans(text) == []


def test_table_words_fill_the_slot() -> None:
    text = "chedmond (chorus) needs a licence"
    assert aside_free_name_spans(text) == []
    found = known_aside_spans(text, [], row={"chedmond": "first_name"})
    assert [(s.start, s.end, s.entity) for s in found] == [(0, 8, "first_name")]
