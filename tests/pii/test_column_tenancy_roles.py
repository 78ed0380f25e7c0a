from safe_synthesizer.pii.column_tenancy_roles import tenancy_role_cues
from safe_synthesizer.pii.cues import tokens


def test_landlord_and_tenant_headers_in_several_languages_name_a_person():
    headers = ("Vermieterin", "Locataires", "Inquilina", "Huurders", "Arrendatario", "Najemca", "Lessor")
    for header in headers:
        assert tenancy_role_cues(tokens(header)) == {"name"}, header


def test_compounds_and_look_alike_words_are_no_tenancy_cue():
    for header in ("Mieterhöhung", "Record Locator", "Proprietary Code", "Rent due", "Lease end"):
        assert tenancy_role_cues(tokens(header)) == set(), header
