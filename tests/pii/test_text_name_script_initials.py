"""Dotted initials of any script before a found name join the name (text_name_script_initials)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_script_initials import script_initial_name_spans, with_script_initial_names
from safe_synthesizer.pii.text_spans import TextSpan


def _span(text: str, name: str, entity: str = "name") -> tuple[int, int, str]:
    a = text.index(name)
    return (a, a + len(name), entity)


def test_tamil_initial_with_vowel_sign_joins_the_name() -> None:
    text = "Afternoon tea for மா. பிரியா, Lady Astor Room. 9250 7221"
    got = script_initial_name_spans(text, [_span(text, "பிரியா")])
    assert [text[a:b] for a, b, _ in got] == ["மா. பிரியா"]


def test_one_letter_tamil_initial_and_signature_line() -> None:
    text = "cc: ப. தேவி - pot\n-- \nப. தேவி"
    spans = [_span(text, "தேவி"), (text.rindex("தேவி"), len(text), "first_name")]
    got = script_initial_name_spans(text, spans)
    assert [text[a:b] for a, b, _ in got] == ["ப. தேவி", "ப. தேவி"]
    assert all(e == "name" for _, _, e in got)


def test_chained_kannada_letter_names() -> None:
    text = "Prize money to ಟಿ. ಕೆ. ನಾಗರಾಜ್, H.No. 986"
    got = script_initial_name_spans(text, [_span(text, "ನಾಗರಾಜ್")])
    assert [text[a:b] for a, b, _ in got] == ["ಟಿ. ಕೆ. ನಾಗರಾಜ್"]


def test_latin_capital_initial_joins_but_titles_do_not() -> None:
    text = "Call J. Smith or Dr. Jones, St. Mary"
    spans = [_span(text, "Smith", "last_name"), _span(text, "Jones", "last_name"), _span(text, "Mary", "first_name")]
    got = script_initial_name_spans(text, spans)
    assert [text[a:b] for a, b, _ in got] == ["J. Smith"]


def test_long_word_or_glued_dot_is_no_initial() -> None:
    text = "வாங்கித் தருவார். ராமன் called; user.x ராமன்; H.No. ராமன்"
    spans = [(m, m + 5, "name") for m in (text.index("ராமன்"), text.index("x ராமன்") + 2, text.rindex("ராமன்"))]
    assert script_initial_name_spans(text, spans) == []


def test_street_named_after_initials_keeps_them() -> None:
    text = "Power cut: Karla Simmons, M.J. Cuenco Avenue - OK"
    got = script_initial_name_spans(text, [_span(text, "Cuenco Avenue", "street_address")])
    assert got == [(text.index("M.J."), text.index(" - OK"), "street_address")]


def test_other_spans_are_left_alone() -> None:
    text = "tel A. 555 0101"
    assert script_initial_name_spans(text, [_span(text, "555 0101", "phone_number")]) == []


def test_with_spans_replaces_the_inner_span() -> None:
    text = "for மா. பிரியா, tea"
    a = text.index("பிரியா")
    out = with_script_initial_names(text, [TextSpan(a, a + len("பிரியா"), "first_name", 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in out] == [("மா. பிரியா", "name")]


def test_letter_name_read_as_given_name_is_absorbed() -> None:
    text = "Entry: ಎಂ. ಎನ್. ಶಿವಕುಮಾರ್ in the Royal Stewart"
    a = text.index("ಎನ್")
    spans = [(a, a + 3, "first_name"), _span(text, "ಶಿವಕುಮಾರ್", "last_name")]
    got = script_initial_name_spans(text, spans)
    assert [text[x:y] for x, y, _ in got] == ["ಎಂ. ಎನ್. ಶಿವಕುಮಾರ್"]


def test_initial_held_by_another_kind_of_span_blocks() -> None:
    text = "id ಎಂ. ರಾಮ"
    spans = [(3, 6, "national_id"), _span(text, "ರಾಮ")]
    assert script_initial_name_spans(text, spans) == []
