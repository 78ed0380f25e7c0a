from safe_synthesizer.pii.column_role_headers import names_a_person_role


def test_headers_naming_a_second_person_by_role_in_any_mangling():
    for header in (
        "Collected by", "collected_by", "Plus one", "plus.one", "plus-one", "strPlusOne", "PLUS_ONE", "EMERGENCY",
        "Emergency Cnt", "emergency-contact", "guardian", "Booked by", "booked.by", "co.worker", "Co-worker",
        "borrower", "Lector", "Lecteur", "Abgeholt von", "Recogido por", "Next of kin",
    ):  # fmt: skip
        assert names_a_person_role(header), header


def test_a_role_word_beside_another_entity_word_or_no_role_is_no_person():
    for header in (
        "Emergency phone", "Guardian e-mail", "Collected date", "Booked by date", "c003",
        "Customer", "Table", "Current work", "Bike", "Job", "Notes", "Emergency contact relation",
    ):  # fmt: skip
        assert not names_a_person_role(header), header
