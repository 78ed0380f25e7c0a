"""A cell written family name first around one mark is one person, not a list of two."""

from __future__ import annotations

from safe_synthesizer.pii.inverted_person_cells import one_inverted_person


def test_one_person_family_name_first() -> None:
    for cell in ("Lucas | Ryan", "Morales; Autumn", "BERG/NILS", "Berg-Nilsen | Anna Lena", "O'Neill / Kate"):
        assert one_inverted_person(cell), cell


def test_two_people_or_extras_are_no_inverted_person() -> None:
    for cell in ("Ana Ruiz; Tom Ruiz", "Ana Ruiz (hermana); 612 345 678", "Ryan Lucas", "Lucas | Ryan | Ann",
                 "Mia Berg (daughter, 7); Leon Berg (son, 4)", "Lucas | Ryan <r@x.org>"):  # fmt: skip
        assert not one_inverted_person(cell), cell
