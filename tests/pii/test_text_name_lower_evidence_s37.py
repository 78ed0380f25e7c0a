"""Lower-case full names vouched for by the words around them (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_lower_evidence import lower_evidence_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_evidence_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gift order: From Philip Ernst to tony adler, Fiebigring 9/4, 65774 Bischofswerda.", "tony adler"),
        ("PAX 3: edward may, DOB 1959-09-11, weight 100 kg", "edward may"),
        ("Name(s): marine gillet and Isaac Guyon", "marine gillet"),
        ("Lieferadresse: inga henck, Kensyweg 3/5, 93514 Halberstadt.", "inga henck"),
        ("I am attorney for Mrs Hoffman (kimberly hoffman in your records)", "kimberly hoffman"),
        ("Ordered by harry young of 441 Phillip Forge, South Callum", "harry young"),
        ("forms still missing for Laura Abbott and monique meza.", "monique meza"),
        ("Confirmation list: Carmel Camilleri, kurt azzopardi, K. Cassar.", "kurt azzopardi"),
        ("Delivery round: concetta von jockel at Lindenweg 14, 34117 Kassel", "concetta von jockel"),
        ("parents Ulises Salinas Gaya and mamen cañellas cobo; godparent", "mamen cañellas cobo"),
    ],
)
def test_lower_case_name_with_evidence(text: str, name: str) -> None:
    assert _found(text) == [name]
    start = text.index(name)
    assert any(a <= start and start + len(name) <= b for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "i just love baily 44, their designs are always simple",
        "the brush stroke charlie trousers (which i had just purchased)",
        "leaves you sweating on a hot summer day (or night)",
        "great fit, rose gold, 10 out of 10",
        "will power, 1990",
        "ask for grace and patience, 14 days",
        "we ship to 5 countries, Main Street 5",
        "love the dress and Mary Smith, 5 stars",
    ],
)
def test_reviews_keep_their_words(text: str) -> None:
    assert _found(text) == []
