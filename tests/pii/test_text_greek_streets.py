"""Greek street lines in any case, with a street word, after an address word, or as a clause of their
own whose name is a listed place or a person's genitive (issue 11; set 12 el_GR text streets 0.196, seen)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_greek_streets import greek_street_spans
from safe_synthesizer.pii.text_script_names import script_name_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in greek_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # a street word in lower case or capitals, inflected
        ("παράδοση στη λεωφόρο κηφισίας 112, ευχαριστώ", "λεωφόρο κηφισίας 112"),
        ("μένει στην οδό ερμού 12 με τη μητέρα του", "οδό ερμού 12"),
        ("ΠΑΡΑΛΑΒΗ: ΟΔΟΣ ΑΙΟΛΟΥ 45Α", "ΟΔΟΣ ΑΙΟΛΟΥ 45Α"),
        # an address word and a colon: any name
        ("νέα διεύθυνση: πατησίων 210, αθήνα", "πατησίων 210"),
        # a clause of its own: a listed place (Faker el_GR localities) or a person's genitive
        ("ο πελάτης δεν ήταν σπίτι. σταδίου 5. θα ξαναπεράσουμε", "σταδίου 5"),
        ("κατοικεί αλλού τώρα, ελευθερίου βενιζέλου 45, 54622 θεσσαλονίκη", "ελευθερίου βενιζέλου 45"),
        ("αποστολή - μαρίας 8-10 - μέχρι την παρασκευή", "μαρίας 8-10"),
    ],
)
def test_greek_streets_in_any_case(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "δείτε σελίδα 5. άρθρου 12, όροφος 2. δωμάτιο 12. τμήμα 3.",  # numbered things
        "πληρωμή 45 ευρώ, στις 12/4, ώρα 3.",
        "Τμήμα 3 και Όροφος 2 της πολυκατοικίας.",
        "τηλ 6908504025, κωδικός 4411",  # a phone's last digits are no house number
        "ήρθαν 5 άτομα και έφυγαν 3.",
    ],
)
def test_no_greek_streets_in_prose(text: str) -> None:
    assert _streets(text) == []


def test_greek_streets_reach_the_script_rules() -> None:
    text = "δέμα στον γείτονα. λεωφόρος κηφισίας 3. τηλ 6908504025"
    assert "λεωφόρος κηφισίας 3" in [text[a:b] for a, b, _ in script_name_spans(text)]


def test_a_two_word_place_and_a_street_in_an_english_note() -> None:
    text = "δέμα στον γείτονα, απών. καστελλάνων γύρου 84-262. τηλ 2128479774"
    assert "καστελλάνων γύρου 84-262" in _streets(text)
    # a lone Greek word before a house number in an English note is a street, not a surname
    note = "CLAIMANT ΠΑΡΘΈΝΑ ΜΑΡΓΑΡΊΤΗ OF ΓΙΑΝΝΑΡΆ 813-860, 307 24 ΛΑΜΊΑ ATTENDED IN PERSON."
    found = {(note[a:b], e) for a, b, e in script_name_spans(note)}
    assert ("ΓΙΑΝΝΑΡΆ 813-860", "street_address") in found and ("ΓΙΑΝΝΑΡΆ", "last_name") not in found
