"""A finding its cells contradict is changed to what they read as, or dropped; the classifier needs the rules' check."""

from __future__ import annotations

import logging

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_entity_consistency import cell_kind, consistent_findings, date_cells, phone_run


def _det(column: str, entity: str, method: str = "values", share: float = 0.9, locale: str | None = None):
    return ColumnDetection(column, entity, 0.9, share, method, 20, locale, "")


def test_cells_read_without_their_header() -> None:
    assert cell_kind("06 27 31 44 58 - demander Aline", "FR") == "phone_number"
    assert cell_kind("Portugal: 912 345 678", "PT") == "phone_number"
    assert cell_kind("Aline Moreau", "FR") is None
    assert cell_kind("écrire à aline.moreau@example.org", "FR") == "email"
    assert cell_kind("2024-03-05", "FR") == "date"
    assert cell_kind("1 250,50", "FR") == "amount"
    assert cell_kind("fixe : 01 42 68 53 00 ; portable : 06 27 31 44 58", "FR") == "phone_number"
    # A name before the number, or digits elsewhere in the cell: not a phone cell.
    assert cell_kind("Aline Moreau (sœur) 06 27 31 44 58", "FR") is None
    assert phone_run("06 27 31 44 58 poste 12") is None


def test_classifier_name_on_phone_cells_becomes_a_phone() -> None:
    phones = [f"06 {20 + i} 31 44 {50 + i}" + (" - demander Aline" if i % 2 else "") for i in range(12)]
    df = pd.DataFrame({"Portable": phones})
    out = consistent_findings(df, {"Portable": _det("Portable", "name", "classifier", 0.0)}, region="US")
    assert out["Portable"].entity == "phone_number"
    assert "doubtful name" in out["Portable"].evidence and "doubtful" in out["Portable"].method
    # Not asked for phones: dropped, never left as a name.
    not_asked = consistent_findings(df, {"Portable": _det("Portable", "name", "classifier", 0.0)},
                                    entities=frozenset({"name"}))  # fmt: skip
    assert not_asked == {"Portable": None}


def test_classifier_answer_with_no_cell_passing_the_rules_stands_when_no_cell_contradicts_it() -> None:
    # Names in a form no rule reads (``Blom A``) are what the classifier is there for.
    df = pd.DataFrame({"Zanger": ["Blom A", "de Gruijter A", "Imran [de Gruijter]", "Oostveen A"]})
    assert consistent_findings(df, {"Zanger": _det("Zanger", "name", "classifier", 0.0)}) == {}


def test_a_foreign_id_on_the_tables_phones_becomes_a_phone() -> None:
    phones = ["061 27629 22", "06 125639 25", "0612 16 1575", "07 11 65 78 95", "062 3456 789", "07 98 76 54 32"]
    df = pd.DataFrame({"c001": ["Aline Moreau"] * 6, "c002": phones})
    found = {"c001": _det("c001", "name", locale="fr_FR"), "c002": _det("c002", "national_id", locale="da_DK")}
    out = consistent_findings(df, found, region="US")
    assert out == {"c002": out["c002"]} and out["c002"].entity == "phone_number"
    # The table's own country's ids stay ids.
    same = {"c001": _det("c001", "name", locale="fr_FR"), "c002": _det("c002", "national_id", locale="fr_FR")}
    assert consistent_findings(df, same, region="US") == {}


def test_people_and_places_findings_on_words_stay() -> None:
    df = pd.DataFrame({"Name": ["Aline Moreau", "Jean Petit", "Lucie Roux"], "Ville": ["Lyon", "Nantes", "Lille"]})
    found = {"Name": _det("Name", "name"), "Ville": _det("Ville", "city", "classifier", 0.7)}
    assert consistent_findings(df, found) == {}


def test_town_finding_on_pairs_and_initials_becomes_people() -> None:
    pairs = ["Lacroix - Moutou", "Moutou - Bélair", "R.M. Lacroix", "Bélair - Lacroix", "J. Moutou", "Lacroix - Bélair"]
    df = pd.DataFrame({"c003": pairs, "c004": ["Lyon", "Nantes", "Lille", "Saint-Denis", "Le Havre", "Metz"]})
    found = {"c003": _det("c003", "city", "values+pair"), "c004": _det("c004", "city", "values")}
    out = consistent_findings(df, found)
    assert list(out) == ["c003"] and out["c003"].entity == "name"


def test_a_corrected_finding_is_said_on_the_console_without_values(caplog) -> None:
    phones = [f"06 {20 + i} 31 44 {50 + i}" for i in range(12)]
    df = pd.DataFrame({"Portable": phones})
    with caplog.at_level(logging.WARNING, logger="safe_synthesizer.pii.column_entity_consistency"):
        consistent_findings(df, {"Portable": _det("Portable", "name", "classifier", 0.0)}, region="US")
    assert "Portable" in caplog.text and "name -> phone_number" in caplog.text
    assert not any(phone in caplog.text for phone in phones)


def test_a_contact_column_keeps_its_name_finding() -> None:
    # A name and its number in every cell: read as phones, the fakes would keep the names.
    contacts = ["Joana Ferreira 912 345 678", "Rui Almeida, 913 456 789", "Marta Sousa 914 567 890",
                "Pedro Costa - 915 678 901", "Inês Rodrigues 916 789 012", "Tiago Martins 917 890 123"]  # fmt: skip
    df = pd.DataFrame({"Contact": contacts})
    assert consistent_findings(df, {"Contact": _det("Contact", "name")}, region="PT") == {}


