from safe_synthesizer.pii.text_phone_after_person import phone_after_person_spans, phone_after_person_text_spans
from safe_synthesizer.pii.text_spans import TextSpan


def _person(text: str, name: str) -> list[TextSpan]:
    start = text.index(name)
    return [TextSpan(start, start + len(name), "first_name", 0.9)]


def _found(text: str, name: str, regions, known=()) -> list[str]:
    return [text[a:b] for a, b, _ in phone_after_person_spans(text, _person(text, name), regions, known)]


def test_a_subscriber_number_after_a_person_closing_the_clause():
    note = "Incident no. 75: a lost wallet; witness Jared. 932-8011"
    assert _found(note, "Jared", ("US",)) == ["932-8011"]
    assert _found("told Tadasy Nakasone, 9705132", "Tadasy Nakasone", ("FM",)) == ["9705132"]
    # six digits dialled locally on the Isle of Man
    assert _found("witness Leah. 500392", "Leah", ("IM",)) == ["500392"]


def test_an_area_code_of_the_tables_own_numbers_makes_it_valid():
    # a French number without its area digit: valid after the table's own "1" area
    note = "witness Maurice. 20288499"
    assert _found(note, "Maurice", ("FR",), known=("145678901", "143219876")) == ["20288499"]


def test_no_person_before_no_clause_end_no_phone():
    assert _found("witness Jared said 932-8011 was the code", "Jared", ("US",)) == []
    assert phone_after_person_spans("Incident no. 48, paid 932-8011", [], ("US",)) == []
    assert _found("Paid to Jared. 2019", "Jared", ("US",)) == []  # a year
    assert _found("Paid to Jared. 1.500", "Jared", ("US",)) == []  # thousands
    assert _found("Paid to Jared: 48", "Jared", ("US",)) == []  # a count
    assert _found("witness Jared. 932-8011", "Jared", ()) == []  # no plan


def test_text_spans_wrapper():
    note = "witness Jared. 932-8011"
    spans = phone_after_person_text_spans(note, _person(note, "Jared"), ("US",))
    assert [(s.start, s.end, s.entity) for s in spans] == [(15, 23, "phone_number")]
