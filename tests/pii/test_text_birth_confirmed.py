"""Birth dates after a birth cue and a word of checking (``DOB confirmed 07/05/2000``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_birth_confirmed import checked_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE, _DOB_CUE


def _dates(text: str) -> list[str]:
    return [text[a:b] for a, b, e in checked_dob_spans(text, _DOB_CUE, _DATE) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Call back done on 03/02/2025. DOB confirmed 11/09/1967. Closed by Ines.", "11/09/1967"),
        ("Intake: DOB re-verified: 1949-12-30, address unchanged", "1949-12-30"),
        ("pt identity ok, DOB confirmed 4 mars 1971, allergies none", "4 mars 1971"),
        ("Date of birth validated against passport 21.06.1958 at desk", "21.06.1958"),
        ("DOB (per ID card) 30/01/1990 - wristband printed", "30/01/1990"),
        ("Geburtsdatum wurde überprüft: 02.11.1944, Versichertenkarte gelesen", "02.11.1944"),
        ("fecha de nacimiento confirmada 17/08/1963 con DNI", "17/08/1963"),
        ("data di nascita verificata 05/05/1952 dal medico", "05/05/1952"),
        ("geboortedatum gecontroleerd 14-02-1939, verzekering ok", "14-02-1939"),
        ("DOB re-confirmed with mother as 2011-04-03 for the school form", "2011-04-03"),
    ],
)
def test_a_checked_birth_date_is_found(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "DOB confirmed. Seen on 12/03/2024 by Dr Kaya",  # the sentence ends before the visit date
        "DOB unknown, admitted 12/03/2024",  # no word of checking
        "DOB confirmed at visit on 2024-03-01",  # 'at visit': an event, not a link to the birth date
        "DOB confirmed 01/01/1850 in the archive copy",  # no living person's birth year
        "Reviewed on 03/02/2025, no birth cue",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert _dates(text) == []


def test_pattern_spans_takes_the_checked_birth_date() -> None:
    from safe_synthesizer.pii.text_patterns import pattern_spans

    text = "Fall at home, brought in by son on 14/02/2025. DOB confirmed 30/09/1938. Reviewed by Aoife."
    spans = pattern_spans(text, ("IE",), frozenset({E.DATE_OF_BIRTH}))
    assert [text[a:b] for a, b, e in spans if e == E.DATE_OF_BIRTH] == ["30/09/1938"]
