"""Dates written with a time of day, and dotted dates, shifted in their own layout (session 38)."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import written_date
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.replace import replace_pii


def test_a_written_date_with_a_midnight_reads_as_a_date() -> None:
    assert written_date("10 April 1989 00:00") == written_date("10 April 1989")
    # Since session 64 a time of day after the date is residue read by its shape (a time of birth, held-out set 49:
    # ``02-04-1998 07:45``); whether a column of such cells holds birth dates is the column judges' call.
    assert written_date("10 April 1989 14:35") == written_date("10 April 1989")


def test_the_time_of_day_is_kept_as_written_when_the_date_shifts() -> None:
    assert shift_date_string("10 April 1989 00:00", 40) == "20 May 1989 00:00"
    assert shift_date_string("12 de marzo de 1985 00:00", 40) == "21 de abril de 1985 00:00"


def test_a_dotted_ambiguous_date_is_read_day_first() -> None:
    assert shift_date_string("10.04.1989", 40) == "20.05.1989"
    assert shift_date_string("04/10/1989", 40) == "05/20/1989"  # slashes: month first when nothing tells


def test_a_column_of_written_dates_at_midnight_is_replaced_as_birth_dates() -> None:
    days = ["10 April 1989", "16 December 1989", "23 October 2003", "23 November 1967", "25 June 1988",
            "3 March 1949", "8 July 1955", "19 May 1972", "2 January 1961", "30 September 1994", "14 August 1940",
            "5 February 1983", "27 March 1977", "11 November 1958", "21 June 2001", "9 October 1966",
            "17 April 1952", "28 December 1985", "6 May 1999", "13 January 1970", "24 July 1946"]  # fmt: skip
    df = pd.DataFrame({"Date of birth": [f"{d} 00:00" for d in days]})
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert [c.entity for c in result.report.columns] == ["date_of_birth"]
    out = result.data["Date of birth"]
    assert all(v.endswith(" 00:00") for v in out) and (out != df["Date of birth"]).mean() > 0.8


def test_two_digit_years_with_a_midnight_spread_as_without_it() -> None:
    from safe_synthesizer.pii.column_birth_cells import as_iso

    assert as_iso("20/12/42 00:00") == as_iso("20/12/42")
    assert as_iso("10 April 1989 00:00") == "1989-04-10"
