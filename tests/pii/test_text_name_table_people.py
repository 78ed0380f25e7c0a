"""Tests for text_name_table_people: the table's own people found again in any row's note."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_table_people import table_people, table_people_spans

# Name words of a table's name columns, as text_replace.row_names gives them per row (Basotho, Malawian,
# Congolese and Swazi names no list holds, and English given names that are words too).
ROWS = [
    {"palesa": "first_name", "mohapi": "last_name"},
    {"teboho": "first_name", "lebona": "last_name"},
    {"chikondi": "first_name", "banda": "last_name"},
    {"grace": "first_name", "gold": "last_name"},
    {"rose": "first_name", "tshiala": "last_name"},
    {"de": "last_name", "x": "first_name"},
    {"white": "last_name", "boots": "first_name", "tracy": "first_name"},
]


@pytest.fixture(scope="module")
def people() -> dict[str, str]:
    return table_people(ROWS)


def _found(text: str, people: dict[str, str]) -> list[str]:
    return [text[s.start : s.end] for s in table_people_spans(text, people)]


def test_vocabulary_drops_function_words_and_letters(people):
    assert people["palesa"] == "first_name" and people["banda"] == "last_name"
    assert "de" not in people and "x" not in people
    assert table_people(None) == {} and table_people([]) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed given name and an unlisted family name, in a roll call (the family name no table row holds)
        ("Fire warden list: Palesa Ntsoele, Kagiso Mmutle and T. Lebona.", ["Palesa Ntsoele", "T. Lebona"]),
        # a sign-off after a sentence, no cue
        ("Gloves left in the hall, collected on Monday. Chikondi Phiri", ["Chikondi Phiri"]),
        # the NER model's half name: the whole name is taken
        ("Parent Teboho Lebona rang about the fee.", ["Teboho Lebona"]),
        # capitals, and family name in capitals before the given name
        ("Escorted out: PALESA MOHAPI at noon.", ["PALESA MOHAPI"]),
        ("Referee BANDA LUKUSA Chikondi agreed.", ["BANDA LUKUSA Chikondi"]),
        # lower case: every word listed, or after a person cue
        ("keys collected by teboho mohapi at 9", ["teboho mohapi"]),
        ("hey its chikondi banda, call me", ["chikondi banda"]),
        ("parcel signed for by grace lebona", ["grace lebona"]),
    ],
)
def test_people_found(text, expected, people):
    assert _found(text, people) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordered the Rose Gold case; arrived fine.",  # English words the table holds as names
        "Rose gold or silver? grace period ends Friday.",
        "Palesa",  # one word alone
        "chikondi said the band was loud",  # lower case, unlisted next word, no cue
        "SMS Palesa",  # an acronym is no name word
        "Ticket for Lebona: seat 14",
        "Apples, pears and plums from the market",
        "i wore it with white boots and tracy loved it",  # English words (plural too) the table holds as names
        "hey its chikondi mwale",  # lower case: a word the table does not hold
        "Contacter Palesa au 0612",  # one name word after a verb opening the sentence
        "devant le boulevard Palesa Mohapi, 2 places",  # a street named after a person
        "at 12 Teboho Lebona near the clinic",
    ],
)
def test_no_false_people(text, people):
    assert _found(text, people) == []


def test_words_already_held_are_left(people):
    from safe_synthesizer.pii.text_spans import TextSpan

    text = "Visitor Palesa Mohapi signed in"
    held = [TextSpan(8, 14, "first_name", 0.95), TextSpan(15, 21, "last_name", 0.95)]
    assert table_people_spans(text, people, held) == []
    assert [text[s.start : s.end] for s in table_people_spans(text, people, held[1:])] == ["Palesa Mohapi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herzliches Beileid, liebe Familie Palesa Mohapi.", ["Palesa Mohapi"]),  # a German noun before the name
        ("For Teboho Lebona's file please call", ["Teboho Lebona"]),  # the possessive stays
        ("Appeler Palesa Ntsoele au 0612", ["Palesa Ntsoele"]),  # a verb opening the sentence
    ],
)
def test_name_edges(text, expected, people):
    assert _found(text, people) == expected


@pytest.mark.parametrize(
    "text", ["client at R. Teboho Lebona, S/N", "at Soseaua Palesa Mohapi Nr. 13 should", "Strada Teboho Lebona nr 4"]
)
def test_streets_named_after_people(text, people):
    assert _found(text, people) == []


def test_noun_after_article_and_double_names(people):
    assert _found("Beschwerde über den Nachbarn Palesa-Rose Mohapi (Weg 4)", people) == ["Palesa-Rose Mohapi"]


def test_uzbek_apostrophe_inside_a_word():
    people = table_people([{"ismoil": "first_name"}])
    text = "handed to the neighbour Ismoil To‘xtayev, phone"
    assert [text[s.start : s.end] for s in table_people_spans(text, people)] == ["Ismoil To‘xtayev"]
