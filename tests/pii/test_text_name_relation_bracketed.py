"""Names in brackets right after their relation or role (own examples, none from a held-out set)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_relation_bracketed import (
    capital_name_word,
    lower_name_word,
    relation_bracketed_spans,
)


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in relation_bracketed_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Resident's daughter (okafor) visits on Sundays.", "okafor"),
        ("Pt's partner (gallagher) to bring clothes.", "gallagher"),
        ("Son (de souza) phoned twice.", "de souza"),
        ("Husband (baker-lloyd) will drive her home.", "baker-lloyd"),
        ("Please ring niece (ines carvalho) after the scan.", "ines carvalho"),
        ("Next of kin: sister (Ngozi Adeyemi, 0803 555 0199).", "Ngozi Adeyemi"),
        ("Lift home with neighbour (Siobhan).", "Siobhan"),
        ("Rückruf an Tochter (Ilse Brandauer) vor Entlassung.", "Ilse Brandauer"),
        ("Appeler l'épouse (Maëlle Kerjean) avant 18h.", "Maëlle Kerjean"),
        ("Contact via brother (Գոռ Մանուկյան, 091 22 33 44).", "Գոռ Մանուկյան"),
        ("Donor (Taini Whetu) felt faint.", "Taini Whetu"),
    ],
)
def test_found(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Wife (deceased) was the main carer.",
        "Son (aged 7) attends with mum.",
        "Husband (also a patient here) asked about visiting.",
        "Daughter (see above) has the keys.",
        "Carer (Bluebird Care) visits twice a day.",
        "Friend (Sales Team) dropped by.",
        "Wife (Brazilian) speaks little English.",
        "Son (Glasgow) will call.",
        "Patient (Ward 7) moved.",
        "Member (Gold) since 2019.",
        "Guest (VIP) arriving late.",
        "Wife (young) and kids in the car.",
        "Man (Smith) seen loitering.",
        "Kids (2) and wife (tbc) coming.",
        "Daughter (mobile) is the best number.",
    ],
)
def test_not_found(text: str) -> None:
    assert _found(text) == []


def test_entities() -> None:
    text = "Wife (lindqvist) and son (Oskar Lindqvist) visited."
    assert [e for _, _, e in relation_bracketed_spans(text)] == ["last_name", "name"]


def test_word_checks() -> None:
    assert lower_name_word("gallagher") == "family" and lower_name_word("zungu") == "unlisted"
    assert lower_name_word("deceased") == "" and lower_name_word("again") == "" and lower_name_word("young") == ""
    assert capital_name_word("Siobhan", alone=True) and not capital_name_word("Glasgow", alone=False)
    assert not capital_name_word("Mrs", alone=False) and not capital_name_word("Service", alone=False)


def test_surname_that_is_a_noun_alone_in_the_bracket() -> None:
    assert _found("Pt's husband (fields) rang twice.") == ["fields"]
    assert _found("Wife (brooks) to collect.") == ["brooks"]
    for text in ("Son (school) until 3pm.", "Wife (home) all day.", "Husband (farmer) busy.", "Daughter (carer)."):
        assert _found(text) == []


def test_capital_name_word_s48() -> None:
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word

    # an Arabic article joined to a family name; a name ending in "-oes" that is no English plural
    assert capital_name_word("Al-Mohannadi", alone=False, surname=True)
    assert capital_name_word("El-Masri", alone=False, surname=True)
    assert capital_name_word("Croes", alone=False, surname=True)
    assert not capital_name_word("Boxes", alone=False, surname=True)
    assert not capital_name_word("Taxes", alone=False, surname=True)
