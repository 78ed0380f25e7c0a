"""Id columns told by the document their cells name (``[passport]``, ``(issued 2017)``), mostly empty."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_id_documents import document_id_cell, document_id_columns


def test_cells_naming_a_document_in_several_languages() -> None:
    assert document_id_cell("03911745502 [passport]") == ("03911745502", True)
    assert document_id_cell("71 044 380 [Reisepass]") == ("71 044 380", True)
    assert document_id_cell("AB 12 34 56 C (issued 2016)") == ("AB 12 34 56 C", True)
    assert document_id_cell("X7781234 (gültig bis 2031)") == ("X7781234", True)
    assert document_id_cell("Z 99120044 [carte d'identité]") == ("Z 99120044", True)
    assert document_id_cell("03911745502") == ("03911745502", False)


def test_cells_with_record_words_or_a_second_number_are_no_document_cells() -> None:
    assert document_id_cell("Order 4470060 [passport photo]") is None
    assert document_id_cell("Tel 0612 345 678") is None
    assert document_id_cell("4470060 [passport] 2 copies, 12.50") is None


def test_thin_column_with_one_document_word_is_an_id_column() -> None:
    df = pd.DataFrame({"c008": ["", "", "03911745502 [passport]", "", "03911745502", "", "", ""]})
    found = document_id_columns(df, ["c008"], {"c008": None})
    assert found["c008"].entity == "national_id"


def test_columns_without_document_words_or_already_decided_are_left() -> None:
    bare = pd.DataFrame({"c001": ["2001-001", "2001-002", "2001-017", "2002-004"]})
    assert document_id_columns(bare, ["c001"], {"c001": None}) == {}
    phones = pd.DataFrame({"c002": ["0176 77461776 (Ernestine Bien)", "0151 22334455 (Karl Maus)"]})
    assert document_id_columns(phones, ["c002"], {"c002": None}) == {}
    orders = pd.DataFrame({"Order no": ["4470060 [passport]", "4470061 [passport]"]})
    assert document_id_columns(orders, ["Order no"], {"Order no": None}) == {}
