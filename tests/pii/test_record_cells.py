"""Tests of :mod:`safe_synthesizer.pii.record_cells`: a machine's records are no sentences."""

from __future__ import annotations

from safe_synthesizer.pii.record_cells import is_record_cell


def test_json_objects_and_elements_are_records() -> None:
    assert is_record_cell('{"street": "Via Roma 12, scala B", "city": "Bologna", "zip": "40121"}')
    assert is_record_cell('[{"line1": "4 Mill Lane"}, {"line1": "9 Kirk Wynd"}]')
    assert is_record_cell('<address kind="home">4 Mill Lane, Leeds LS6 2AB</address>')


def test_sentences_and_broken_records_are_not() -> None:
    assert not is_record_cell("Rang her twice about the delivery, she will call back {after lunch}.")
    assert not is_record_cell('{"street": "Via Roma 12", "city": ')
    assert not is_record_cell("<b>Ana</b> called about <i>the</i> invoice")
    assert not is_record_cell("[]")