def test_an_id_of_a_country_of_the_tables_other_findings_is_never_foreign() -> None:
    # Dutch BSNs (nine digits) beside Dutch people stay ids, though a French table's phones would read them as
    # French numbers; the id of a country no other finding has (a Danish id in a French table) still does not.
    bsn = ["371740691", "680145345", "454777735", "606965385", "352334691", "024164811", "972737820",
           "767717508", "358832081", "326421932", "195029458", "560236384", "592377398", "314701138",
           "081146528", "907236704"]  # fmt: skip
    df = pd.DataFrame({"Naam": ["Anouk de Vries"] * 16, "Stad": ["Lyon"] * 16, "ID gezien": bsn})
    found = {
        "Naam": _det("Naam", "name", locale="nl_NL"),
        "Stad": _det("Stad", "city", locale="fr_FR"),
        "ID gezien": _det("ID gezien", "national_id", locale="nl_NL"),
    }
    assert consistent_findings(df, found, region="FR") == {}
    danish = {**found, "ID gezien": _det("ID gezien", "national_id", locale="da_DK")}
    # The BSNs pass their check digit: ids, whichever country the finding named.
    assert consistent_findings(df, danish, region="FR") == {}
    # Numbers no national scheme checks (the last digits changed) are read as the table's phones.
    unchecked = df.assign(**{"ID gezien": [v[:-1] + str((int(v[-1]) + 1) % 10) for v in bsn]})
    assert consistent_findings(unchecked, danish, region="FR")["ID gezien"].entity == "phone_number"


def test_people_with_their_emails_beside_them_stay_people() -> None:
    # Set 45 fj_FJ: a register, 60 % ``Name <e-mail>`` cells and the rest ``c/o``/``Attn:`` people, was "corrected"
    # to an e-mail column and every cell came out as an e-mail address.
    people = ["Mele Vakarau <melevakarau@example.com.fj>", "Attn: Mele Tuisawau", "c/o Tevita Rokoua",
              "Ana Rokoua <ana_rokoua8@example.com.fj>", "Tevita Rokoua <tevita_rokoua46@example.com>",
              "Jone Nabou <jone_nabou@example.com>", "c/o Ana Rokoua", "Josaia Bulavou <jb53@example.com>",
              "Semisi Koroi <semisi_koroi@example.com>", "Attn: Jone Nabou"]  # fmt: skip
    df = pd.DataFrame({"Member": people})
    assert consistent_findings(df, {"Member": _det("Member", "name", "values+form_free_people", 0.9)}) == {}
    # Addresses alone under a person finding are still corrected.
    bare = pd.DataFrame({"Member": [v.split("<")[-1].strip(">") for v in people if "<" in v] * 2})
    out = consistent_findings(bare, {"Member": _det("Member", "name", "classifier", 0.0)})
    assert out["Member"].entity == "email"


def test_week_ordinal_and_worded_dates_read_as_dates() -> None:
    # The one date reader's layouts, not only the numeric ones: a name or place finding on them is dropped.
    for value in ("2027-164", "2012-W48-5", "27th of November 2019", "1951-Nov-13", "5 / 10 / 1949"):
        assert cell_kind(value, "US") == "date", value
    assert date_cells(["2031-045", "2031-112", "", "2030-361", "2031-002"])
    assert date_cells(["1935-127", "2012-W48-5", "n/a", "1949-343", "1977-W02-1"])


def test_postcodes_of_date_like_layouts_are_no_dates() -> None:
    portugal = ["1000-205", "4470-558", "2745-134", "1900-799", "3810-193", "8000-405", "2000-444", "1049-001"]
    poland = ["00-950", "31-042", "80-244", "61-896"]
    japan = ["100-0001", "530-0001", "060-0806"]
    for codes in (portugal, poland, japan):
        assert not date_cells(codes)
    assert not date_cells(["2031-045", "2031-112"])  # too few cells decide nothing


def test_postcode_and_phone_findings_on_dates_are_dropped_and_said(caplog) -> None:
    frame = pd.DataFrame(
        {
            "when": ["2031-045", "2031-112", "2030-361", "2031-002"],
            "zip": ["1000-205", "4470-558", "2745-134", "8000-405"],
            "booked": ["2026-045", "2026-W07-3", "2026-101", "2025-355"],
            "tel": ["06 12345678", "06 23456789", "06 34567890", "06 45678901"],
            "born": ["1935-127", "1950-W12-3", "1961-300", "1972-004"],
        }
    )
    found = {"when": _det("when", "postcode"), "zip": _det("zip", "postcode"), "booked": _det("booked", "phone_number"),
             "tel": _det("tel", "phone_number"), "born": _det("born", "date_of_birth")}  # fmt: skip
    with caplog.at_level(logging.WARNING):
        out = consistent_findings(frame, found, region="NL")
    assert out == {"when": None, "booked": None}
    assert "postcode -> not replaced" in caplog.text and "phone_number -> not replaced" in caplog.text
    assert "2031-045" not in caplog.text  # column names only, never a value
    # Numbers of a numeric column are no date cells: left to the other checks.
    numbers = pd.DataFrame({"when": [2031045, 2031112, 2030361]})
    assert consistent_findings(numbers, {"when": _det("when", "postcode")}) == {}
