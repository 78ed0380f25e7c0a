"""SQL inserts pasted into notes (session 33): a value's column in the column list is its key."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_keyed_sql import sql_value_slots
from safe_synthesizer.pii.text_patterns import _DATE
from safe_synthesizer.pii.text_structured import structured_spans


def test_values_are_read_by_their_columns():
    text = "INSERT INTO members (full_name, birth_dt, ref) VALUES ('Ida Brandsma', '1962-05-23', 'K-88');"
    assert [(c, text[a:b]) for c, a, b in sql_value_slots(text)] == [
        ("full_name", "Ida Brandsma"), ("birth_dt", "1962-05-23"), ("ref", "K-88")
    ]  # fmt: skip
    found = [(text[a:b], e) for a, b, e in structured_spans(text, _DATE)]
    assert ("1962-05-23", E.DATE_OF_BIRTH) in found


def test_several_rows_and_bare_numbers():
    text = 'insert into t ("dob", amount) values (\'04.07.1977\', 12.5), (\'11.02.1980\', 7)'
    found = [(text[a:b], e) for a, b, e in structured_spans(text, _DATE)]
    assert [v for v, e in found if e == E.DATE_OF_BIRTH] == ["04.07.1977", "11.02.1980"]


def test_dates_of_other_columns_stay():
    text = "INSERT INTO orders (id, order_date, total) VALUES (88123, '2024-03-11', 19.99);"
    assert [e for _, _, e in structured_spans(text, _DATE)] == []
