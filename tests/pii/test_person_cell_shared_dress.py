"""A column's shared dress learned from its cells (:mod:`person_cell_shared_dress`)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_shared_dress import shared_affixes, shared_dress


def _read(cells: list[str]) -> dict[str, str]:
    return {cell: found.inner for cell, found in shared_dress(cells).items()}


def test_tails_and_sigils_shared_by_different_names() -> None:
    cells = [
        "Eric Miller, link",
        "Ann Lee, link",
        "Bo Ek",
        "Dennis Johnson-Hudson«Next Record»",
        "Ashley Williams«Next Record»",
    ]
    assert _read(cells) == {
        "Eric Miller, link": "Eric Miller",
        "Ann Lee, link": "Ann Lee",
        "Dennis Johnson-Hudson«Next Record»": "Dennis Johnson-Hudson",
        "Ashley Williams«Next Record»": "Ashley Williams",
    }
    assert _read(["~Eileen Williams", "~Sally Preston", "~Stephanie O'Connor"])["~Stephanie O'Connor"] == (
        "Stephanie O'Connor"
    )
    assert _read(["Hedy Scheibe (External)", "Uwe Schmidt (External)"])["Uwe Schmidt (External)"] == "Uwe Schmidt"


def test_fake_written_back_in_the_same_dress() -> None:
    found = shared_dress(["Eric Miller, link", "Ann Lee, link", " ~Bo Ek ", "~Al Roe"])
    assert found["Eric Miller, link"].dress("Lena Fischer") == "Lena Fischer, link"
    assert found[" ~Bo Ek "].dress("Lena Fischer") == " ~Lena Fischer "


def test_quote_opened_before_is_closed_after() -> None:
    # An SQL literal in a lower-cased column: the quote inside ``n'jack`` is a cut only because the cell closes it.
    assert _read(["n'jack morrison'", "n'malcolm craig'"]) == {
        "n'jack morrison'": "jack morrison",
        "n'malcolm craig'": "malcolm craig",
    }
    assert shared_affixes(["O'Brien", "O'Neill", "O'Connor"]) == set()


def test_remainder_still_dressed_is_decoded_further() -> None:
    found = shared_dress(["Ann Lee«Next Record»", "Bo Ek«Next Record»", "N'Al Roe'«Next Record»"])
    assert found["N'Al Roe'«Next Record»"].inner == "Al Roe"
    assert found["N'Al Roe'«Next Record»"].dress("Lena Fischer") == "N'Lena Fischer'«Next Record»"


@pytest.mark.parametrize(
    "cells",
    [
        ["Harvey, Gail", "Smith, Gail", "Jones, Gail"],  # the given name is the person's, not a dress
        ["J. Smith", "J. Brown", "J. Jones"],  # an initial
        ["Earl Grey", "Lady Grey", "Sir Walter Raleigh"],  # a word standing at no mark
        ["Done.", "Sent.", "Paid."],  # a sentence's own mark
        ["Ann Lee (2)", "Bo Ek (2)"],  # digits
        ["Ann Lee", "Bo Ek"],
        ["Tom's", "Ann's", "Bo's"],  # a possessive
        ["Ann Lee-Smith", "Bo Ek-Smith"],  # a joined word is no cut
    ],
)
def test_no_shared_dress(cells: list[str]) -> None:
    assert shared_dress(cells) == {}


def test_one_cell_is_not_shared() -> None:
    assert shared_dress(["Eric Miller, link", "Ann Lee", "Bo Ek"]) == {}
    assert shared_dress(["Eric Miller, link", "Eric Miller, link"]) == {}


def test_a_long_remainder_is_no_name() -> None:
    cells = ["called back and left a message for her, thanks", "sent the form again to the old address, thanks"]
    assert shared_dress(cells) == {}


def test_an_address_domain_is_no_dress() -> None:
    assert shared_dress(["eric.miller@example.com", "ann.lee@example.com", "bo.ek@example.com"]) == {}
    assert shared_dress(["Eric Miller@example", "Ann Lee@example"]) == {}


@pytest.mark.parametrize(
    "cells",
    [
        ["Plymouth, Bombay Sapphire, Sipsmith", "Plymouth, Gordon's", "Hendrick's, Sipsmith", "Tanqueray, Sipsmith"],
        ["ப. கவிதா", "ப. கணேசன்", "ப. மீனா"],  # an initial in a script without capitals
        ["Dr. Ann Lee", "Dr. Bo Ek", "Dr. Al Roe"],
    ],
)
def test_list_items_and_initials_are_no_dress(cells: list[str]) -> None:
    assert shared_dress(cells) == {}


def test_a_shouted_column_keeps_its_dress() -> None:
    found = shared_dress(["ERIC MILLER, LINK", "ANN LEE, LINK", "LEHLOGONOLO MOKGOHLOA (EXTERNAL)", "BO EK (EXTERNAL)"])
    assert found["ANN LEE, LINK"].inner == "ANN LEE"
    assert found["BO EK (EXTERNAL)"].inner == "BO EK"


def test_a_list_of_things_named_after_people_is_no_name() -> None:
    cells = ["John Collins, Arnold Palmer (no alcohol)", "Tom Collins, Arnold Palmer (no alcohol)", "Bellini"]
    assert shared_dress(cells) == {}


def test_an_initial_ending_in_a_vowel_sign_is_the_persons() -> None:
    assert shared_dress(["ಟಿ. ಕೆ. ಲಕ್ಷ್ಮಿ", "ಟಿ. ಕೆ. ನಾಗರಾಜ್", "ಟಿ. ಕೆ. ರಮೇಶ್"]) == {}
