"""Initial + surname placed by the words before them (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_initial_cued import initial_cued_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in initial_cued_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sold to D. Roman on Saturday, paid in cash.", "D. Roman"),
        ("GROOMING RECORD - Bella. Owner G. Ceschi, 068 517 9458.", "G. Ceschi"),
        ("Repeat prescription; patient J. Sigbergsdóttir, please check allergies.", "J. Sigbergsdóttir"),
        ("Seller A. Ocaña Palacios says the sofa is still available.", "A. Ocaña Palacios"),
        ("Seller M. Pastor says the sofa is still available.", "M. Pastor"),
        ("Buongiorno, vorrei ordinare 20 quintali di legna. Consegna a G. Basso, Strada Martina", "G. Basso"),
        ("Name(s): M. Roth and Guglielmo Martucci", "M. Roth"),
    ],
)
def test_initial_and_surname(text: str, name: str) -> None:
    assert name in _found(text)
    start = text.index(name)
    assert any(a <= start and start + len(name) <= b for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Take vitamin D. Take two a day",
        "I got an A. Great teacher",
        "I got a B. Young people love it",
        "See Appendix B. Young people",
        "the U.S. Army",
        "He left. A. Smith came",
    ],
)
def test_letters_of_words_are_no_initials(text: str) -> None:
    assert _found(text) == []
