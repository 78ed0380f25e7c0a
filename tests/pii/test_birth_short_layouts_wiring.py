"""Wiring of run-together (``01282019``) and apostrophe-year (``Feb 7 '18``) birth dates: column cells, the shift
that fakes them in their layout, and cued birth dates in notes (session 55, helper BD)."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import as_iso, birth_cell, written_date
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.text_patterns import pattern_spans


def _plans(df: pd.DataFrame) -> dict[str, str | None]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_cells_read_as_dates():
    assert birth_cell("01282019") == "date"
    assert birth_cell("18102015") == "date"
    assert birth_cell("Feb 7 '18") == "date"
    assert written_date("25 Feb '22").isoformat() == "2022-02-25"
    assert as_iso("18102015") == "2015-10-18"
    assert as_iso("Feb 7 '18") == "2018-02-07"
    assert birth_cell("19810120") == "date"  # year first, as before
    assert birth_cell("12345678") is None


def test_shifted_in_layout():
    assert shift_date_string("01282019", 10, day_first=False) == "02072019"
    assert shift_date_string("18102015", 14, day_first=True) == "01112015"
    assert shift_date_string("Feb 7 '18", 30) == "Mar 9 '18"
    assert shift_date_string("25 Feb '22", 30) == "27 Mar '22"


def test_cued_note_dates():
    for text, want in (
        ("Costume: Lydia Martinez, d.o.b. 01282019, needs age 9-10.", "01282019"),
        ("Costume: Lauren Liu, born Feb 7 '18, needs age 9-10.", "Feb 7 '18"),
        ("Costume: Julian May, b. Aug 18 '13, needs age 9-10.", "Aug 18 '13"),
        ("Rosendo DOB 29 Oct '43 - too young for the open.", "29 Oct '43"),
    ):
        spans = pattern_spans(text, ("US",), frozenset({E.DATE_OF_BIRTH}))
        assert [text[a:b] for a, b, e in spans if e == E.DATE_OF_BIRTH] == [want], text


def test_birth_date_column_of_new_layouts():
    dobs = ["04162017", "02242013", "07242014", "06132016", "01162020", "10212021", "08102021", "07032017",
            "03152011", "11302012", "09092015", "12012018", "05202019", "02282014", "06062016", "10102010",
            "01052013", "04042015", "08082012", "12122019", "03032011", "07072017"]  # fmt: skip
    apos = ["3 Oct '51", "5 May '21", "14 Jan '21", "11 Jun '06", "1 Oct '97", "3 Oct '34", "12 Jul '14",
            "11 May '51", "2 Feb '88", "19 Aug '76", "27 Nov '64", "8 Mar '02", "30 Apr '93", "16 Dec '59",
            "23 Sep '81", "4 Jan '70", "21 Jun '11", "9 Oct '99", "14 Feb '45", "28 Jul '85", "6 May '68",
            "17 Aug '03"]  # fmt: skip
    for header, values in (("DATE OF BIRTH", dobs), ("strDateOfBirth", apos)):
        df = pd.DataFrame({header: values})
        plans = _plans(df)
        assert plans.get(header) == E.DATE_OF_BIRTH, header


def test_order_numbers_stay():
    codes = [f"{n:08d}" for n in range(10450031, 10450031 + 22 * 7919, 7919)]
    assert not re.search(r"\D", "".join(codes))
    df = pd.DataFrame({"order_no": codes})
    plans = _plans(df)
    assert plans.get("order_no") != E.DATE_OF_BIRTH
