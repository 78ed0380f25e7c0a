"""The fast paths of ``unwrap_cell`` (a bare e-mail address, a cell of letters and digits alone) give the answer
the full rules give: they only skip rules that cannot change such a cell."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import column_contact_cells as C
from safe_synthesizer.pii.column_contact_cells import plain_email, unwrap_cell


@pytest.mark.parametrize("cell", ["ann.lee@example.org", "o'brien@x.ie", "hélène.brun@free.fr", "a_b+tag@mail.co.uk"])
def test_a_bare_address_is_plain_and_left_as_it_is(cell: str) -> None:
    assert plain_email(cell)
    assert unwrap_cell(cell) == cell
    assert C._email(C._unquoted(cell)) == cell  # what the full rules give


@pytest.mark.parametrize(
    ("cell", "core"),
    [
        ("'ann@x.org'", "ann@x.org"),
        ("'ann@x.org", "ann@x.org"),
        ("Ann Lee <ann@x.org>", "ann@x.org"),
        ("mailto:ann@x.org", "ann@x.org"),
        ("ann@x.org; bo@y.org", "ann@x.org"),
        ("ann at x dot org", "ann@x.org"),
    ],
)
def test_wrapped_addresses_are_not_plain_and_still_unwrapped(cell: str, core: str) -> None:
    assert not plain_email(cell)
    assert unwrap_cell(cell) == core


@pytest.mark.parametrize("cell", ["GB82WEST12345698765432", "Tel", "nº12345", "DE89370400440532013000"])
def test_letters_and_digits_alone_keep_their_label_words(cell: str) -> None:
    assert C._unlabelled(cell) == cell
    assert unwrap_cell(cell) == cell


def test_a_prefixed_iban_written_without_spaces_is_still_unwrapped() -> None:
    assert unwrap_cell("IBANDE89370400440532013000") == "DE89370400440532013000"
    assert unwrap_cell("Tel: 0612345678") == "0612345678"
