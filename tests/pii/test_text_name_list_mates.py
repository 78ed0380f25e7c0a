"""The other items of a list of full names (own examples)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_list_mates import list_mate_spans, with_list_mates
from safe_synthesizer.pii.text_spans import TextSpan


def _span(text: str, value: str, entity: str = "name") -> tuple[int, int, str]:
    start = text.index(value)
    return (start, start + len(value), entity)


def test_mates_of_a_found_name() -> None:
    text = "Crew: Tawanda Moyo, Joseph Banda and Rudo Ncube (all ok)."
    found = list_mate_spans(text, [_span(text, "Joseph Banda")])
    assert sorted(text[a:b] for a, b, _ in found) == ["Rudo Ncube", "Tawanda Moyo"]


def test_mates_of_a_surname_named_elsewhere() -> None:
    text = "Lodgers: Kudzai Sibanda and Chipo Dube. Complaint from Mr Sibanda."
    surname = text.rindex("Sibanda")
    found = list_mate_spans(text, [(surname, surname + 7, "last_name")])
    assert sorted(text[a:b] for a, b, _ in found) == ["Chipo Dube", "Kudzai Sibanda"]


def test_no_mates_of_words() -> None:
    text = "Teams: Sales Team, Joseph Banda and Marketing Group."
    assert list_mate_spans(text, [_span(text, "Joseph Banda")]) == []
    text = "Visited New York, Los Angeles and Joseph Banda."
    assert list_mate_spans(text, [_span(text, "Joseph Banda")]) == []
    text = "Suppliers Acme Ltd, Joseph Banda and Moyo Holdings."
    assert list_mate_spans(text, [_span(text, "Joseph Banda")]) == []


def test_no_list_no_mates() -> None:
    text = "Tawanda Moyo met Joseph Banda."
    assert list_mate_spans(text, [_span(text, "Joseph Banda")]) == []


def test_text_spans() -> None:
    text = "Crew: Tawanda Moyo and Joseph Banda."
    spans = [TextSpan(23, 35, "name", 0.85)]
    out = with_list_mates(text, spans)
    assert [text[s.start : s.end] for s in out] == ["Joseph Banda", "Tawanda Moyo"]


def test_an_inverted_model_span_across_two_items_is_cut() -> None:
    from safe_synthesizer.pii.text_name_list_mates import with_list_mates
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "Attending: Colm Reddy, Tariq Osei, Bruno Falk. Minutes by the clerk."
    a, b = text.index("Colm"), text.index("Osei")
    spans = [TextSpan(a, a + 10, "name", 0.85), TextSpan(b, text.index(". Min"), "name", 0.85)]
    found = sorted(text[s.start : s.end] for s in with_list_mates(text, spans))
    assert found == ["Bruno Falk", "Colm Reddy", "Tariq Osei"]
    assert all(s.score == 0.85 for s in with_list_mates(text, spans))


def test_a_cyrillic_roll_call_from_the_model() -> None:
    from safe_synthesizer.pii.text_name_list_mates import with_list_mates
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "Присутствуют: Нурлан Бекбоев, Айгуль Осмонова, Бакыт Жумабаев."
    a = text.index("Осмонова")
    spans = [TextSpan(14, 28, "name", 0.85), TextSpan(a, len(text) - 1, "name", 0.85)]
    found = sorted(text[s.start : s.end] for s in with_list_mates(text, spans))
    assert found == ["Айгуль Осмонова", "Бакыт Жумабаев", "Нурлан Бекбоев"]


def test_particle_tails_and_repeated_given_names_join() -> None:
    from safe_synthesizer.pii.text_name_list_mates import with_list_mates
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "Fitting by Jónleif í Túni today. Thx Jónleif"
    a = text.index("Jónleif")
    found = sorted(text[s.start : s.end] for s in with_list_mates(text, [TextSpan(a, a + 7, "first_name", 0.85)]))
    assert found == ["Jónleif", "Jónleif í Túni"]
