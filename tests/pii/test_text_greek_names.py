"""Greek surnames after titles and initials, and ``Surname, Given`` (held-out set 10: el_GR text
surnames 0.29 before these rules)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_greek_names import greek_surname_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in sorted(greek_surname_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Υπεύθυνος βάρδιας ο κ. Οικονόμου, τηλεφωνήστε.", [("Οικονόμου", E.LAST_NAME)]),
        ("ζητήστε την κα παπαδάκη στο ταμείο", [("παπαδάκη", E.LAST_NAME)]),  # lower case after a title
        # an initial and a surname: the initial is part of the name, so a fake never keeps it
        ("Υπογραφή: Δ. Νικολαΐδης", [("Δ. Νικολαΐδης", E.NAME)]),
        ("Καλησπέρα, είμαι Τ. Φιδάνη, ο λογαριασμός", [("Τ. Φιδάνη", E.NAME)]),
        ("Ο ασθενής Παπαδόπουλος, Γεώργιος εξήλθε.", [("Παπαδόπουλος, Γεώργιος", E.NAME)]),
    ],
)
def test_greek_surnames_in_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Παράδοση στη Ν. Σμύρνη, Λ. Αλεξάνδρας 25.",  # Νέα Σμύρνη, Λεωφόρος Αλεξάνδρας: places
        "Ν.Κερασιάς 85, Αθήνα",  # a street with its house number
        "κ.λπ. και άλλα",  # "etc." is no title
        "Αθήνα, Πειραιάς και Πάτρα",  # towns in a list
    ],
)
def test_greek_places_and_abbreviations_are_no_surnames(text: str) -> None:
    assert _found(text) == []


def test_lower_case_greek_full_names_and_combining_marks() -> None:
    text = "Παραλαβή από το κατάστημα, επικοινωνία γεώργιος παπαδόπουλος στο 6912345678."
    assert _found(text) == [("γεώργιος παπαδόπουλος", E.NAME)]
    # ordinary lower-case words (a given name that is also a word, "ειρήνη" peace) are left alone
    assert _found("ζητάμε ειρήνη και αγάπη για όλους") == []


def test_a_combining_accent_does_not_split_a_greek_name() -> None:
    from safe_synthesizer.pii.text_script_names import script_name_spans

    text = "είμαι ο ΗΣΑΪ\u0301ΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ, το κινητό μου"
    assert [text[a:b] for a, b, _ in script_name_spans(text)] == ["ΗΣΑΪ\u0301ΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"]
