"""The id cell reader: the id inside a cell found by its scheme's check, the dressing kept apart."""

from __future__ import annotations

from safe_synthesizer.pii.id_cell_reader import read_id_cell


def test_document_word_before_a_slash_is_dressing() -> None:
    cell = read_id_cell("NIC/ 69133805Z")
    assert cell is not None
    assert (cell.before, cell.core, cell.after) == ("NIC/ ", "69133805Z", "")
    assert "es.dni" in cell.schemes
    assert cell.dressed


def test_expiry_after_a_spaced_id_is_dressing() -> None:
    cell = read_id_cell("RL 32 38 94 B (exp. 2035-07)")
    assert cell is not None
    assert cell.core == "RL 32 38 94 B"
    assert cell.after == " (exp. 2035-07)"


def test_words_of_any_language_around_a_checked_id() -> None:
    assert read_id_cell("DOC/ NSVMQP33M23F440H").core == "NSVMQP33M23F440H"
    assert read_id_cell("BSN 371740691 gezien 12-03-2024").core == "371740691"
    assert read_id_cell("DNI: 12345678Z").before == "DNI: "


def test_bare_id_reads_without_dressing() -> None:
    cell = read_id_cell("12345678Z")
    assert cell is not None and not cell.dressed


def test_a_second_number_or_a_record_word_makes_no_id_cell() -> None:
    assert read_id_cell("12345678Z, 87654321X") is None
    assert read_id_cell("Tel 0612 345 678 / 0612 345 679") is None
    assert read_id_cell("Order 12345678Z") is None
    assert read_id_cell("Factura 12345678Z") is None


def test_numbers_of_no_scheme_are_no_id_cells() -> None:
    assert read_id_cell("35.675835") is None
    assert read_id_cell("2001-001") is None
    assert read_id_cell("ID seen") is None
