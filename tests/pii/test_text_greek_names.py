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
        ("Υπογραφή: Δ. Νικολαΐδης", [("Νικολαΐδης", E.LAST_NAME)]),  # an initial and a surname
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
