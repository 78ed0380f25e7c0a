"""Headers naming the identity document a person showed (session 49)."""

from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id


def test_checked_ids():
    for header in ("ID seen", "id_sighted", "IdVerified", "Proof of ID", "ID_SHOWN_1", "Ausweis geprüft",
                   "Pièce d'identité vue", "Documento verificado", "Identiteit gecontroleerd"):  # fmt: skip
        assert names_a_checked_id(header), header


def test_row_keys_and_checkers_are_not():
    for header in ("ID", "Animal ID", "Job ID", "Checked by", "Seen by", "Verified", "fld12_id", "Ausweis"):
        assert not names_a_checked_id(header), header
