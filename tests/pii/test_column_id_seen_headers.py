"""Headers naming the identity document a person showed (session 49)."""

from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id


def test_checked_ids():
    for header in ("ID seen", "id_sighted", "IdVerified", "Proof of ID", "ID_SHOWN_1", "Ausweis geprüft",
                   "Pièce d'identité vue", "Documento verificado", "Identiteit gecontroleerd"):  # fmt: skip
        assert names_a_checked_id(header), header


def test_row_keys_and_checkers_are_not():
    for header in ("ID", "Animal ID", "Job ID", "Checked by", "Seen by", "Verified", "fld12_id", "Ausweis"):
        assert not names_a_checked_id(header), header


def test_a_partys_id_and_identification_words_name_a_persons_id():
    for header in ("Party 1 ID", "party2Id", "PARTY_A_ID", "Holder ID", "Comparant 2 ID", "ID Outorgante",
                   "N.º identificação", "Identificación", "Nr identificazione"):  # fmt: skip
        assert names_a_checked_id(header), header
    for header in ("Party", "Party size", "Customer ID", "Guest ID", "Order ID", "Holder", "Party 1"):
        assert not names_a_checked_id(header), header
