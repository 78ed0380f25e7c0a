"""Date formats: several per column, ambiguity settled by proving values, parsing per value."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data.datetimes import (
    detect_datetime_format,
    detect_datetime_formats,
    fraction_digits,
    parse_datetimes,
    parse_wall_clock,
)


@pytest.mark.parametrize(
    ("values", "fmt"),
    [
        (["5 March 2020", "17 July 2021"], "%d %B %Y"),
        (["March 5, 2020", "July 17, 2021"], "%B %d, %Y"),
        (["05-Mar-2020", "17-Jul-2021"], "%d-%b-%Y"),
        (["2020.03.05", "2021.07.17"], "%Y.%m.%d"),
        (["2020-03-05T10:00:00+0100", "2021-07-17T23:59:00-0500"], "%Y-%m-%dT%H:%M:%S%z"),
        (["12/31/20", "01/15/21"], "%m/%d/%y"),
        (["31/12/20", "15/01/21"], "%d/%m/%y"),
    ],
)
def test_new_single_formats(values: list[str], fmt: str) -> None:
    assert detect_datetime_format(pd.Series(values)) == fmt


def test_several_formats_most_common_first() -> None:
    values = ["2020-01-31", "2020-02-01", "2021-07-04", "5 March 2020", "17 July 2021", "2022-12-01"]
    assert detect_datetime_formats(pd.Series(values)) == (["%Y-%m-%d", "%d %B %Y"], 1.0)
    assert detect_datetime_format(pd.Series(values)) is None  # the single-format answer


def test_ambiguous_values_go_to_the_proven_format() -> None:
    # 13/02 proves day-first; 01/02 would read either way and follows it.
    values = pd.Series(["13/02/2020", "01/02/2020", "25/12/2021", "03/04/2021"])
    assert detect_datetime_formats(values) == (["%d/%m/%Y"], 1.0)
    stamps, used = parse_datetimes(values, ["%d/%m/%Y"])
    assert stamps[1] == pd.Timestamp("2020-02-01") and used.tolist() == [0, 0, 0, 0]


def test_unreadable_share() -> None:
    formats, share = detect_datetime_formats(pd.Series(["2020-01-01", "2020-02-01", "soon", "later"]))
    assert formats == ["%Y-%m-%d"] and share == 0.5


def test_parse_per_value_with_format_index() -> None:
    values = pd.Series(["2020-01-31", None, "31/01/2020", "x", " 2021-05-06 "], dtype=object)
    stamps, used = parse_datetimes(values, ["%Y-%m-%d", "%d/%m/%Y"])
    assert used.tolist() == [0, -1, 1, -1, 0]
    assert stamps[0] == stamps[2] == pd.Timestamp("2020-01-31") and stamps.isna().tolist()[1::2] == [True, True]


def test_offsets_are_read_as_utc() -> None:
    stamps, _ = parse_datetimes(pd.Series(["2020-01-31T10:00:00+0100"]), ["%Y-%m-%dT%H:%M:%S%z"])
    assert stamps[0] == pd.Timestamp("2020-01-31 09:00:00")


def test_inference_keeps_old_import_path() -> None:
    from safe_synthesizer.data.inference import DATETIME_FORMATS
    from safe_synthesizer.data.inference import detect_datetime_format as old

    assert old is detect_datetime_format and "%d %B %Y" in DATETIME_FORMATS


def test_utc_written_as_z_or_plus_zero_keeps_its_own_format() -> None:
    values = pd.Series(["2025-03-09T10:04:13+00:00", "2025-12-29T04:44:07Z", "2025-12-29T04:44:07+02:00"] * 3)
    formats, share = detect_datetime_formats(values)
    assert share == 1.0
    assert set(formats) == {"%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%dT%H:%M:%S%z"}
    stamps, used = parse_datetimes(values, formats)
    rewritten = [stamps[i].strftime(formats[used[i]].replace("%z", "+0000")) for i in range(2)]
    assert rewritten == ["2025-03-09T10:04:13+00:00", "2025-12-29T04:44:07Z"]


def test_iso_stamps_with_milliseconds_and_offsets_are_dates() -> None:
    # A device log in local times: without these formats the column became an identifier of junk.
    values = pd.Series(["2025-03-01T02:01:10.167+02:00", "2025-02-28T19:02:47.611-05:00", "2025-03-01T00:04:03.063Z"])
    formats, share = detect_datetime_formats(values)
    assert share == 1.0 and formats == ["%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S.%fZ"]


def test_literal_utc_formats_read_their_values_even_after_an_offset_format() -> None:
    values = pd.Series(["2025-03-01T02:01:10+02:00", "2025-03-01T02:01:10Z"])
    _, used = parse_datetimes(values, ["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%SZ"])
    assert used.tolist() == [0, 1]  # 'Z' is written back as 'Z', not as an offset


def test_wall_clock_keeps_local_times_and_offsets_as_written() -> None:
    values = pd.Series(["2025-03-01T02:01:10.167+02:00", "2025-02-28T19:02:47-0500", None, "x"], dtype=object)
    stamps, used, offsets = parse_wall_clock(values, ["%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"])
    assert used.tolist() == [0, 1, -1, -1] and offsets == ["+02:00", "-0500", None, None]
    assert stamps[0] == pd.Timestamp("2025-03-01 02:01:10.167") and stamps[1] == pd.Timestamp("2025-02-28 19:02:47")


def test_fraction_digits_as_written() -> None:
    assert fraction_digits(pd.Series(["2025-03-01T02:01:10.100", "2025-03-01 02:01:11.250Z"])) == (3, True)
    assert fraction_digits(pd.Series(["2025-03-01T02:01:10.000000"])) == (6, False)
    assert fraction_digits(pd.Series(["2025-03-01"])) == (0, False)


def test_cjk_dates_are_dates() -> None:
    """Probe 3: ``2024年3月5日`` (Japanese clinic export) was a categorical of dates."""
    from safe_synthesizer.data.datetimes import writes_unpadded

    values = pd.Series(["2024年3月5日", "2024年10月14日", "2023年12月1日"])
    assert detect_datetime_formats(values) == (["%Y年%m月%d日"], 1.0)
    assert writes_unpadded(values, "%Y年%m月%d日")
    assert not writes_unpadded(pd.Series(["2024年03月05日", "2024年10月14日"]), "%Y年%m月%d日")


def test_slash_dates_with_times_are_dates() -> None:
    """Japanese Excel writes "2024/3/5 14:30": it was no date format at all."""
    from safe_synthesizer.data.datetimes import writes_unpadded

    values = pd.Series(["2024/3/5 14:30", "2024/11/25 9:05", "2023/12/1 18:45"])
    assert detect_datetime_formats(values) == (["%Y/%m/%d %H:%M"], 1.0)
    assert writes_unpadded(values, "%Y/%m/%d %H:%M")


def test_two_digit_year_dates_with_dots_and_dashes() -> None:
    assert detect_datetime_formats(pd.Series(["05.03.24", "31.12.23", "01.01.25"])) == (["%d.%m.%y"], 1.0)
    assert detect_datetime_formats(pd.Series(["05-03-24", "31-12-23"])) == (["%d-%m-%y"], 1.0)
    assert detect_datetime_formats(pd.Series(["05.03.2024", "31.12.2023"])) == (["%d.%m.%Y"], 1.0)


def test_twelve_hour_stamps_are_dates_and_round_trip() -> None:
    """Probe 5: a pharmacy log's ``03/14/2024 03:15 PM`` was typed as 1,974 categories."""
    from safe_synthesizer.data.inference import infer_schema

    values = ["03/14/2024 03:15 PM", "03/15/2024 11:02 AM", "04/01/2024 12:45 PM", "04/02/2024 08:05 AM"] * 10
    assert detect_datetime_format(pd.Series(values)) == "%m/%d/%Y %I:%M %p"
    parsed, _ = parse_datetimes(pd.Series(values), ["%m/%d/%Y %I:%M %p"])
    assert parsed.iloc[0] == pd.Timestamp("2024-03-14 15:15") and parsed.iloc[2].hour == 12
    assert parsed.dt.strftime("%m/%d/%Y %I:%M %p").tolist() == values
    column = infer_schema(pd.DataFrame({"at": values})).columns[0]
    assert column.type.value == "datetime" and column.datetime_format == "%m/%d/%Y %I:%M %p"
