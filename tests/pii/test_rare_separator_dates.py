from safe_synthesizer.pii.rare_separator_dates import common_separated, shift_rare_separated


def test_three_fields_one_rare_separator_read_with_dots() -> None:
    assert common_separated("14_09_30") == "14.09.30"
    assert common_separated(" 01|11|99 ") == "01.11.99"
    assert common_separated("30·MAY·71") == "30.MAY.71"
    assert common_separated("11~10~1959") == "11.10.1959"


def test_other_cells_are_none() -> None:
    assert common_separated("3_1") is None  # a score
    assert common_separated("14_09-30") is None  # two separators
    assert common_separated("a_b_c") is None  # no digits
    assert common_separated("14.09.30") is None  # a common separator: the parsers read it as it is
    assert common_separated("1_2_3_4") is None


def test_shifted_back_with_its_own_separator() -> None:
    assert shift_rare_separated("26|05|48", lambda v: "05.07.48") == "05|07|48"
    assert shift_rare_separated(" 14_09_30", lambda v: "15.09.30") == " 15_09_30"
    assert shift_rare_separated("14_09_30", lambda v: None) is None
    assert shift_rare_separated("14.09.30", lambda v: "15.09.30") is None
