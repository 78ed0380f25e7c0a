"""Phone cells read as numbers plus any words (phone_cell_reader)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_cell_reader import (
    dialled_number,
    leading_person,
    listed_people,
    read_phone_words,
    trailing_person,
)


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("06 19114744 - vragen naar Loïs", ("06 19114744",)),
        ("070-390 02 12 - ask for Siv", ("070-390 02 12",)),
        ("027 710 1273 - pātai mō Māia", ("027 710 1273",)),
        ("kāinga: 07 302 2840; pūkoro: 0274 386 233", ("07 302 2840", "0274 386 233")),
        ("Bonaire, Sint Eustatius and Saba: 796 3695", ("796 3695",)),
        ("796 3065 (Bonaire, Sint Eustatius and Saba)", ("796 3065",)),
        ("(90) 507 742 05 70", ("(90) 507 742 05 70",)),
        ("tel:+501-622-2691", ("+501-622-2691",)),
    ],
)
def test_numbers_read_among_any_words(cell: str, numbers: tuple[str, ...]) -> None:
    read = read_phone_words(cell)
    assert read is not None and read.numbers == numbers
    assert read.rebuild(list(read.numbers)) == cell


@pytest.mark.parametrize(
    "cell",
    [
        "AB12345",  # a code: letters glued to the digits
        "4.Dec.2026",  # a date with a month word
        "1 250 €",  # an amount
        "write to jo@example.org or 0612345678",  # an address of mail
        "the crew met at the harbour at six and sailed out past 1234 buoys before the storm came in hard",
        "Dec 2024 12345 67890 11111 22222",  # four digit runs: no phone cell
    ],
)
def test_no_phone_cell(cell: str) -> None:
    assert read_phone_words(cell) is None


def test_words_and_second_number_make_a_cell_dressed() -> None:
    assert read_phone_words("0612345678").dressed is False
    assert read_phone_words("Denmark: 34 47 68 30").dressed is True


@pytest.mark.parametrize(
    ("cell", "person"),
    [
        ("06 19114744 - vragen naar Loïs", "Loïs"),
        ("0700 928 869 - ask for Салтанат Кенешбекова", "Салтанат Кенешбекова"),
        ("01813-952713 - ask for ইউসুফ আলম", "ইউসুফ আলম"),
        ("06 38664356 - vragen naar", None),
        ("796 3065 (Bonaire, Sint Eustatius and Saba)", None),
        ("07406 858784 (after 6pm)", None),
    ],
)
def test_person_asked_for(cell: str, person: str | None) -> None:
    assert trailing_person(read_phone_words(cell)) == person


@pytest.mark.parametrize(
    ("number", "dialled"),
    [
        ("(90) 507 742 05 70", "+90 507 742 05 70"),
        ("(290) 8116", "+290 8116"),
        ("+247.47761", "+247 47761"),
        ("(208) 704-1685", "(208) 704-1685"),
        ("(01) 1255799", "(01) 1255799"),
    ],
)
def test_calling_code_written_another_way_is_dialled(number: str, dialled: str) -> None:
    assert dialled_number(number) == dialled


def test_leading_person_is_a_listed_name_before_the_number_not_a_label() -> None:
    assert leading_person(read_phone_words("Anna Kowalska (Mother) +48 512 345 678")) == "Anna Kowalska"
    assert leading_person(read_phone_words("Joana Ferreira, 912 345 678")) == "Joana Ferreira"
    for cell in ("Nederland: 06 31448292", "casa: 23 420 767; telemóvel: 82 479 1871", "Mobile Phone: 07406 858784"):
        assert leading_person(read_phone_words(cell)) is None


def test_listed_people_anywhere_in_the_words() -> None:
    assert listed_people(read_phone_words("0176 77461776 (Ernestine Bien)")) == ["Ernestine Bien"]
    assert listed_people(read_phone_words("07406 858784 (after 6pm)")) == []
    assert listed_people(read_phone_words("United Kingdom: 07406 858784")) == []
