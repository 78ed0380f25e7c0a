"""Tests of name_marker_words: a culture's closed naming words, gender and the marked cores."""

from safe_synthesizer.pii.name_marker_words import is_marker, marked_core, marked_share, marker_gender


def test_markers_of_several_cultures_and_scripts():
    assert is_marker("ਸਿੰਘ") and is_marker("ਕੌਰ") and is_marker("सिंह")
    assert is_marker("улы") and is_marker("КЫЗЫ") and is_marker("oğlu") and is_marker("binti")
    assert is_marker("ገብረ")
    assert not is_marker("Hall") and not is_marker("Нуриев")


def test_weak_latin_links_count_in_lower_case_only():
    assert is_marker("bin") and not is_marker("Bin")
    assert is_marker("ni") and not is_marker("Ni")


def test_gender_told_by_the_marker():
    assert marker_gender("ਕੌਰ") == "f"
    assert marker_gender("ਸਿੰਘ") == "m"
    assert marker_gender("кызы") == "f"
    assert marker_gender("ገብረ") == ""
    assert marker_gender("Nuriev") is None


def test_marked_core_needs_a_name_word_and_the_marker_after_the_first():
    assert marked_core(("ਜਸਪ੍ਰੀਤ", "ਕੌਰ", "ਬਰਾੜ"))
    assert marked_core(("Ринат", "Камил", "улы", "Нуриев"))
    assert marked_core(("ገብረ", "መድህን"))
    assert not marked_core(("ਕੌਰ",))
    assert not marked_core(("ਸਿੰਘ", "ਕੌਰ"))
    assert not marked_core(("Марат", "Сафин"))


def test_marked_share_over_distinct_cores():
    cores = [("ਮਨਦੀਪ", "ਕੌਰ"), ("ਮਨਦੀਪ", "ਕੌਰ"), ("ਗੁਰਮੀਤ", "ਸਿੰਘ"), ("ਲੁਧਿਆਣਾ",)]
    assert marked_share(cores) == 2 / 3
