"""Session 23: dates of birth after abbreviated or Romanian/Greek cues (each missed before)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_patterns import _DOB


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("CLAIM FORM\nF. nac.: 05/11/1977\nAddr: ...", "05/11/1977"),
        ("interaction warning for SALGADO, Rufino, F. nac. 10/06/2002.", "10/06/2002"),
        ("Fecha nac. 1/2/1990", "1/2/1990"),
        ("for RODRIGUES, Kevin, data nasc. 07/07/1971.", "07/07/1971"),
        ("data de nasc.: 03/04/1955", "03/04/1955"),
        ("pacienta născută la 12.03.1980, internată", "12.03.1980"),
        ("data nașterii: 12.03.1980", "12.03.1980"),
        ("ημερομηνία γέννησης: 12/03/1980", "12/03/1980"),
        ("ημ. γέννησης 12/03/1980", "12/03/1980"),
        ("γεννήθηκε στις 12/03/1980", "12/03/1980"),
        ("Hansen, f. 1.3.1980, bor i Oslo", "1.3.1980"),
    ],
)
def test_abbreviated_birth_cues(text: str, date: str) -> None:
    m = _DOB.search(text)
    assert m is not None and m.group(1) == date


@pytest.mark.parametrize("text", ["cf. page 12 on 12.03.1980", "ref. 12.03.1980", "f. 3 of the form"])
def test_f_dot_alone_is_no_birth_cue(text: str) -> None:
    assert _DOB.search(text) is None
