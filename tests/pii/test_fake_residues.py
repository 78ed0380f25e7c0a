"""No PII-bearing token of a found cell left in its fake (fake_residues)."""

from __future__ import annotations

from safe_synthesizer.pii.fake_residues import column_dress, dress_words, residue_tokens, scrub_residues
from safe_synthesizer.pii.fakes import FakeMapper


def test_child_name_year_and_code_are_residues() -> None:
    assert residue_tokens("Maria Vidal (parent de Joana)", "Isabelle Lopez (parent de Joana)", "name") == ["Joana"]
    assert residue_tokens("Maria Vidal (parent de Loïsa)", "Isabelle Lopez (parent de Loïsa)", "name") == ["Loïsa"]
    assert residue_tokens("Ana Ruiz (1962)", "Eva Soto (1962)", "name") == ["1962"]
    assert residue_tokens("Gail Harvey · GH4471", "Eva Soto · GH4471", "name") == ["GH4471"]
    assert residue_tokens("ID: 81859129 (Tom)", "ID: 81859129 (Tom)x", "national_id") == ["81859129"]


def test_dress_is_no_residue() -> None:
    assert residue_tokens("[tesorero] Terry Yates", "[tesorero] Bob Smith", "name") == []
    assert residue_tokens("Dr. Ana Ruiz", "Dr. Eva Soto", "name") == []
    assert residue_tokens("Mr John Smith Jr", "Mr Bob Brown Jr", "name") == []
    assert residue_tokens("given=Ana; family=Ruiz", "given=Eva; family=Soto", "name") == []
    # A cell the fakers left as written (no value): nothing to judge.
    assert residue_tokens("not given", "not given", "name") == []


def test_dates_and_phones_keep_their_digits_by_design() -> None:
    assert residue_tokens("16/05/2012", "23/06/2012", "date_of_birth") == []
    assert residue_tokens("(0201) 738-4178", "(0201) 694-8271", "phone_number") == []
    # A year beside no person is no residue (a street named after a date).
    assert residue_tokens("Rue du 8 Mai 1945", "Rue du 8 Mai 1945 bis", "street_address") == []


def test_column_dress_words() -> None:
    cells = ["Ana Ruiz (Guardian)", "Eva Soto (Guardian)", "Luis Gil (Guardian)", "Rosa Díaz (Guardian)", "Pío Gil"]
    assert dress_words(cells) == frozenset({"Guardian"})
    assert residue_tokens("Ana Ruiz (Guardian)", "Eva Soto (Guardian)", "name", dress_words(cells)) == []


def test_scrub_fakes_each_residue_in_place_consistently() -> None:
    mapper = FakeMapper(["fr_FR"], 0, phone_region="FR")
    mapping = {
        "Maria Vidal (parent de Joana)": "Isabelle Lopez (parent de Joana)",
        "Pèire Lafon (parent de Joana)": "Valentine Blanc (parent de Joana)",
        "Ana Ruiz (1962)": "Eva Soto (1962)",
        "Gail Harvey · GH4471": "Eva Soto · GH4471",
        "[Joana] Lafon": "[Joana] Blanc",
    }
    out = scrub_residues(mapping, "name", mapper, "fr_FR")
    child = out["Maria Vidal (parent de Joana)"].split("de ")[-1].rstrip(")")
    assert child != "Joana" and out["Pèire Lafon (parent de Joana)"].endswith(f"de {child})")
    assert "1962" not in out["Ana Ruiz (1962)"] and out["Ana Ruiz (1962)"].startswith("Eva Soto (19")
    tail = out["Gail Harvey · GH4471"].split("· ")[-1]
    assert tail != "GH4471" and len(tail) == 6 and tail[:2].isalpha() and tail[2:].isdigit()
    assert out["[Joana] Lafon"] == "[Joana] Blanc"
    for original, fake in out.items():
        assert residue_tokens(original, fake, "name") == []


def test_scrub_leaves_clean_fakes_alone() -> None:
    mapper = FakeMapper(["en_US"], 0, phone_region="US")
    mapping = {"Ana Ruiz": "Eva Soto", "xx": "xx"}
    assert scrub_residues(mapping, "name", mapper, "en_US") == mapping


def test_a_cell_left_whole_with_an_id_shaped_run_is_faked_in_its_own_digits() -> None:
    assert residue_tokens("৪৬৫২", "৪৬৫২", "postcode") == ["৪৬৫২"]
    assert residue_tokens("Not recorded", "Not recorded", "name") == []
    mapper = FakeMapper(["bn_BD"], 0, phone_region="BD")
    out = scrub_residues({"৪৬৫২": "৪৬৫২", "xx": "xx"}, "postcode", mapper)
    assert out["xx"] == "xx" and out["৪৬৫২"] != "৪৬৫২" and all("০" <= ch <= "৯" for ch in out["৪৬৫২"])


def test_a_recurring_name_in_moving_slots_is_no_dress() -> None:
    cells = [
        "Loïsa Fabre (parent de Jòrdi)",
        "Loïsa Lafon (parent de Clara)",
        "Maria Malaterre (parent de Loïsa)",
        "Guilhèm Malaterre (parent de Loïsa)",
        "Anna Cabanas (parent de Joan)",
    ]
    assert "Loïsa" not in dress_words(cells)


def test_dotted_titles_the_fakers_keep_are_no_residue() -> None:
    # The fakers keep leading dotted abbreviations (Turkish academic titles); the check reads them alike.
    assert residue_tokens("Yrd. Doç. Mevlüt Durmuş", "Yrd. Doç. Eroğul Hayrioğlu", "name") == []
    assert residue_tokens("Arş. Gör. Kasim Yüksel", "Arş. Gör. Erensoy Akar", "name") == []


def test_a_records_field_that_names_no_person_is_no_residue() -> None:
    assert residue_tokens("CN=Jonas Weber,OU=Members", "CN=Cody Carlson,OU=Members", "name") == []
    # A name key's value is still judged.
    assert residue_tokens("CN=Ana Ruiz,givenName=Joana", "CN=Eva Soto,givenName=Joana", "name") == ["Joana"]


def test_a_code_system_beside_the_people_is_dress_a_records_own_code_is_not() -> None:
    cells = ["Torbjørn Haugen · K5521", "Knut Dahl · K1187", "Torbjørn Haugen", "Gail Harvey · GH4471"]
    dress = column_dress(cells, "name")
    assert dress.forms == frozenset({"K9999"})
    assert residue_tokens("Knut Dahl · K1187", "Tor Andreassen · K1187", "name", dress) == []
    assert residue_tokens("Gail Harvey · GH4471", "Eva Soto · GH4471", "name", dress) == ["GH4471"]
    # Outside name columns a kept id run is a residue whatever the column shares.
    assert column_dress(cells, "national_id").forms == frozenset()


def test_a_title_shared_by_many_records_is_dress() -> None:
    given = ["Ayla", "Mert", "Deniz", "Eda", "Cem", "Ece", "Can", "Nur", "Ali", "Oya"]
    cells = [f"Okt {g} Kaya{i}" for i, g in enumerate(given)] + [f"{g} Demir" for g in given]
    assert "Okt" in dress_words(cells)
