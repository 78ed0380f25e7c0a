"""Streets named after a person (text_street_person_named)."""

from __future__ import annotations

from safe_synthesizer.pii.text_spans import TextSpan
from safe_synthesizer.pii.text_street_person_named import person_named_street_spans, with_person_named_streets


def _at(text: str, part: str, entity: str = "name") -> tuple[int, int, str]:
    a = text.index(part)
    return (a, a + len(part), entity)


def test_person_span_closed_by_a_type_word_is_a_street() -> None:
    text = "Power cut welfare check: Grace T. Pacaña, M.J. Cuenco Avenue - OK, torch. 0927 105 1692"
    got = person_named_street_spans(text, [_at(text, "Grace T. Pacaña"), _at(text, "M.J. Cuenco")])
    assert [text[a:b] for a, b, _ in got] == ["M.J. Cuenco Avenue"]


def test_house_number_and_initials_without_a_span() -> None:
    text = "Tabang: si Grace T. Pacaña sa 876 M.J. Cuenco Avenue makapalit og groceries."
    got = person_named_street_spans(text, [_at(text, "Grace T. Pacaña")])
    assert [text[a:b] for a, b, _ in got] == ["876 M.J. Cuenco Avenue"]


def test_venues_and_plain_people_stay() -> None:
    text = "Met Anna Lee Centre staff and John Hill today; 5 Ways Group"
    assert person_named_street_spans(text, [_at(text, "Anna Lee"), _at(text, "John Hill")]) == []


def test_with_spans_takes_the_person_span_place() -> None:
    text = "at M.J. Cuenco Avenue - OK"
    out = with_person_named_streets(text, [TextSpan(3, 14, "name", 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in out] == [("M.J. Cuenco Avenue", "street_address")]
