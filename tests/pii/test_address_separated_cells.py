"""Component-separated address cells (:mod:`address_separated_cells`): the column's separator, the evidence, the
fakes written back with the same separator and empty components."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.address_separated_cells import (
    cell_separator,
    reseparated_addresses,
    separated_address_columns,
    separated_evidence,
)

_XAD = ["759 Flores Villages^^Williamsshire^^58141", "22456 Pierce Extensions^^Priceville^^41372",
        "5379 Douglas Islands Apt. 715^^Blanchardmouth^^83425", "null"]  # fmt: skip
_NL = ["Jariboulevard 3|Warmenhuizen|5471 ED", "Victorialaan 2|Afferden L|2399 FB", "Inayapad 75|Bentveld|6640CS"]


def test_separator_of_a_cell() -> None:
    assert cell_separator(_XAD[0]) == ("^", 4)
    assert cell_separator(_NL[0]) == ("|", 2)
    assert cell_separator("12 Elm Road, Leeds") is None
    assert cell_separator("- milk") is None


def test_separated_address_columns_read() -> None:
    assert separated_evidence(_XAD)[0] == "address"
    assert separated_evidence(_NL)[0] == "address"
    df = pd.DataFrame({"c007": _XAD * 3, "c008": _NL * 4})
    found = separated_address_columns(df, ["c007", "c008"], {"c007": None, "c008": None})
    assert {k: d.entity for k, d in found.items()} == {"c007": "address", "c008": "address"}


def test_not_addresses_not_taken() -> None:
    assert separated_evidence(["AB123456C^^^GBR^NI", "CD654321A^^^GBR^NI", "EF112233B^^^GBR^NI"]) is None
    assert separated_evidence(["red|green|blue", "red|blue|black", "white|green|blue"]) is None
    assert (
        separated_evidence(["Ana Berg|+49 30 1234567", "Jonas Wolf|+49 40 7654321", "Lea Kaiser|+49 89 111222"]) is None
    )
    assert separated_evidence(["12 Elm Road, Leeds", "4 Oak Lane, York", "9 Ash Way, Hull"]) is None
    notes = [  # a note's e-mail and its sentence are no components (set 53 unseen: ko_KR)
        "Referred to the food bank; voucher issued at 12 Elm Road, Leeds for the family. ana.berg@example.org",
        "Called back about the boiler; engineer booked for 4 Oak Lane, York next week. j.wolf@example.org",
        "Moved to 9 Ash Way, Hull; new tenancy signed and keys handed over today. lea.k@example.org",
    ]
    assert separated_evidence(notes) is None


def test_fakes_keep_separator_and_empty_components() -> None:
    out = reseparated_addresses([_XAD[0], "no separator"], lambda a: "1 Oak St\nSpringfield, IL 62701")
    assert out == ["1 Oak St^^Springfield^^IL 62701", None]
    short = reseparated_addresses(["12 Elm Road^^Leeds^^LS1 4AB"], lambda a: "4 Oak Lane")
    assert short == ["4 Oak Lane^^^^"]
