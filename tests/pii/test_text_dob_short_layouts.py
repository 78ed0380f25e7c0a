"""Birth dates in notes after a birth cue, run together or with an apostrophe year, and after ``b.``."""

from __future__ import annotations

from datetime import date

from safe_synthesizer.pii.text_dob_short_layouts import short_layout_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE, _DOB_CUE

TODAY = date(2026, 9, 1)


def found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in short_layout_dob_spans(text, _DOB_CUE, _DATE, today=TODAY)]


def test_cued_short_layouts():
    assert found("Fairy: Lydia Martinez, d.o.b. 01282019, needs age 9-10.") == ["01282019"]
    assert found("Fairy: Lauren Liu, born Feb 7 '18, needs age 9-10.") == ["Feb 7 '18"]
    assert found("Rosendo DOB 29 Oct '43 - too young for the open") == ["29 Oct '43"]
    assert found("Las Palmas d.o.b. 12122018 - too young") == ["12122018"]
    assert found("Anna geb. 12 Mar '19, Mutter ruft an") == ["12 Mar '19"]
    assert found("Marie, n\u00e9e le 3 Feb '15.") == ["3 Feb '15"]
    assert found("Julian May, DOB: Aug 18 '13.") == ["Aug 18 '13"]


def test_b_dot_before_a_date():
    assert found("Julian May, b. Aug 18 '13, needs age 9-10") == ["Aug 18 '13"]
    assert found("Unknown Vargas, b. 07102013, needs age 9-10") == ["07102013"]
    assert found("Julian, b. 12/03/2015, ok") == ["12/03/2015"]


def test_events_and_codes_left():
    for text in (
        "booked for 12 Mar '26, born yesterday",
        "order 01282019 shipped",
        "Plan b. order 12122018",
        "Plan b. 12/03/2026 meeting",
        "section b. 12 items",
        "born in the summer of '18",
        "DOB 99999999",
        "the '18 vintage",
    ):
        assert found(text) == [], text
