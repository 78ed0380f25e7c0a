"""Phone cells with labels, notes, extensions and second numbers read apart from their words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_cell_grammar import read_phone_cell


@pytest.mark.parametrize(
    ("cell", "numbers", "rebuilt"),
    [
        ("mob 0161 496 0112", ("0161 496 0112",), "mob N"),
        ("Tél : 04 72 18 33 90", ("04 72 18 33 90",), "Tél : N"),
        ("0161 496 0347 (after 7pm)", ("0161 496 0347",), "N (after 7pm)"),
        ("0221 9834 5510 (ab 17 Uhr)", ("0221 9834 5510",), "N (ab 17 Uhr)"),
        ("0161 496 0509 - evenings", ("0161 496 0509",), "N - evenings"),
        ("(312) 555-0187 (work)", ("(312) 555-0187",), "N (work)"),
        ("0161 496 0681 ext. 7", ("0161 496 0681 ext. 7",), "N"),
        ("M: 0412 903 118 H: 03 9123 4567", ("0412 903 118", "03 9123 4567"), "M: N H: N"),
        ("53312 or 57719", ("53312", "57719"), "N or N"),
        ("M 74 84704", ("74 84704",), "M N"),
        ("M. 61563", ("61563",), "M. N"),
        ("tel. 0185 421 612, 0921 722 727", ("0185 421 612", "0921 722 727"), "tel. N, N"),
    ],
)
def test_numbers_read_and_the_words_kept(cell: str, numbers: tuple[str, ...], rebuilt: str) -> None:
    read = read_phone_cell(cell)
    assert read is not None and read.dressed
    assert read.numbers == numbers
    assert read.rebuild(["N"] * len(numbers)) == rebuilt


def test_extension_is_kept_with_its_number_but_not_in_the_bare_one() -> None:
    read = read_phone_cell("0161 496 0681 ext. 7, 0161 496 0914")
    assert read is not None
    assert read.bare == ("0161 496 0681", "0161 496 0914")


@pytest.mark.parametrize("cell", ["+44 (0)161 496 0112", "06.27.26.89", "0161/4960112", "00 44 161 496 0112"])
def test_a_bare_number_reads_undressed(cell: str) -> None:
    read = read_phone_cell(cell)
    assert read is not None and not read.dressed and read.numbers == (cell,)


@pytest.mark.parametrize(
    "cell",
    [
        "0176 77461776 (Ernestine Bien)",  # a person in brackets: no note
        "Flat 3, 12 High Street",
        "12 (2nd floor)",  # too few digits
        "12.50 (paid)",
        "see above",
        "0161 496 0112 @home",
        "B 12345",  # a code after a letter: no labelled phone
        "C 123456",
    ],
)
def test_other_cells_do_not_read(cell: str) -> None:
    assert read_phone_cell(cell) is None


def test_rebuild_needs_one_fake_per_number() -> None:
    read = read_phone_cell("53312 or 57719")
    assert read is not None
    with pytest.raises(ValueError):
        read.rebuild(["1"])
