"""A found name runs to the end of its run of name words (text_name_run_closure)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_run_closure import run_closure_name_spans, with_run_closure_names
from safe_synthesizer.pii.text_spans import TextSpan


def _at(text: str, part: str, entity: str = "name") -> tuple[int, int, str]:
    a = text.index(part)
    return (a, a + len(part), entity)


def _grown(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return [text[a:b] for a, b, _ in run_closure_name_spans(text, spans)]


def test_tail_after_a_capped_run_closes_at_the_bracket() -> None:
    text = "Bapak Ida Bagus Komang Agus Wirawan (born 1969) moves."
    assert _grown(text, [_at(text, "Ida Bagus Komang Agus")]) == ["Ida Bagus Komang Agus Wirawan"]


def test_all_capitals_tail() -> None:
    text = "Licence check: IDA AYU KOMANG AYU LESTARI, document number 5102055611810626."
    assert _grown(text, [_at(text, "IDA AYU KOMANG AYU")]) == ["IDA AYU KOMANG AYU LESTARI"]


def test_bridge_between_two_found_parts() -> None:
    text = "Power cut welfare check: Ni Made Dewi, Jl. Bypass Ngurah Rai - OK"
    spans = [_at(text, "Ni", "first_name"), _at(text, "Dewi")]
    assert _grown(text, spans) == ["Ni Made Dewi"]


def test_prose_words_do_not_join() -> None:
    for text, part in (
        ("Met Anna Lee Monday, at noon", "Anna Lee"),
        ("Met Anna Lee today, at noon", "Anna Lee"),
        ("Met Anna Lee Hospital staff, at noon", "Anna Lee"),
        ("Anna Lee Group Meeting rescheduled", "Anna Lee"),
    ):
        assert _grown(text, [_at(text, part)]) == [], text


def test_one_word_span_gets_no_tail_and_joiners_do_not_bridge() -> None:
    text = "Thanks Anna Kowalczyk, ok"
    assert _grown(text, [_at(text, "Anna")]) == []
    text = "Anna Lee And Tom Hill, ok"
    assert _grown(text, [_at(text, "Anna Lee"), _at(text, "Tom Hill")]) == []


def test_caseless_words_never_join() -> None:
    text = "ராமன் மற்றும் சீதா, ok"
    assert _grown(text, [_at(text, "ராமன்"), _at(text, "சீதா")]) == []


def test_with_spans_replaces_the_parts() -> None:
    text = "Ni Made Dewi, ok"
    out = with_run_closure_names(text, [TextSpan(0, 2, "first_name", 0.9), TextSpan(8, 12, "name", 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in out] == [("Ni Made Dewi", "name")]
