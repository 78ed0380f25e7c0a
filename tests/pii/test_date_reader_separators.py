"""Dates joined by a separator only exports write (``_ · | ~``), used alike twice: read, and written back so."""

from datetime import date

from safe_synthesizer.pii.birth_cue_reader import read_birth_cue_spans
from safe_synthesizer.pii.date_reader import read_date, shift_any_date


def test_rare_separators_read_when_used_alike_twice() -> None:
    assert read_date("26_05_1948").date == date(1948, 5, 26)
    assert read_date("30·05·1971").date == date(1971, 5, 30)
    assert read_date("30|MAY|1971").date == date(1971, 5, 30)
    assert read_date("11~10~1959").date == date(1959, 10, 11)
    assert read_date("26_05-1948") is None  # two different separators, one of them rare
    assert read_date("3_1") is None  # a score
    assert read_date("v1_2_2020") is None


def test_rare_separators_written_back_in_layout() -> None:
    assert shift_any_date("26_05_1948", 40) == "05_07_1948"
    assert shift_any_date("30·05·1971", 1) == "31·05·1971"


def test_birth_cue_reads_them_in_notes() -> None:
    text = "Fundsache: Ausweis von Jo Kern (geb. 10_09_1998) liegt an der Kasse, DOB 04|11|1941"
    spans = read_birth_cue_spans(text, today=date(2026, 12, 6))
    assert [text[a:b] for a, b, _ in spans] == ["10_09_1998", "04|11|1941"]
