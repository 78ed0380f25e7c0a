"""Other-case mentions of a found person and lower-case pair mates (text_name_case_echoes)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_case_echoes import case_echo_spans


def _found(text: str, names: list[str]) -> list[tuple[str, str]]:
    spans = [(text.index(n), text.index(n) + len(n), "name") for n in names]
    return [(text[a:b], e) for a, b, e in case_echo_spans(text, spans)]


def test_signoff_repeats_a_found_given_name_in_lower_case() -> None:
    assert _found("League: Sandra Gallagher top score. ^sandra", ["Sandra Gallagher"]) == [("sandra", "first_name")]


def test_capitals_name_repeated_in_lower_case() -> None:
    assert _found("JOSHUA HENRY-BURTON unhappy. joshua rang", ["JOSHUA HENRY-BURTON"]) == [("joshua", "first_name")]


def test_lower_case_pair_mate_of_a_found_name() -> None:
    assert _found("klaus and Branko doubles on the late shift.", ["Branko"]) == [("klaus", "name")]


def test_ordinary_words_in_running_text_are_left() -> None:
    assert _found("Grace Kelly called. days of grace apply", ["Grace Kelly"]) == []
    assert _found("Will Smith phoned; will call back", ["Will Smith"]) == []
    assert _found("Mark Rose came. mark the rose bed", ["Mark Rose"]) == []
    assert _found("bread and Taylor", ["Taylor"]) == []
